/// How a measure is rolled out: from `startYear`, rising linearly over `rampYears` to
/// `maxPenetration`, optionally ending after `endYear`.
///
/// Penetration in year t:
/// ```
/// ramp(t) = 0                                   for t < start
///         = min(1, (t − start + 1) / rampYears) for t ≥ start   (rampYears ≤ 1: 1)
/// p(t)    = maxPenetration × ramp(t)            (0 after endYear)
/// ```
/// Every change of a measure is scaled by `p(t)`; its capex and Δopex are given at 100 %
/// penetration and scaled by `p(t)` too.
public struct Deployment: Sendable, Hashable {
    /// The first year the measure is deployed.
    public var startYear: Int
    /// Years to reach `maxPenetration` linearly; ≤ 1 means full penetration in `startYear`.
    public var rampYears: Int
    /// Share of the technical potential reached, in [0, 1].
    public var maxPenetration: Estimate
    /// The last year with penetration; nil means it never ends.
    public var endYear: Int?

    /// Creates a deployment; by default full penetration from `startYear` with no end.
    public init(startYear: Int, rampYears: Int = 1, maxPenetration: Estimate = Estimate(1), endYear: Int? = nil) {
        self.startYear = startYear
        self.rampYears = rampYears
        self.maxPenetration = maxPenetration
        self.endYear = endYear
    }

    /// The ramp fraction in [0, 1] for `year` (without the maximum penetration).
    public func ramp(_ year: Int) -> Double {
        if year < startYear { return 0 }
        if let endYear, year > endYear { return 0 }
        guard rampYears > 1 else { return 1 }
        return min(1, Double(year - startYear + 1) / Double(rampYears))
    }

    /// Penetration `p(t)` with the central maximum.
    public func penetration(_ year: Int) -> Double { maxPenetration.value * ramp(year) }
}

/// Synthesized coding.
extension Deployment: Codable {}
