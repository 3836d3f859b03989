public import ReductionCore

/// The thermal-power sector (IPCC 2006 1.A.1.a, CRT 1.A.1.a): a city's or province's
/// generating units, heat-only boilers and non-fossil supply, dispatched against an
/// electricity demand projection.
///
/// For each unit and year:
/// ```
/// gross MWh     = capacity × hours            (scheduled units; condensing coal: see Dispatch)
/// net MWh  G    = gross × (1 − own-use)
/// fuel GJ  E    = G × b / 1000 × 29.3076 + heat × b_heat / 1000 × 29.3076
///                 (b net coal rate gce/kWh, b_heat heat coal rate kgce/GJ)
/// E_f           = E × share_f                 (biomass, gas shares; the rest is the primary fuel)
/// CO2           = Σ_fossil E_f × CC_f × OF_f × 44/12
/// CH4, N2O      = Σ_f E_f × EF_f(kg/TJ) / 10^6
/// flue gas V    = Σ_f E_f × v_f (Nm3/GJ);  SO2, NOx, PM = V × c / 10^9;  PM2.5 = PM × s
/// ```
/// Heat-only boilers supply `heat.demand − Σ unit heat` at `heat.boiler-efficiency` on coal.
/// Outputs besides emissions: the grid emission factor (tCO2/MWh, CO2 of electricity by the
/// heat-ratio allocation plus imports at their factor, over electricity supplied), the heat
/// factor, generation by fuel, imports, curtailment, coal tonnes, biogenic CO2 (memo).
///
/// The sector's activity metric is the electricity supplied, MWh.
public struct ThermalPowerModel: SectorModel {
    /// The model; it carries no state.
    public init() {}

    /// Sector id `power`; activity metric: electricity supplied (MWh).
    public var info: SectorInfo {
        var info = SectorInfo(id: "power", name: LocalizedName("Thermal power and heat", "火电与供热"),
                              activityName: LocalizedName("Electricity supplied", "供电量"), activityUnit: "MWh",
                              // Power plans cap the plants in the city: the territorial (production) view.
                              defaultTargetBoundary: .direct)
        info.indirectView = "consumption"
        info.notes = Dispatch.reportNotes
        return info
    }

    /// The embedded `Catalogue/measures.yaml`, `factors.yaml` and `example.yaml`.
    public var data: SectorData {
        SectorData(measures: PackageResources.measures_yaml, factors: PackageResources.factors_yaml,
                   example: PackageResources.example_yaml)
    }

    /// Resolves the plan's units and non-fossil sources; throws a `PlanError` naming the key
    /// for an unknown technology or kind, a unit without capacity, hours or fuel rate, or fuel
    /// shares above 100 %.
    public func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        let plan = try CompiledPower(inputs)
        // Every year depends only on that year's inputs, so the engine may run single years.
        return CompiledModel(layout: plan.layout, yearByYear: { table, output, offsets in
            for offset in offsets { plan.runYear(table, offset, &output) }
        })
    }
}
