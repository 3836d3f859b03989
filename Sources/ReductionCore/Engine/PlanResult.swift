/// One source in the base-year inventory.
public struct InventoryEntry: Sendable, Hashable {
    /// The emission source this entry is for.
    public var source: EmissionSource
    /// Activity in `source.activityUnit`.
    public var activity: Double
    /// Tonnes of each gas.
    public var gases: [Gas: Double]
    /// tCO2e with the plan's GWP set.
    public var co2e: Double
    /// Tonnes of each air pollutant.
    public var pollutants: [Pollutant: Double]
    /// Implied emission factor per gas: tonnes per unit of activity (nil when activity is 0).
    public func impliedFactor(_ gas: Gas) -> Double? {
        activity > 0 ? (gases[gas] ?? 0) / activity : nil
    }
}

/// The base-year inventory by source.
public struct Inventory: Sendable, Hashable {
    /// The inventory year (the plan's base year).
    public var year: Int
    /// One entry per source, in layout order.
    public var entries: [InventoryEntry]
    /// tCO2e.
    public var total: Double { entries.reduce(0) { $0 + $1.co2e } }
}

/// What a measure does and costs, alone and in the plan's pathway.
///
/// Units: abatement in tCO2e per year; money in the plan's currency and price year;
/// cost per tonne in currency/tCO2e (annualised form, social discount rate); levelised cost
/// `PV(net costs)/PV(tonnes)` at the social rate; break-even carbon price the same at the
/// private rate. Pollutant changes are tonnes cut (positive = fewer emissions).
public struct MeasureResult: Sendable, Hashable, Identifiable {
    /// The measure as selected in the plan.
    public var measure: Measure
    /// The measure's id (``Measure/id``).
    public var id: String { measure.id }
    /// Penetration p(t) over the report years.
    public var penetration: YearSeries
    /// True when the measure is part of the pathway; false when an either-or alternative won.
    public var inPathway: Bool
    /// The alternative that replaced it, when not in the pathway.
    public var excludedBy: String?
    /// tCO2e per year the measure abates when applied alone to the BAU inputs.
    public var standaloneAbatement: YearSeries
    /// tCO2e per year the measure abates in the pathway, applied to what earlier measures left (0 when not in the pathway).
    public var interactedAbatement: YearSeries
    /// Net annual cost (capex × CRF + Δopex + Δenergy cost), standalone.
    public var standaloneAnnualCost: YearSeries
    /// Net annual cost in the pathway (energy valued on interacted energy changes).
    public var annualCost: YearSeries
    /// Change of energy spending in the pathway (negative = saved).
    public var energyCostChange: YearSeries
    /// Change in tCO2 captured that this measure causes in the pathway (captured after it minus
    /// before it): positive for capture measures, negative when a measure displaces a capturing unit.
    public var captured: YearSeries
    /// Cost per tonne in the target year, standalone.
    public var standaloneCostPerTonne: Double?
    /// Cost per tonne in the target year, in the pathway (the MACC height).
    public var costPerTonne: Double?
    /// PV(net costs) / PV(tonnes), social rate, base year to horizon, in the pathway
    /// (convention ``CostConvention/levelised``).
    public var levelisedCost: Double?
    /// Net present cost at the social rate (positive = costs money), in the pathway.
    public var netPresentCost: Double
    /// PV_private(net costs) / PV_private(tonnes): the carbon price at which the investor's NPV is zero.
    public var breakEvenCarbonPrice: Double?
    /// capex / yearly saving in the target year (nil when nothing is saved).
    public var simplePayback: Double?
    /// Tonnes of each pollutant cut in the target year, in the pathway.
    public var pollutantReduction: [Pollutant: Double]
    /// Tonnes of pollutant cut per tCO2e abated in the target year (nil without abatement).
    public var coControlRatio: [Pollutant: Double]
    /// What the measure's costs rest on (basis, units deployed, investment); nil when the
    /// measure is not in the pathway.
    public var costing: MeasureCosting? = nil
    /// PV(net costs) / Σ undiscounted tonnes, social prices and rate, base year to horizon, in the
    /// pathway (convention ``CostConvention/npvPerUndiscountedTonne``); nil without abatement.
    public var npvPerUndiscountedTonne: Double? = nil
    /// Net present cost the investor sees: net costs at private energy prices, discounted at the
    /// private rate to the base year (currency; positive = costs money), in the pathway.
    public var privateNetPresentCost: Double = 0
    /// The indirect part of the interacted abatement in the target year, tCO2e (negative when
    /// the measure moves emissions to purchased electricity or imports; 0 outside the pathway).
    public var indirectAbatement: Double = 0
}

/// One step of the marginal abatement cost curve.
public struct MACCStep: Sendable, Hashable {
    /// The id of the measure this step shows.
    public var measureID: String
    /// The measure's name.
    public var name: LocalizedName
    /// Height: currency/tCO2e (net annual cost / abatement in the MACC year); for a
    /// negative-width step, net annual cost per tonne *added* (cost / |width|).
    public var costPerTonne: Double
    /// Width: tCO2e abated in the MACC year.
    public var abatement: Double
    /// Cumulative abatement before this step (x of its left edge).
    public var cumulativeStart: Double
    /// The part of ``abatement`` that is indirect (purchased electricity and heat), tCO2e.
    public var indirectAbatement: Double = 0
    /// The part of ``abatement`` that is direct (territorial), tCO2e.
    public var directAbatement: Double { abatement - indirectAbatement }
    /// Cumulative abatement after this step (x of its right edge), tCO2e: `cumulativeStart + abatement`.
    public var cumulativeEnd: Double { cumulativeStart + abatement }
}

/// The MACC for one year: one step per pathway measure with a non-zero interacted abatement in
/// that year — those that abate sorted by their interacted cost per tonne in that year (ties by
/// pathway order), then those that raise emissions (negative width, at the end). The widths sum
/// to BAU − pathway in that year.
public struct MACC: Sendable, Hashable {
    /// The year whose abatement and costs the curve shows.
    public var year: Int
    /// Abating steps by ascending cost per tonne, then negative-width steps.
    public var steps: [MACCStep]
    /// tCO2e abated by all steps together (the last step's right edge; 0 when empty).
    public var totalAbatement: Double { steps.last?.cumulativeEnd ?? 0 }
}

/// The peak of an emissions series.
public struct Peak: Sendable, Hashable {
    /// The year of the highest emissions.
    public var year: Int
    /// tCO2e.
    public var value: Double
    /// True when every year after the plateau is below `value × (1 − plateauTolerance)` (false
    /// when the plateau reaches the last year).
    public var declinesAfter: Bool
    /// The share of the peak within which a year counts as the plateau (the plan's `plateauTolerance`).
    public var plateauTolerance: Double = 0
    /// First and last year within `value × (1 − plateauTolerance)` of the peak (the peak year alone without tolerance).
    public var plateau: ClosedRange<Int>? = nil
    /// True when the peak is the first year of the series (no history before it: the peak may lie earlier).
    public var atSeriesStart: Bool = false
    /// The first year of the series the peak was found in (earlier than the base year with `history`).
    public var seriesStart: Int? = nil
    /// The largest rise after the peak (nil when emissions never rise again).
    public var rebound: Rebound? = nil
}

/// The cheapest prefix of the MACC order that meets a target.
public struct LeastCostSelection: Sendable, Hashable {
    /// Measures in MACC order.
    public var measureIDs: [String]
    /// The cost per tonne, in the target's own year, of the last measure needed (nil when none is needed).
    public var marginalCost: Double?
    /// Sum of the selected measures' net annual costs in the target's year.
    public var annualCost: Double
    /// Emissions in the target's year with the selection (tCO2e).
    public var emissions: Double
}

/// How the pathway fares against one target.
public struct TargetCheck: Sendable, Hashable {
    /// The target checked.
    public var target: Target
    /// The emission level (tCO2e) the target allows in its year, for the pathway's activity / GDP.
    public var allowedEmissions: Double
    /// BAU emissions in the target's year, tCO2e.
    public var bauEmissions: Double
    /// Pathway emissions in the target's year, tCO2e.
    public var pathwayEmissions: Double
    /// True when the pathway's emissions are at most the allowed emissions.
    public var met: Bool
    /// Pathway minus allowed (tCO2e); ≤ 0 when met.
    public var gap: Double
    /// The least-cost way to meet it, nil when all measures together fall short.
    public var leastCost: LeastCostSelection?
    /// The boundary the emissions above are counted in (the target's, or the sector default).
    public var boundary: ReportingBoundary = .total
}

/// Everything a plan evaluation produces: pure values, ready for tables, charts and XML.
public struct PlanResult: Sendable, Hashable {
    /// The evaluated plan.
    public var plan: Plan
    /// The sector the plan was evaluated with.
    public var sector: SectorInfo
    /// The output layout (sources, carriers, memo items) that the per-item series follow.
    public var layout: OutputLayout
    /// The base-year inventory.
    public var inventory: Inventory
    /// tCO2e, base year to horizon.
    public var bau: YearSeries
    /// tCO2e with the pathway's measures applied, base year to horizon.
    public var pathway: YearSeries
    /// tCO2e per source (layout order), BAU and pathway.
    public var bauBySource: [YearSeries]
    /// Pathway tCO2e per source (layout order).
    public var pathwayBySource: [YearSeries]
    /// BAU tonnes of each air pollutant per year.
    public var bauPollutants: [Pollutant: YearSeries]
    /// Pathway tonnes of each air pollutant per year.
    public var pathwayPollutants: [Pollutant: YearSeries]
    /// The sector's activity metric (``SectorInfo/activityUnit``).
    public var bauActivity: YearSeries
    /// The pathway's activity metric (``SectorInfo/activityUnit``).
    public var pathwayActivity: YearSeries
    /// GJ per carrier (layout order).
    public var bauEnergy: [YearSeries]
    /// Pathway GJ per carrier (layout order).
    public var pathwayEnergy: [YearSeries]
    /// Memo items (layout order), BAU and pathway.
    public var bauMemos: [YearSeries]
    /// Pathway memo items (layout order), each in its own unit.
    public var pathwayMemos: [YearSeries]
    /// Every selected measure, in catalogue order.
    public var measures: [MeasureResult]
    /// Ids of the pathway's measures in application (MACC) order.
    public var order: [String]
    /// Always true since the one ordering method (greedy by interacted cost, ``PlanDecisions/orderingMethod``)
    /// is well defined; kept for the `orderStable` attribute of reports.
    public var orderStable: Bool
    /// The MACC for the plan's target year.
    public var macc: MACC
    /// The peak of the BAU series.
    public var bauPeak: Peak
    /// The peak of the pathway series.
    public var pathwayPeak: Peak
    /// One check per plan target, in plan order.
    public var targets: [TargetCheck]
    /// What the decision rules decided: alternatives, measures that left the pathway, MACCs by
    /// year, attribution by method.
    public var decisions = PlanDecisions()
    /// Things a reviewer should know (missing prices, measures without abatement, …).
    public var warnings: [String]

    /// The result for measure `id`, or nil when the plan did not select it.
    public func measure(_ id: String) -> MeasureResult? { measures.first { $0.id == id } }
}

/// Synthesized coding (`gases`, `pollutants` as objects keyed by code).
extension InventoryEntry: Codable {}
/// Synthesized coding.
extension Inventory: Codable {}
/// Synthesized coding (the computed `id` is not stored; it is `measure.id`).
extension MeasureResult: Codable {}
/// Synthesized coding.
extension MACCStep: Codable {}
/// Synthesized coding.
extension MACC: Codable {}
/// Synthesized coding (`plateau` as `[first, last]`).
extension Peak: Codable {}
/// Synthesized coding.
extension LeastCostSelection: Codable {}
/// Synthesized coding.
extension TargetCheck: Codable {}
/// Synthesized coding: every stored property under its own name (see `Reports/schema/JSON.md`).
extension PlanResult: Codable {}
