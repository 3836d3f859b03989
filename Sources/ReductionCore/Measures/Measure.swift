/// The kind of policy instrument a measure is.
public enum Instrument: String, Sendable, Hashable, CaseIterable, Codable {
    /// A standard, ban or mandate (command and control).
    case regulation
    /// A price signal: tax, fee, subsidy or trading.
    case economic
    /// Public or corporate investment in assets.
    case investment
    /// Labelling, campaigns, disclosure or training.
    case information
    /// Land-use, network or urban planning.
    case planning
    /// A voluntary agreement or commitment.
    case voluntary
}

/// Where a measure stands in the policy process.
public enum MeasureStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Proposed for assessment; not in any plan yet.
    case candidate
    /// In a plan, not yet decided.
    case planned
    /// Decided (budgeted or legislated), not yet in force.
    case adopted
    /// In force or being carried out.
    case implemented
}

/// A candidate measure: typed changes to the inputs, a deployment, and its costs.
///
/// Costs are in the plan's currency and price year, per unit of the measure's ``basis``
/// (per vehicle, per MW, per t/yr of capacity; or, for one project, a lump sum at 100 %
/// penetration scaled with `p(t)`):
/// - `capex`: investment, annualised with the capital recovery factor over `lifetime`;
/// - `opex`: change of non-energy operating cost per year (negative saves money).
/// Energy cost changes are not entered: they are the model's change in energy use by
/// carrier, valued at the plan's energy prices.
public struct Measure: Sendable, Hashable, Identifiable {
    /// The measure's stable id, used in plan files, `excludes` and reports.
    public var id: String
    /// The measure's bilingual name.
    public var name: LocalizedName
    /// A longer bilingual description, if any.
    public var description: LocalizedName?
    /// The kind of policy instrument.
    public var instrument: Instrument
    /// Where the measure stands in the policy process.
    public var status: MeasureStatus
    /// The typed changes to the inputs, each scaled by `p(t)`.
    public var changes: [InputChange]
    /// The roll-out that gives `p(t)`.
    public var deployment: Deployment
    /// Years.
    public var lifetime: Estimate
    /// Currency per unit of ``basis`` (at 100 % penetration for a project).
    public var capex: Estimate
    /// Currency per unit of ``basis`` per year (at 100 % penetration for a project), excluding energy.
    public var opex: Estimate
    /// What capex and opex are given per; ``CostBasis/project`` when a file does not say.
    public var basis: CostBasis
    /// Ids of either-or alternatives (same fleet, same stock): at most one is applied.
    public var excludes: [String]
    /// Documents the measure's numbers come from.
    public var references: [String]
    /// True when the plan commits to the measure: it stays in the pathway even when it does not
    /// abate in the target year (its MACC step then has a negative width, at the end of the curve).
    public var committed: Bool = false

    /// Creates a measure; costs default to zero.
    public init(id: String, name: LocalizedName, description: LocalizedName? = nil,
                instrument: Instrument = .investment, status: MeasureStatus = .candidate,
                changes: [InputChange], deployment: Deployment, lifetime: Estimate,
                capex: Estimate = Estimate(0), opex: Estimate = Estimate(0),
                excludes: [String] = [], references: [String] = [], basis: CostBasis = .project) {
        self.id = id
        self.name = name
        self.description = description
        self.instrument = instrument
        self.status = status
        self.changes = changes
        self.deployment = deployment
        self.lifetime = lifetime
        self.capex = capex
        self.opex = opex
        self.excludes = excludes
        self.references = references
        self.basis = basis
    }
}

extension Measure {
    /// Every number of the measure with a label for messages and listings, in a fixed order:
    /// `lifetime`, `capex`, `opex`, `deployment.max`, then each change's main number
    /// (`changes[i]`, see ``InputChange/primary``). Reviewers check these for sources and ranges.
    public var labelledEstimates: [(label: String, estimate: Estimate)] {
        [("lifetime", lifetime), ("capex", capex), ("opex", opex), ("deployment.max", deployment.maxPenetration)]
            + changes.enumerated().map { ("changes[\($0.offset)]", $0.element.primary) }
    }
}

/// Synthesized coding.
extension Measure: Codable {}
