/// The expanded inputs of one model run: every key's value for every year.
///
/// Values are stored densely (key-major) so a model can read them fast in the
/// thousands of runs of an uncertainty analysis. Resolve a key once with
/// ``index(of:)`` and read `table[keyIndex, year]`.
public struct InputTable: Sendable, Hashable {
    /// The years covered: from the earliest year a plan names (history) to the horizon.
    public let years: ClosedRange<Int>
    /// Key names in stable (sorted) order.
    public let keys: [String]
    /// Units of the keys, as the model declared them.
    public let units: [String]
    private let positions: [String: Int]
    /// `values[key * years.count + (year - years.lowerBound)]`.
    public var values: [Double]
    /// `years.count`, the row length.
    public let yearCount: Int

    /// Creates a table; `series` maps each key to (unit, one value per year of `years`).
    public init(years: ClosedRange<Int>, series: [String: (unit: String, values: [Double])]) {
        self.years = years
        yearCount = years.count
        let sortedKeys = series.keys.sorted()
        keys = sortedKeys
        units = sortedKeys.map { series[$0]?.unit ?? "" }
        var positions: [String: Int] = [:]
        var values: [Double] = []
        values.reserveCapacity(sortedKeys.count * years.count)
        for (index, key) in sortedKeys.enumerated() {
            positions[key] = index
            let row = series[key]?.values ?? []
            for offset in 0..<years.count { values.append(offset < row.count ? row[offset] : 0) }
        }
        self.positions = positions
        self.values = values
    }

    /// The dense position of `key`, or nil when the plan has no such input.
    public func index(of key: String) -> Int? { positions[key] }

    /// True when the table has `key`.
    public func contains(_ key: String) -> Bool { positions[key] != nil }

    /// Keys matching a pattern with `*` segments, with what each `*` matched, in key order.
    public func keys(matching pattern: String) -> [(key: String, captures: [String])] {
        keys.compactMap { key in InputSpec.match(pattern: pattern, key).map { (key, $0) } }
    }

    /// The distinct values the first `*` of `pattern` takes, in key order
    /// (e.g. the unit ids of `unit.*.capacity`).
    public func instances(of pattern: String) -> [String] {
        var seen = Set<String>()
        return keys(matching: pattern).compactMap { match in
            guard let first = match.captures.first, seen.insert(first).inserted else { return nil }
            return first
        }
    }

    /// Offset of `year` in a row; years outside the table clamp to its ends.
    @inlinable public func offset(of year: Int) -> Int {
        min(max(year - years.lowerBound, 0), yearCount - 1)
    }

    /// The value of key `index` in `year`.
    @inlinable public subscript(index: Int, year: Int) -> Double {
        get { values[index * yearCount + offset(of: year)] }
        set { values[index * yearCount + offset(of: year)] = newValue }
    }

    /// The value of key `index` at year offset `offset` (0 = first year).
    @inlinable public subscript(index: Int, offset offset: Int) -> Double {
        get { values[index * yearCount + offset] }
        set { values[index * yearCount + offset] = newValue }
    }

    /// The value of `key` in `year`, or `fallback` when the table has no such key.
    public func value(_ key: String, year: Int, default fallback: Double = 0) -> Double {
        guard let index = positions[key] else { return fallback }
        return self[index, year]
    }

    /// The whole row of key `index`.
    public func row(_ index: Int) -> ArraySlice<Double> {
        values[(index * years.count)..<((index + 1) * years.count)]
    }

    /// Equal when years, keys and values are all equal.
    public static func == (lhs: InputTable, rhs: InputTable) -> Bool {
        lhs.years == rhs.years && lhs.keys == rhs.keys && lhs.values == rhs.values
    }

    /// Hashes years, keys and values.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(years)
        hasher.combine(keys)
        hasher.combine(values)
    }
}
