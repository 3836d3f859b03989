/// How a year series is given in a plan file, before it is expanded to one value a year.
///
/// - a constant: `0.35`;
/// - a base value with growth: `{base: 6.2e9, growth: 0.03}` or growth by period,
///   `{base: 6.2e9, growth: [{until: 2030, rate: 0.04}, {until: 2060, rate: 0.01}]}`:
///   `x(t) = x(t-1) × (1 + rate(t))` after the base year, constant before it;
/// - explicit values, interpolated linearly between given years and held flat outside them:
///   `{values: {2020: 0.9, 2030: 0.5}}`.
///
/// A base with growth may also list `values`; those years then override the projection.
/// A growth rate may carry a range like any other number, `growth: {value: 0.03, low: 0.01,
/// high: 0.05}` (or `rate: {value: …, low: …, high: …}` per period); the series expands from
/// the central rate and the Monte Carlo analysis draws the rate (``UncertaintyEngine``).
public struct SeriesSpec: Sendable, Hashable {
    /// A growth rate that applies up to and including `until`.
    public struct GrowthPeriod: Sendable, Hashable {
        /// The last year (inclusive) the rate applies to.
        public var until: Int
        /// Growth per year as a fraction (0.03 = 3 % a year), with its range and source when
        /// given; the series expands from `rate.value`.
        public var rate: Estimate
        /// A period with growth `rate` per year (a fraction, with an optional range) up to and
        /// including `until`.
        public init(until: Int, rate: Estimate) {
            self.until = until
            self.rate = rate
        }
        /// A period with the unranged growth `rate` per year up to and including `until`.
        public init(until: Int, rate: Double) {
            self.init(until: until, rate: Estimate(rate))
        }
    }

    /// Base value (at the plan's base year), or the constant, with its range and source.
    public var base: Estimate?
    /// Growth periods in order; after the last `until` the last rate continues.
    public var growth: [GrowthPeriod]
    /// Explicit (year, value) points, sorted by year.
    public var points: [(year: Int, value: Double)]
    /// The unit the numbers are written in (already converted when decoded from a plan).
    public var unit: String?

    /// Creates a spec; `points` are sorted by year.
    public init(base: Estimate? = nil, growth: [GrowthPeriod] = [], points: [(year: Int, value: Double)] = [],
                unit: String? = nil) {
        self.base = base
        self.growth = growth
        self.points = points.sorted { $0.year < $1.year }
        self.unit = unit
    }

    /// A constant series.
    public static func constant(_ value: Double, source: String? = nil) -> SeriesSpec {
        SeriesSpec(base: Estimate(value, source: source))
    }

    /// The earliest year this spec names explicitly.
    public var firstExplicitYear: Int? { points.first?.year }

    /// Expands to one value per year of `years`. `baseYear` anchors growth.
    /// `baseValue`, when given, replaces the base value (the growth and points still apply).
    public func expand(years: ClosedRange<Int>, baseYear: Int, baseValue override: Double? = nil) -> [Double] {
        var out = [Double](repeating: 0, count: years.count)
        if let baseValue = override ?? base?.value {
            var value = baseValue
            var periodIndex = 0
            for (offset, year) in years.enumerated() {
                if year > baseYear {
                    while periodIndex < growth.count && growth[periodIndex].until < year { periodIndex += 1 }
                    let rate = periodIndex < growth.count ? growth[periodIndex].rate.value : (growth.last?.rate.value ?? 0)
                    value *= 1 + rate
                }
                out[offset] = year <= baseYear ? baseValue : value
            }
        }
        guard !points.isEmpty else { return out }
        let interpolateAll = base == nil
        for (offset, year) in years.enumerated() {
            if let exact = points.first(where: { $0.year == year }) {
                out[offset] = exact.value
            } else if interpolateAll {
                out[offset] = Self.interpolate(points, at: year)
            }
        }
        return out
    }

    static func interpolate(_ points: [(year: Int, value: Double)], at year: Int) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if year <= first.year { return first.value }
        if year >= last.year { return last.value }
        for index in 1..<points.count where points[index].year >= year {
            let a = points[index - 1], b = points[index]
            let t = Double(year - a.year) / Double(b.year - a.year)
            return a.value + (b.value - a.value) * t
        }
        return last.value
    }

    /// Equal when base, growth, unit and points are equal.
    public static func == (lhs: SeriesSpec, rhs: SeriesSpec) -> Bool {
        lhs.base == rhs.base && lhs.growth == rhs.growth && lhs.unit == rhs.unit
            && lhs.points.map(\.year) == rhs.points.map(\.year) && lhs.points.map(\.value) == rhs.points.map(\.value)
    }

    /// Hashes base, growth and points (not the unit).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(base)
        hasher.combine(growth)
        hasher.combine(points.map(\.year))
        hasher.combine(points.map(\.value))
    }
}

/// Coded as `until` and `rate`; the rate is a number when it is a plain value, else an
/// estimate (`{"value": …, "low": …, "high": …}`, ``Estimate``'s coding). Both forms decode.
extension SeriesSpec.GrowthPeriod: Codable {
    private enum CodingKeys: String, CodingKey { case until, rate }

    /// Decodes `until` and a `rate` written as a number or as an estimate.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let until = try container.decode(Int.self, forKey: .until)
        if let plain = try? container.decode(Double.self, forKey: .rate) {
            self.init(until: until, rate: plain)
        } else {
            self.init(until: until, rate: try container.decode(Estimate.self, forKey: .rate))
        }
    }

    /// Encodes `until`, and `rate` as a number unless it has a range, distribution or source.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(until, forKey: .until)
        if rate == Estimate(rate.value) {
            try container.encode(rate.value, forKey: .rate)
        } else {
            try container.encode(rate, forKey: .rate)
        }
    }
}

/// Coded as `base`, `growth`, `unit` and `points` as `[{"year": 2020, "value": 0.9}, …]`.
extension SeriesSpec: Codable {
    private enum CodingKeys: String, CodingKey { case base, growth, points, unit }
    private struct Point: Codable {
        var year: Int
        var value: Double
    }

    /// Decodes the coded form; points are sorted by year as ``init(base:growth:points:unit:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let points = try container.decodeIfPresent([Point].self, forKey: .points) ?? []
        self.init(base: try container.decodeIfPresent(Estimate.self, forKey: .base),
                  growth: try container.decodeIfPresent([GrowthPeriod].self, forKey: .growth) ?? [],
                  points: points.map { ($0.year, $0.value) },
                  unit: try container.decodeIfPresent(String.self, forKey: .unit))
    }

    /// Encodes `base` and `unit` when set, `growth` and `points` always.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(base, forKey: .base)
        try container.encode(growth, forKey: .growth)
        try container.encode(points.map { Point(year: $0.year, value: $0.value) }, forKey: .points)
        try container.encodeIfPresent(unit, forKey: .unit)
    }
}
