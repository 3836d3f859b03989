public import ReductionCore

extension FixtureModel {
    /// Heat demand (no default: every plan states it), the heat-pump share, the two
    /// efficiencies, the gas factor and the shared grid factor.
    public var inputSpecs: [InputSpec] {
        [
            InputSpec(FixtureKey.heatDemand, unit: "GJ", name: LocalizedName("Heat delivered", "供热量")),
            InputSpec(FixtureKey.heatPumpShare, unit: "share", name: LocalizedName("Heat-pump share of heat", "热泵供热占比"),
                      kind: .share, default: 0.2, source: "assumption — test fixture, 0–100 %"),
            InputSpec(FixtureKey.coefficientOfPerformance, unit: "GJ/GJ",
                      name: LocalizedName("Heat-pump coefficient of performance", "热泵能效比"),
                      default: 3, source: "assumption — test fixture, 2–5 for air-source heat pumps"),
            InputSpec(FixtureKey.boilerEfficiency, unit: "share", name: LocalizedName("Gas-boiler efficiency", "燃气锅炉效率"),
                      kind: .share, default: 0.9, source: "assumption — test fixture, 0.8–0.95"),
            InputSpec(FixtureKey.gasFactor, unit: "tCO2/GJ", name: LocalizedName("Natural-gas CO2 factor", "天然气CO2排放因子"),
                      default: 0.0561, source: "IPCC 2006 Vol 2 Ch 2 Table 2.2, natural gas 56,100 kg CO2/TJ"),
            GridFactorTable.gridFactorSpec,
        ]
    }
}
