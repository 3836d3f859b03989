import Foundation

/// How much one drawn parameter drives the spread of one result.
public struct ParameterSensitivity: Sendable, Hashable, Codable {
    /// The parameter's name (``UncertaintyEngine/parameterNames``).
    public var parameter: String
    /// Spearman rank correlation between the parameter and the result over the analysed draws.
    public var spearman: Double
    /// First-order (main-effect) variance share `Var(E[Y | X]) / Var(Y)`, estimated from the
    /// given draws by sorting on X into 20 equal-count bins (`Sensitivity.bins`).
    public var firstOrder: Double
    /// Mean of the result over the draws with the parameter in its lowest tenth.
    public var lowMean: Double
    /// Mean of the result over the draws with the parameter in its highest tenth.
    public var highMean: Double
}

/// The parameters ranked by what they contribute to one result's spread.
public struct ResultSensitivity: Sendable, Hashable, Codable {
    /// `pathway` for the target-year pathway emissions, else the measure id whose cost per
    /// tonne is analysed.
    public var result: String
    /// Unit of the result (`tCO2e`, `CNY/tCO2e`).
    public var unit: String
    /// Draws the figures rest on (draws where the result exists: a cost per tonne only where
    /// the measure abates).
    public var draws: Int
    /// Every drawn parameter, largest |Spearman| first (ties by name).
    public var parameters: [ParameterSensitivity]
}

/// One value per index, written from several threads (each index by one of them).
final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Value?]

    init(count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        items[index] = value
        lock.unlock()
    }

    /// Every value, in index order (every index must have been set).
    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return items.compactMap { $0 }
    }
}

/// Given-data sensitivity measures (no extra model runs): Spearman rank correlation and a
/// binned first-order index (the "given data" estimator of Plischke, Borgonovo & Smith 2013,
/// European Journal of Operational Research 226, 536–550), plus low/high-tenth means for the
/// tornado chart.
enum Sensitivity {
    /// Bins of the first-order estimator.
    static let bins = 20

    /// The draws of every parameter with each parameter's draw order, sorted once and shared
    /// by every result analysed.
    struct Sample {
        /// `x[p][i]`: the uniform parameter p was drawn from in draw i (ranks equal the value's).
        let x: [[Double]]
        /// `order[p]`: draw indices by ascending `x[p]` (ties by index).
        let order: [[Int]]

        init(x: [[Double]]) {
            self.x = x
            order = x.map(Self.order)
        }

        /// The sample of `parameters` columns, column p made by `column(p)`; columns are made
        /// and sorted on `threads` threads (the result does not depend on them).
        init(parameters: Int, threads: Int, column: @escaping @Sendable (Int) -> [Double]) {
            let columns = Slots<([Double], [Int])>(count: parameters)
            ShareQueue.perform(parameters, threads: threads) { p in
                let x = column(p)
                columns.set(p, (x, Self.order(x)))
            }
            let made = columns.values
            x = made.map(\.0)
            order = made.map(\.1)
        }

        /// Draw indices by ascending value, ties by index.
        static func order(_ column: [Double]) -> [Int] {
            var pairs = column.enumerated().map { ($0.element, $0.offset) }
            pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            return pairs.map(\.1)
        }
    }

    /// Sensitivity of `y` to each parameter of `sample`; draws where `y` is NaN are left out.
    /// O(parameters × draws) after one sort of `y`.
    static func analyse(result: String, unit: String, y: [Double], sample: Sample, names: [String]) -> ResultSensitivity {
        let valid = y.map { !$0.isNaN }
        let rows = y.indices.filter { valid[$0] }
        let n = rows.count
        var entries: [ParameterSensitivity] = []
        if n >= 3 {
            var yRank = [Double](repeating: 0, count: y.count)
            for (position, rank) in ranks(rows.map { y[$0] }).enumerated() { yRank[rows[position]] = rank }
            let mean = rows.reduce(0) { $0 + y[$1] } / Double(n)
            let variance = rows.reduce(0) { $0 + (y[$1] - mean) * (y[$1] - mean) } / Double(n)
            let middle = Double(n + 1) / 2
            let syy = rows.reduce(0) { $0 + (yRank[$1] - middle) * (yRank[$1] - middle) }
            let sxx = Double(n) * (Double(n) * Double(n) - 1) / 12  // ranks 1…n without ties
            var ordered = [Int](repeating: 0, count: n)
            for (p, order) in sample.order.enumerated() {
                var count = 0, sxy = 0.0
                for row in order where valid[row] {
                    ordered[count] = row
                    count += 1
                    sxy += (Double(count) - middle) * (yRank[row] - middle)
                }
                let rho = syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
                var between = 0.0
                for bin in 0..<bins {
                    let lower = n * bin / bins, upper = n * (bin + 1) / bins
                    guard upper > lower else { continue }
                    var sum = 0.0
                    for index in lower..<upper { sum += y[ordered[index]] }
                    let binMean = sum / Double(upper - lower)
                    between += Double(upper - lower) * (binMean - mean) * (binMean - mean)
                }
                let tenth = max(n / 10, 1)
                var low = 0.0, high = 0.0
                for index in 0..<tenth {
                    low += y[ordered[index]]
                    high += y[ordered[n - 1 - index]]
                }
                entries.append(ParameterSensitivity(
                    parameter: names[p], spearman: rho,
                    firstOrder: variance > 0 ? min(max(between / Double(n) / variance, 0), 1) : 0,
                    lowMean: low / Double(tenth), highMean: high / Double(tenth)))
            }
        }
        entries.sort { abs($0.spearman) != abs($1.spearman) ? abs($0.spearman) > abs($1.spearman) : $0.parameter < $1.parameter }
        return ResultSensitivity(result: result, unit: unit, draws: n, parameters: entries)
    }

    /// Ranks 1…n, ties sharing their average rank.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var result = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let average = Double(start + end) / 2 + 1
            for position in start...end { result[order[position]] = average }
            start = end + 1
        }
        return result
    }

    /// Pearson correlation; NaN when either side is constant.
    static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count)
        guard n > 1 else { return .nan }
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices {
            sab += (a[i] - ma) * (b[i] - mb)
            saa += (a[i] - ma) * (a[i] - ma)
            sbb += (b[i] - mb) * (b[i] - mb)
        }
        guard saa > 0, sbb > 0 else { return .nan }
        return sab / (saa * sbb).squareRoot()
    }
}
