/// How much one drawn parameter drives the spread of one result.
public struct ParameterSensitivity: Sendable, Hashable, Codable {
    /// The parameter's name (``UncertaintyEngine/parameterNames``).
    public var parameter: String
    /// Spearman rank correlation between the parameter and the result over the analysed draws.
    public var spearman: Double
    /// First-order (main-effect) variance share `Var(E[Y | X]) / Var(Y)`, estimated from the
    /// given draws by sorting on X into ``Sensitivity/bins`` equal-count bins.
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

/// Given-data sensitivity measures (no extra model runs): Spearman rank correlation and a
/// binned first-order index (the "given data" estimator of Plischke, Borgonovo & Smith 2013,
/// European Journal of Operational Research 226, 536–550), plus low/high-tenth means for the
/// tornado chart.
enum Sensitivity {
    /// Bins of the first-order estimator.
    static let bins = 20

    /// Sensitivity of `y` to each column of `x` (`x[p][i]`: parameter p in draw i); draws where
    /// `y` is NaN are left out.
    static func analyse(result: String, unit: String, y: [Double], x: [[Double]], names: [String]) -> ResultSensitivity {
        let rows = y.indices.filter { !y[$0].isNaN }
        let values = rows.map { y[$0] }
        let n = values.count
        var entries: [ParameterSensitivity] = []
        if n >= 3 {
            let yRanks = ranks(values)
            let mean = values.reduce(0, +) / Double(n)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
            for (p, column) in x.enumerated() {
                let xs = rows.map { column[$0] }
                let rho = pearson(ranks(xs), yRanks)
                let order = xs.indices.sorted { xs[$0] != xs[$1] ? xs[$0] < xs[$1] : $0 < $1 }
                var between = 0.0
                for bin in 0..<bins {
                    let lower = n * bin / bins, upper = n * (bin + 1) / bins
                    guard upper > lower else { continue }
                    let binMean = order[lower..<upper].reduce(0) { $0 + values[$1] } / Double(upper - lower)
                    between += Double(upper - lower) * (binMean - mean) * (binMean - mean)
                }
                let tenth = max(n / 10, 1)
                let low = order.prefix(tenth).reduce(0) { $0 + values[$1] } / Double(tenth)
                let high = order.suffix(tenth).reduce(0) { $0 + values[$1] } / Double(tenth)
                entries.append(ParameterSensitivity(
                    parameter: names[p], spearman: rho.isNaN ? 0 : rho,
                    firstOrder: variance > 0 ? min(max(between / Double(n) / variance, 0), 1) : 0,
                    lowMean: low, highMean: high))
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
