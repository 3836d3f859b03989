/// The plan's choices for the decision rules (the optional top-level `decisions:` block).
///
/// ```yaml
/// decisions:
///   maccYears: [2025, 2030, 2035]   # default: every 5 years from the base year, plus the target year
///   plateauTolerance: 0.01          # within 1 % of the peak counts as the plateau (default 0)
///   history: {2018: 1.21e6, 2019: 1.24e6}   # tCO2e before the base year, for the peak
///   shapleySamples: 400             # permutations when Shapley values are sampled (> 10 measures)
/// ```
public struct DecisionRules: Sendable, Hashable {
    /// Years a MACC is drawn for; nil: every 5 years from the base year to the horizon, plus the target year.
    public var maccYears: [Int]?
    /// Share of the peak (0–1): years within `peak × (1 − tolerance)` belong to the plateau.
    public var plateauTolerance: Double = 0
    /// Emissions (tCO2e) before the base year, by year, so a peak can lie before the series the model projects.
    public var history: [Int: Double] = [:]
    /// Random permutations used when Shapley values are sampled (more than 10 measures in the pathway).
    public var shapleySamples: Int = 100

    /// Rules with the defaults.
    public init() {}

    /// The MACC years for `header`: the plan's list, or every 5 years from the base year to the
    /// horizon plus the target year; sorted, without duplicates.
    public func maccYears(for header: PlanHeader) -> [Int] {
        if let years = maccYears { return Array(Set(years + [header.targetYear])).sorted() }
        let milestones = stride(from: header.baseYear, through: header.horizon, by: 5)
        return Array(Set(Array(milestones) + [header.targetYear])).sorted()
    }
}

extension PlanLoader {
    /// Decodes the optional `decisions:` block.
    static func decodeDecisionRules(_ root: YAMLValue, header: PlanHeader) throws(PlanError) -> DecisionRules {
        var rules = DecisionRules()
        guard let node = try root.optional("decisions") else { return rules }
        try node.allowOnly(["maccYears", "plateauTolerance", "history", "shapleySamples"])
        if let years = try node.optional("maccYears") {
            var list: [Int] = []
            for item in try years.items() {
                let year = try item.int()
                guard header.reportYears.contains(year) else {
                    throw item.error(.yearOutOfRange, "MACC year \(year) is outside \(header.baseYear)–\(header.horizon)")
                }
                list.append(year)
            }
            rules.maccYears = list
        }
        if let tolerance = try node.optional("plateauTolerance") {
            let value = try tolerance.double()
            guard value >= 0, value < 1 else {
                throw tolerance.error(.invalidValue, "a plateau tolerance is a share between 0 and 1, found \(value)")
            }
            rules.plateauTolerance = value
        }
        if let history = try node.optional("history") {
            for (yearText, value) in try history.entries() {
                guard let year = Int(yearText) else {
                    throw value.error(.wrongType, "expected a year as key, found '\(yearText)'")
                }
                guard year < header.baseYear, header.baseYear - year <= 100 else {
                    throw value.error(.yearOutOfRange, "history year \(year) must be before the base year \(header.baseYear) (at most 100 years)")
                }
                let tonnes = try value.double()
                guard tonnes.isFinite else { throw value.error(.invalidValue, "history emissions must be a finite number of tCO2e") }
                rules.history[year] = tonnes
            }
        }
        if let samples = try node.optional("shapleySamples") {
            let count = try samples.int()
            guard (10...100_000).contains(count) else {
                throw samples.error(.invalidValue, "shapleySamples must be between 10 and 100000, found \(count)")
            }
            rules.shapleySamples = count
        }
        return rules
    }
}

/// Synthesized coding (`history` as an object keyed by year).
extension DecisionRules: Codable {}
