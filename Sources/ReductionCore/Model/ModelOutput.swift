/// What one model run produces, year by year: tonnes of each gas per source, energy use per
/// carrier (GJ), air pollutants per source (t), memo items, activity per source and the
/// sector's activity metric.
///
/// Dense arrays indexed `[item][year offset]`, flattened; use the accessors. The arrays are
/// public for fast loops; their layout is documented on each.
public struct ModelOutput: Sendable, Hashable {
    /// The sources, carriers and memo items the arrays are laid out for.
    public let layout: OutputLayout
    /// The years covered; `years.lowerBound` is year offset ``firstOffset``.
    public let years: ClosedRange<Int>
    /// The year offset (in the model's input table) of the first year stored: 0 for an output
    /// of every year. Every offset the methods take is an offset in the input table, so a
    /// model writes a one-year output (the ordering's scoring runs) exactly as a full one.
    public let firstOffset: Int
    /// Tonnes: `[(source × gases + gas) × years + year]`.
    public var gasTonnes: [Double]
    /// GJ: `[carrier × years + year]`.
    public var energyGJ: [Double]
    /// Tonnes: `[(source × pollutants + pollutant) × years + year]`.
    public var pollutantTonnes: [Double]
    /// `[memo × years + year]` in each memo's unit.
    public var memoValues: [Double]
    /// Activity of each source in its `activityUnit`: `[source × years + year]`.
    public var sourceActivity: [Double]
    /// The sector's activity metric (denominator of intensity targets), per year.
    public var activity: [Double]
    /// tCO2 removed by `capture` measures, per year (gross capture, before energy penalty).
    public var captured: [Double]
    /// `[quantity × years + year]` in each ``ModelQuantity``'s unit (``OutputLayout/quantities``).
    public var quantityValues: [Double]

    // The dense layouts use 4 gas rows and 3 pollutant rows per source (Gas.index,
    // Pollutant.index); a test pins Gas.allCases.count == 4 and Pollutant.allCases.count == 3.

    /// Number of years (the row length of every array).
    public let yearCount: Int
    /// Number of sources.
    public let sourceCount: Int

    /// A zeroed output shaped by `layout` for `years`.
    public init(layout: OutputLayout, years: ClosedRange<Int>) {
        self.init(layout: layout, years: years, firstOffset: 0)
    }

    /// A zeroed output of `years` only, the first of which is year offset `firstOffset` of
    /// the model's table (the ordering scores candidates on one-year outputs: a scoring run
    /// then touches a few cache lines instead of one per row).
    init(layout: OutputLayout, years: ClosedRange<Int>, firstOffset: Int) {
        self.layout = layout
        self.years = years
        self.firstOffset = firstOffset
        let n = years.count
        yearCount = n
        sourceCount = layout.sources.count
        gasTonnes = Array(repeating: 0, count: layout.sources.count * 4 * n)
        energyGJ = Array(repeating: 0, count: layout.carriers.count * n)
        pollutantTonnes = Array(repeating: 0, count: layout.sources.count * 3 * n)
        memoValues = Array(repeating: 0, count: layout.memos.count * n)
        sourceActivity = Array(repeating: 0, count: layout.sources.count * n)
        activity = Array(repeating: 0, count: n)
        captured = Array(repeating: 0, count: n)
        quantityValues = Array(repeating: 0, count: layout.quantities.count * n)
    }

    @inlinable func gasSlot(_ source: Int, _ gas: Gas, _ offset: Int) -> Int {
        (source * 4 + gas.index) * yearCount + offset - firstOffset
    }

    /// Sets every value back to zero (to reuse the buffers for another run).
    public mutating func reset() {
        gasTonnes.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        energyGJ.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        pollutantTonnes.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        memoValues.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        sourceActivity.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        activity.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        captured.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        quantityValues.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// Sets the values of the year offsets in `offsets` back to zero.
    public mutating func reset(offsets: Range<Int>) {
        let n = yearCount
        let offsets = (offsets.lowerBound - firstOffset)..<(offsets.upperBound - firstOffset)
        if offsets == 0..<n {
            reset()
            return
        }
        func clear(_ array: inout [Double]) {
            array.withUnsafeMutableBufferPointer { buffer in
                var row = 0
                while row < buffer.count {
                    for offset in offsets { buffer[row + offset] = 0 }
                    row += n
                }
            }
        }
        clear(&gasTonnes)
        clear(&energyGJ)
        clear(&pollutantTonnes)
        clear(&memoValues)
        clear(&sourceActivity)
        clear(&activity)
        clear(&captured)
        clear(&quantityValues)
    }

    // MARK: Writing (models)

    /// Adds `tonnes` of `gas` from `source` at year offset `offset`.
    @inlinable public mutating func addEmission(_ tonnes: Double, of gas: Gas, source: Int, offset: Int) {
        // The slot is written out rather than `gasSlot(…)`: calling a method on `self` inside
        // its own mutation copies the whole output (nine arrays) in a debug build.
        let slot = (source * 4 + gas.index) * yearCount + offset - firstOffset
        gasTonnes[slot] += tonnes
    }

    /// Adds energy use (GJ) of `carrier` at year offset `offset`.
    @inlinable public mutating func addEnergy(_ gigajoules: Double, carrier: Int, offset: Int) {
        energyGJ[carrier * yearCount + offset - firstOffset] += gigajoules
    }

    /// Adds `tonnes` of `pollutant` from `source`.
    @inlinable public mutating func addPollutant(_ tonnes: Double, of pollutant: Pollutant, source: Int, offset: Int) {
        pollutantTonnes[(source * 3 + pollutant.index) * yearCount + offset - firstOffset] += tonnes
    }

    /// Adds to a memo item.
    @inlinable public mutating func addMemo(_ value: Double, memo: Int, offset: Int) {
        memoValues[memo * yearCount + offset - firstOffset] += value
    }

    /// Adds to a source's activity.
    @inlinable public mutating func addSourceActivity(_ value: Double, source: Int, offset: Int) {
        sourceActivity[source * yearCount + offset - firstOffset] += value
    }

    /// Adds to a physical quantity (``OutputLayout/quantities``) at year offset `offset`.
    @inlinable public mutating func addQuantity(_ value: Double, quantity: Int, offset: Int) {
        quantityValues[quantity * yearCount + offset - firstOffset] += value
    }

    /// Adds to the sector's activity metric.
    @inlinable public mutating func addActivity(_ value: Double, offset: Int) {
        activity[offset - firstOffset] += value
    }

    // MARK: Reading

    /// Tonnes of `gas` from `source` in `year`.
    public func tonnes(_ gas: Gas, source: Int, year: Int) -> Double {
        gasTonnes[gasSlot(source, gas, year - years.lowerBound + firstOffset)]
    }

    /// tCO2e of `source` in `year` with the GWP factors given in `Gas.allCases` order.
    @inlinable public func co2e(source: Int, offset: Int, gwp: [Double]) -> Double {
        var sum = 0.0
        let stride = yearCount
        let base = source * 4 * stride + offset - firstOffset
        for gas in 0..<gwp.count { sum += gasTonnes[base + gas * stride] * gwp[gas] }
        return sum
    }

    /// Total tCO2e in every year stored, with the given GWP factors (`Gas.allCases` order).
    public func totalCO2e(gwp: [Double]) -> [Double] {
        let n = yearCount
        var totals = [Double](repeating: 0, count: n)
        totals.withUnsafeMutableBufferPointer { out in
            gasTonnes.withUnsafeBufferPointer { tonnes in
                for source in 0..<sourceCount {
                    for gas in 0..<min(gwp.count, 4) {
                        let factor = gwp[gas], base = (source * 4 + gas) * n
                        guard factor != 0 else { continue }
                        for offset in 0..<n { out[offset] += tonnes[base + offset] * factor }
                    }
                }
            }
        }
        return totals
    }

    /// Total tCO2e at one year offset.
    public func totalCO2e(offset: Int, gwp: [Double]) -> Double {
        let n = yearCount, offset = offset - firstOffset
        return gasTonnes.withUnsafeBufferPointer { tonnes in
            var sum = 0.0
            for source in 0..<sourceCount {
                for gas in 0..<min(gwp.count, 4) { sum += tonnes[(source * 4 + gas) * n + offset] * gwp[gas] }
            }
            return sum
        }
    }

    /// Energy use (GJ) of carrier `carrier` at year offset `offset`.
    @inlinable public func energy(carrier: Int, offset: Int) -> Double { energyGJ[carrier * yearCount + offset - firstOffset] }

    /// Total tonnes of `pollutant` over all sources at year offset `offset`.
    public func pollutant(_ pollutant: Pollutant, offset: Int) -> Double {
        var sum = 0.0
        for source in 0..<layout.sources.count {
            sum += pollutantTonnes[(source * Pollutant.allCases.count + pollutant.index) * yearCount + offset - firstOffset]
        }
        return sum
    }

    /// Tonnes of `pollutant` from one source at year offset `offset`.
    public func pollutant(_ pollutant: Pollutant, source: Int, offset: Int) -> Double {
        pollutantTonnes[(source * Pollutant.allCases.count + pollutant.index) * yearCount + offset - firstOffset]
    }

    /// A memo item's value at year offset `offset`.
    public func memo(_ memo: Int, offset: Int) -> Double { memoValues[memo * yearCount + offset - firstOffset] }

    /// A physical quantity's value at year offset `offset`.
    @inlinable public func quantity(_ quantity: Int, offset: Int) -> Double {
        quantityValues[quantity * yearCount + offset - firstOffset]
    }

    /// A source's activity at year offset `offset`.
    public func activity(source: Int, offset: Int) -> Double { sourceActivity[source * yearCount + offset - firstOffset] }

    /// The sector's activity metric at year offset `offset`.
    public func activity(offset: Int) -> Double { activity[offset - firstOffset] }

    // MARK: Capture (applied by the engine after a run)

    /// Removes `fraction` of `gas` from `source` in every year, scaled by `penetration(offset)`,
    /// and books the removed tonnes as captured.
    mutating func capture(source: Int, gas: Gas, fraction: Double, penetration: (Int) -> Double) {
        for offset in firstOffset..<(firstOffset + yearCount) {
            let share = min(max(fraction * penetration(offset), 0), 1)
            guard share > 0 else { continue }
            let slot = gasSlot(source, gas, offset)
            let removed = gasTonnes[slot] * share
            gasTonnes[slot] -= removed
            captured[offset - firstOffset] += removed
        }
    }
}
