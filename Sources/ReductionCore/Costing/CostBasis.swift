/// What a measure's capex and opex are given per.
///
/// - ``project``: one named project (a metro line, one plant's CCUS retrofit). Capex and opex
///   are lump sums at 100 % penetration and scale with the deployment `p(t)`:
///   `units(t) = p(t)`. They do not follow the size of the city.
/// - ``perUnit(quantity:change:)``: per unit of a quantity the sector model computes
///   (a ``ModelQuantity``; `energy` or `energy.<carrier>` in GJ/yr; `activity`, the sector's
///   activity metric; `source.<id>`, an emission source's activity; `memo.<id>`, a memo item). The units
///   the measure deploys in year t are `after(t) − before(t)` of that quantity between the run
///   without and the run with the measure (`before − after` for ``UnitChange/decrease``;
///   `p(t) × before(t)` for ``UnitChange/reached``, the stock a retrofit reaches), so costs
///   follow what the measure actually deploys in the plan's city. `quantity` may add several
///   quantities of one unit: `capacity.supercritical + capacity.coal-chp`.
///
/// In plan and catalogue files: `basis: project`, or `basis: {per: vehicles.bus.electric}`, or
/// `basis: {per: energy, change: decrease}` (per GJ/yr saved), or
/// `basis: {per: capacity.usc, change: reached}` (per MW retrofitted).
public enum CostBasis: Sendable, Hashable {
    /// A lump sum for one project, scaled by the deployment only.
    case project
    /// Per unit of a model quantity deployed (or removed, with ``UnitChange/decrease``).
    case perUnit(quantity: String, change: UnitChange)

    /// The quantity id, or nil for ``project``.
    public var quantity: String? {
        if case let .perUnit(quantity, _) = self { return quantity }
        return nil
    }

    /// How catalogues, summaries and reports name the basis: `project`, `per vehicles.bus.electric`,
    /// `per energy (decrease)`.
    public var label: String {
        switch self {
        case .project: return "project"
        case let .perUnit(quantity, .increase): return "per \(quantity)"
        case let .perUnit(quantity, .decrease): return "per \(quantity) (decrease)"
        case let .perUnit(quantity, .reached): return "per \(quantity) (reached)"
        }
    }
}

/// Which direction of a quantity's change counts as units deployed.
public enum UnitChange: String, Sendable, Hashable, CaseIterable, Codable {
    /// Units = after − before (vehicles bought, capacity built).
    case increase
    /// Units = before − after (GJ/yr saved, car-km avoided).
    case decrease
    /// Units = p(t) × before: the share of an existing stock the measure has reached by year t
    /// (MW of units retrofitted), for measures that change how a stock performs, not its size.
    case reached
}

/// Synthesized coding: `{"project": {}}` or `{"perUnit": {"quantity": …, "change": "increase"}}`.
extension CostBasis: Codable {}
