public import ReductionCore

/// The textile-park model: mills grouped by process stage, their energy by carrier, the
/// steam system that serves them, and their wastewater treatment, turned into emissions
/// following China's textile and apparel enterprise method (GB/T 32151.12-2018).
///
/// For each year, with `Q_s` the output of stage `s` (spinning t, weaving t, dyeing 100 m,
/// garments 10⁴ pieces) and the per-unit intensities of ``inputSpecs``:
/// ```
/// H  = Σ_s Q_s × heat_s                          useful heat, GJ
/// G  = H / (1 − loss)                            heat generated (distribution and trap losses)
/// fuel_boiler,r = G × share_r / η_r               r ∈ coal, gas, oil boilers
/// elec_heat     = G × share_electric / η_el + G × share_heat-pump / COP
/// heat_bought   = G × (1 − Σ_r share_r)          purchased steam or heat
/// D  = Σ_s Q_s × direct-fuel_s                    fuel burnt in process (stenters, singeing)
/// fuel_f = fuel_boiler,f + D × direct-share_f + other-use_f × NCV_f      GJ
/// CO2_f  = fuel_f × CC_f × OF_f × 44/12                                  1.A.2.l / CRT 1.A.2.g.vi
/// E  = Σ_s Q_s × elec_s + elec_heat + wastewater × kWh/m³                electricity, kWh
/// grid = E − min(PV, E);  green = grid × green-share
/// CO2_elec = (grid − green) × (green > 0 ? EF_residual : EF_grid)       (indirect, market-based)
/// CO2_heat = heat_bought × EF_heat                                       (indirect)
/// TOW = W × (COD_in − COD_out);  S = TOW × sludge-share                  t COD, W m³
/// CH4 = Σ_routes (TOW − S) × share_route × B0 × MCF_route − R            4.D.2 / CRT 5.D.2
/// R   = recovery × (TOW − S) × share_reactor × B0 × MCF_reactor
/// ```
/// Air pollutants (SO2, NOx, PM2.5) are `fuel_f × g/GJ / 10⁶` per fuel; purchased
/// electricity and heat carry none locally. Green electricity counts at zero (market-based
/// accounting) and the rest then at the residual mix (`electricity.residual-mix-factor`), so the
/// green attribute is not counted twice; the memo `electricity.location-based` keeps the
/// grid-average figure beside it. Targets apply to direct + indirect emissions unless a
/// target says `boundary: direct`.
/// The sector's activity metric is the tonnes of product processed, `Σ_s Q_s × mass_s`.
///
/// ```swift
/// let model = TextileModel()
/// let plan = try PlanLoader.loadExample(for: model)
/// let result = try PlanEvaluator.evaluate(plan, model: model)
/// print(result.inventory.total)   // base-year tCO2e
/// ```
public struct TextileModel: SectorModel {
    /// The model; it has no settings of its own (everything is a plan input).
    public init() {}

    /// Sector id `textile`; the activity metric is tonnes of product processed.
    public var info: SectorInfo {
        var info = SectorInfo(id: "textile",
                   name: LocalizedName("Textiles and apparel", "纺织服装"),
                   activityName: LocalizedName("Textile products processed (all stages)", "纺织品加工量（各工序合计）"),
                   activityUnit: "t",
                   // Industrial parks' plans count purchased electricity and heat.
                   defaultTargetBoundary: .total)
        info.indirectView = "market-based"
        info.notes = ["purchased electricity is market-based: certified green power counts at zero and the rest, "
                      + "in a year with a green-power claim, at the residual mix (electricity.residual-mix-factor); "
                      + "the location-based figure (all at the grid average) is reported beside it"]
        return info
    }

    /// Heat routes, direct-fuel shares and treatment routes each add up to at most 100 %;
    /// the remainder is purchased heat, natural gas and well-managed aerobic treatment.
    public var shareGroups: [ShareGroup] {
        [ShareGroup("heat.share.*"), ShareGroup("direct.share.*"), ShareGroup("wastewater.route.*.share")]
    }

    /// The embedded catalogue (`measures.yaml`), factor sets (`factors.yaml`) and example park.
    public var data: SectorData {
        SectorData(measures: PackageResources.measures_yaml, factors: PackageResources.factors_yaml,
                   example: PackageResources.example_yaml)
    }

    /// Resolves the plan's keys and checks what specs cannot: a heat route in use needs a
    /// positive efficiency (or COP). Every year depends only on that year's inputs, so the
    /// compiled model is year-by-year (the uncertainty engine computes only the years it needs).
    public func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        let keys = try Keys(inputs)
        for route in HeatRoute.allCases {
            guard let shareKey = route.shareKey, let efficiencyKey = route.efficiencyKey,
                  let share = inputs.index(of: shareKey), let efficiency = inputs.index(of: efficiencyKey) else { continue }
            for year in inputs.years where inputs[share, year] > 0 && !(inputs[efficiency, year] > 0) {
                throw PlanError(.invalidValue,
                                "\(route.name.english) supply \(inputs[share, year] * 100) % of heat in \(year) but '\(efficiencyKey)' is \(inputs[efficiency, year]); it must be positive",
                                at: SourceLocation(keyPath: "inputs.\(efficiencyKey)"))
            }
        }
        if let loss = inputs.index(of: "heat.distribution-loss") {
            for year in inputs.years where inputs[loss, year] >= 0.95 {
                throw PlanError(.invalidValue,
                                "a steam distribution loss of \(inputs[loss, year] * 100) % in \(year) is not plausible (must be below 95 %)",
                                at: SourceLocation(keyPath: "inputs.heat.distribution-loss"))
            }
        }
        return CompiledModel(layout: Self.layout, yearByYear: { table, output, offsets in
            Self.run(keys, table, &output, offsets: offsets)
        })
    }
}
