/// Why an either-or alternative left the pathway, with the figures behind the choice
/// (standalone, target year).
public struct AlternativeDecision: Sendable, Hashable {
    /// How the rule decided.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// Another alternative of the group abates at least as much at a cost per tonne no higher
        /// (one of them strictly); the figures are the final winner's.
        case dominated
        /// The winner is larger and its incremental cost per extra tonne over the loser is at most
        /// the reference carbon price.
        case incrementalCostBelowPrice
        /// The loser is larger, but its incremental cost per extra tonne over the winner is above
        /// the reference carbon price.
        case incrementalCostAbovePrice
        /// The loser abates nothing on its own in the target year.
        case noAbatement
    }

    /// The alternative that left the pathway.
    public var loser: String
    /// The alternative that stayed.
    public var winner: String
    /// The rule that decided.
    public var reason: Reason
    /// Standalone tCO2e abated in the target year: loser, winner.
    public var loserAbatement: Double
    /// Standalone tCO2e abated in the target year by the winner.
    public var winnerAbatement: Double
    /// Standalone net annual cost in the target year (currency/a): loser.
    public var loserAnnualCost: Double
    /// Standalone net annual cost in the target year (currency/a): winner.
    public var winnerAnnualCost: Double
    /// (annual cost larger − smaller) / (abatement larger − smaller), currency/tCO2e; nil for
    /// ``Reason/dominated`` and ``Reason/noAbatement``.
    public var incrementalCost: Double?
}

/// One measure's abatement (tCO2e, target year) under each attribution method.
public struct MeasureAttribution: Sendable, Hashable {
    /// The measure's id.
    public var measureID: String
    /// Abatement applied after the measures before it in the pathway order (sums to the package total).
    public var sequential: Double
    /// Abatement applied alone to the BAU.
    public var standalone: Double
    /// The package's abatement minus the package without this measure.
    public var disableOne: Double
    /// Average marginal abatement over all orders of the pathway's measures (sums to the package total).
    public var shapley: Double
    /// Half-width of the 95 % interval of a sampled Shapley value (0 when exact).
    public var shapleyHalfWidth: Double
    /// Largest minus smallest of the four methods.
    public var spread: Double {
        let values = [sequential, standalone, disableOne, shapley]
        return (values.max() ?? 0) - (values.min() ?? 0)
    }
}

/// Attribution of the pathway's abatement (target year) to its measures by four methods.
public struct Attribution: Sendable, Hashable {
    /// The year attributed (the plan's target year).
    public var year: Int
    /// BAU − pathway in that year, tCO2e.
    public var packageTotal: Double
    /// True when Shapley values are exact (all orders); false when sampled.
    public var shapleyExact: Bool
    /// Random permutations used when sampled (0 when exact).
    public var shapleySamples: Int
    /// One entry per pathway measure, in pathway order.
    public var measures: [MeasureAttribution]
}

/// The largest rise after the peak: from a low point to a later high point.
public struct Rebound: Sendable, Hashable {
    /// The low point's year.
    public var fromYear: Int
    /// The later high point's year.
    public var toYear: Int
    /// tCO2e of the rise.
    public var increase: Double
    /// The rise as a share of the low point.
    public var share: Double
}

/// What the decision rules decided, for the report: the alternatives, the ordering method, the
/// measures that left the pathway, the MACCs by year and the attribution.
public struct PlanDecisions: Sendable, Hashable {
    /// The ordering method, in words (fixed).
    public static let orderingMethod = "greedy by interacted cost per tonne in the target year: repeatedly add the "
        + "measure with the lowest cost per tonne given those already in (ties by id); measures that do not abate "
        + "given the others leave the pathway unless committed"
    /// The rule for either-or alternatives, in words (fixed).
    public static let alternativesRule = "incremental analysis: a dominated alternative never wins; the larger "
        + "replaces the smaller when (annual cost B − A) / (abatement B − A) is at most the reference carbon price"

    /// The reference carbon price the alternatives were decided at (currency/tCO2e).
    public var referenceCarbonPrice: Double = 0
    /// One entry per alternative that lost.
    public var alternatives: [AlternativeDecision] = []
    /// Ids of measures that left the pathway because they do not abate in the target year given the others.
    public var leftPathway: [String] = []
    /// Ids of committed measures kept although they do not abate in the target year.
    public var committedIncreases: [String] = []
    /// One MACC per MACC year (ascending years), including the target year's.
    public var maccs: [MACC] = []
    /// Attribution by method (nil when the pathway is empty).
    public var attribution: Attribution?
    /// Model runs the evaluation made.
    public var modelRuns: Int = 0

    /// An empty record.
    public init() {}

    /// The MACC for `year`, if one was drawn.
    public func macc(_ year: Int) -> MACC? { maccs.first { $0.year == year } }
}

/// Coded as its raw value.
extension AlternativeDecision.Reason: Codable {}
/// Synthesized coding.
extension AlternativeDecision: Codable {}
/// Synthesized coding.
extension MeasureAttribution: Codable {}
/// Synthesized coding.
extension Attribution: Codable {}
/// Synthesized coding.
extension Rebound: Codable {}
/// Synthesized coding.
extension PlanDecisions: Codable {}
