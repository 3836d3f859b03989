public import ReductionCore

/// The municipal solid waste (MSW) sector with source separation at its centre:
/// generation × composition × treatment routes → CH4, CO2 and N2O by IPCC 2006 Vol 5.
///
/// Mass balance in each year (tonnes, wet):
/// ```
/// G      = population × per-capita (kg/person/day) × 365 / 1000
/// M_j    = G × composition_j × (1 − prevention_j)      generated, for each type j
///          (Σ_j M_j is the sector's activity metric, t of MSW generated)
/// S_j,r  = M_j × sorted_j,r          (r = recycling, digestion, composting; Σ_r ≤ 1)
/// R_j    = M_j − Σ_r S_j,r            residual (mixed) waste
/// R_j,q  = R_j × route_q              (q = landfill types, incineration, open burning; Σ_q = 1)
/// ```
/// Separate shares that measures push above 100 % are scaled down to 100 %, and route
/// shares are normalised to add up to one. In historical years (up to
/// `history.last-year`) only the deposits `history.landfilled.<site>` are modelled, with
/// that year's composition; other routes are not.
/// Landfills use the first-order-decay model (``FirstOrderDecay``) over the whole year range
/// of the input table, including historical deposits (`history.landfilled.*` up to
/// `history.last-year`); incineration and open burning use Eq 5.1/5.2 for fossil CO2 and
/// per-tonne CH4/N2O factors; composting and digestion use Table 4.1 factors.
///
/// Two timings are reported: the emission sources hold CH4 *as it occurs* (FOD, what an
/// inventory counts); the memo `landfill.methane-commitment` holds the lifetime CH4 of the
/// waste landfilled in the year (at that year's collection and oxidation), what a decision
/// compares. Energy recovered and recycling appear only as memo items, never netted.
public struct WasteSortingModel: SectorModel {
    /// Creates the model (all inputs and defaults are static).
    public init() {}

    /// The sector's id (`waste`), names, activity (MSW generated, t) and default target boundary (direct).
    public var info: SectorInfo {
        SectorInfo(id: "waste", name: LocalizedName("Municipal solid waste (waste sorting)", "生活垃圾（垃圾分类）"),
                   activityName: LocalizedName("MSW generated", "生活垃圾产生量"), activityUnit: "t",
                   // Treatment plants' purchased electricity is not modelled: direct only.
                   defaultTargetBoundary: .direct)
    }

    public var inputSpecs: [InputSpec] { Self.specs }

    /// Composition and residual routes add up to 100 %; each type's separate-collection
    /// shares add up to at most 100 %.
    public var shareGroups: [ShareGroup] {
        [ShareGroup("composition.*.share", mustSumToOne: true),
         ShareGroup("route.*.share", mustSumToOne: true),
         ShareGroup("sorted.{}.*")]
    }

    public var data: SectorData {
        SectorData(measures: PackageResources.measures_yaml, factors: PackageResources.factors_yaml,
                   example: PackageResources.example_yaml)
    }

    public func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        let keys = try WasteKeys(inputs)
        let lastYear = inputs[keys.lastYear, offset: 0]
        // A year: whole, and 0 (no history) or a plausible calendar year (checked before any Int conversion).
        guard lastYear == 0 || (lastYear == lastYear.rounded() && (1000...9999).contains(lastYear)) else {
            throw PlanError(.yearOutOfRange, "history.last-year must be a whole calendar year, found \(lastYear)",
                            at: SourceLocation(keyPath: "inputs.\(WasteKey.historyLastYear)"))
        }
        if lastYear > 0 && lastYear >= Double(inputs.years.upperBound) {
            throw PlanError(.yearOutOfRange,
                            "history.last-year \(Int(lastYear)) leaves no modelled year before the horizon \(inputs.years.upperBound)",
                            at: SourceLocation(keyPath: "inputs.\(WasteKey.historyLastYear)"))
        }
        let anyHistory = keys.history.contains { index in inputs.row(index).contains { $0 > 0 } }
        if lastYear > 0 && lastYear < Double(inputs.years.lowerBound) && anyHistory {
            throw PlanError(.yearOutOfRange,
                            "history.last-year \(Int(lastYear)) is before the first modelled year \(inputs.years.lowerBound): "
                                + "give history.landfilled.* as values by year, e.g. {values: {1995: …, \(Int(lastYear)): …}}",
                            at: SourceLocation(keyPath: "inputs.\(WasteKey.historyLastYear)"))
        }
        return CompiledModel(layout: WasteLayout.layout) { table, output in
            WasteRun(keys: keys, table: table).fill(&output)
        }
    }
}
