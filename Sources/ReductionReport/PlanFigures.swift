public import ReductionCore

/// Figures derived from a plan result for the summary and the other writers, computed once
/// here (sums and selections of what the core computed, never new cost arithmetic).
public struct PlanFigures: Sendable {
    /// The evaluated plan.
    public var result: PlanResult

    /// Figures of `result`.
    public init(result: PlanResult) { self.result = result }

    /// Annual net cost of the measures in the pathway in `year` (currency per year, price
    /// year of the plan): the sum of their interacted annual costs; negative saves money.
    public func annualNetCost(in year: Int) -> Double {
        let pathway = Set(result.order)
        return result.measures.filter { pathway.contains($0.id) }.reduce(0) { $0 + ($1.annualCost[year] ?? 0) }
    }

    /// One milestone row: BAU, pathway and reduction in tCO2e.
    public struct Milestone: Sendable, Hashable {
        /// Calendar year.
        public var year: Int
        /// Business-as-usual emissions, tCO2e.
        public var bau: Double
        /// Pathway emissions, tCO2e.
        public var pathway: Double
        /// BAU − pathway, tCO2e.
        public var reduction: Double { bau - pathway }
    }

    /// BAU and pathway at the base year, every fifth year, the target and the horizon year.
    public var milestones: [Milestone] {
        let h = result.plan.header
        return Milestones.years(base: h.baseYear, target: h.targetYear, horizon: h.horizon).map {
            Milestone(year: $0, bau: (result.bau[$0] ?? 0), pathway: (result.pathway[$0] ?? 0))
        }
    }

    /// What an unmet target still needs: the shortfall (tCO2e above the allowed level) and the
    /// measures not in the pathway, cheapest standalone cost first, with their standalone
    /// abatement in the target's year, as many as it takes to cover the shortfall.
    public struct Shortfall: Sendable {
        /// tCO2e the pathway exceeds the allowed emissions by.
        public var tonnes: Double
        /// The next measures to consider: id, standalone abatement (tCO2e) and cost (per tCO2e).
        public var nextMeasures: [(id: String, name: LocalizedName, abatement: Double, costPerTonne: Double?)]
        /// Their standalone abatement summed (interaction would lower it).
        public var nextAbatement: Double { nextMeasures.reduce(0) { $0 + $1.abatement } }
    }

    /// The shortfall of `check`, nil when the target is met.
    public func shortfall(_ check: TargetCheck) -> Shortfall? {
        guard !check.met, check.gap > 0 else { return nil }
        let candidates = result.measures.filter { !$0.inPathway && ($0.standaloneAbatement[check.target.year] ?? 0) > 0 }
            .sorted { ($0.standaloneCostPerTonne ?? .infinity, $0.id) < ($1.standaloneCostPerTonne ?? .infinity, $1.id) }
        var chosen: [(id: String, name: LocalizedName, abatement: Double, costPerTonne: Double?)] = [], covered = 0.0
        for measure in candidates where covered < check.gap {
            let tonnes = measure.standaloneAbatement[check.target.year] ?? 0
            chosen.append((measure.id, measure.measure.name, tonnes, measure.standaloneCostPerTonne))
            covered += tonnes
        }
        return Shortfall(tonnes: check.gap, nextMeasures: chosen)
    }
}

extension NumberFormat {
    /// A quantity in the units Chinese plans use: tonnes from 10,000 up as 万吨 (2 decimals),
    /// passenger- and tonne-km as 亿人公里 / 亿吨公里; anything else unchanged, grouped.
    package static func chinese(_ value: Double, unit: String) -> String {
        switch unit {
        case "pkm": return grouped(value / 1e8, decimals: 2) + " 亿人公里"
        case "tkm": return grouped(value / 1e8, decimals: 2) + " 亿吨公里"
        case "t", "tCO2e", "tCO2":
            guard abs(value) >= 10_000 else { return grouped(value) + " " + unit }
            let suffix = unit == "t" ? "" : String(unit.dropFirst())
            return grouped(value / 1e4, decimals: 2) + " 万吨" + suffix
        default: return grouped(value) + " " + unit
        }
    }
}
