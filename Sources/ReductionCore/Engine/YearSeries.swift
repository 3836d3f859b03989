/// Values for consecutive years, e.g. tCO2e from the base year to the horizon.
public struct YearSeries: Sendable, Hashable {
    /// The year of `values[0]`.
    public let firstYear: Int
    /// One value per consecutive year from `firstYear`.
    public var values: [Double]

    /// Creates a series whose first value is for `firstYear`.
    public init(firstYear: Int, values: [Double]) {
        self.firstYear = firstYear
        self.values = values
    }

    /// The years covered.
    public var years: ClosedRange<Int> { firstYear...(firstYear + max(values.count, 1) - 1) }

    /// The value in `year`, or nil outside the series (`pathway[2300] == nil`): a year the
    /// series does not cover has no value, rather than a silent 0.
    public subscript(year: Int) -> Double? {
        let offset = year - firstYear
        return values.indices.contains(offset) ? values[offset] : nil
    }

    /// `(year, value)` pairs in year order.
    public var points: [(year: Int, value: Double)] {
        values.enumerated().map { (firstYear + $0.offset, $0.element) }
    }

    /// Element-wise difference `self − other` over this series' years (years `other` lacks count as 0).
    public func minus(_ other: YearSeries) -> YearSeries {
        YearSeries(firstYear: firstYear, values: values.indices.map { values[$0] - (other[firstYear + $0] ?? 0) })
    }

    /// The sub-series for `years` (clamped to what exists).
    public func slice(_ years: ClosedRange<Int>) -> YearSeries {
        let lower = max(years.lowerBound, firstYear)
        let upper = min(years.upperBound, firstYear + values.count - 1)
        guard lower <= upper else { return YearSeries(firstYear: lower, values: []) }
        return YearSeries(firstYear: lower, values: Array(values[(lower - firstYear)...(upper - firstYear)]))
    }
}

/// Synthesized coding: `{"firstYear": 2020, "values": [...]}`.
extension YearSeries: Codable {}
