import ReductionCore
import ThermalPowerSector

/// Small plans for hand-checked tests: a header, the given inputs, no catalogue measures.
enum Fixture {
    static let model = ThermalPowerModel()

    /// A plan with base year 2024, target 2025, horizon 2026, AR5, discount rates 0.
    // The hand calculations in these tests use the MEE unmeasured-month coal default 0.03085 tC/GJ,
    // which issue 17 moved from the default set to `china-compliance-fallback`.
    static func text(inputs: String, measures: String = "", factorSet: String = "china-compliance-fallback") -> String {
        """
        plan:
          sector: power
          title: {en: Test plan, zh-Hans: 测试方案}
          jurisdiction: {name: {en: Test City, zh-Hans: 测试市}, code: "110000"}
          authority: {en: Test bureau, zh-Hans: 测试局}
          baseYear: 2024
          targetYear: 2025
          horizon: 2026
          gwp: AR5
          factorSet: \(factorSet)
          discountRates: {social: 0, private: 0}
        inputs:
        \(inputs)
        measures:
          use: []
        \(measures.isEmpty ? "" : "  custom:\n" + measures)
        """
    }

    static func plan(inputs: String, measures: String = "", factorSet: String = "china-compliance-fallback") throws -> Plan {
        try PlanLoader.load(text: text(inputs: inputs, measures: measures, factorSet: factorSet), file: "test.yaml", model: model)
    }

    static func evaluate(inputs: String, measures: String = "", factorSet: String = "china-compliance-fallback") throws -> PlanResult {
        try PlanEvaluator.evaluate(try plan(inputs: inputs, measures: measures, factorSet: factorSet), model: model)
    }

    /// One 600 MW coal unit: 5,000 h, own use 5 %, 310 gce/kWh; demand equals its net output.
    static let unit600 = """
          demand.electricity: 2850000
          unit.subcritical.u600.capacity: 600
          unit.subcritical.u600.hours: 5000
          unit.subcritical.u600.own-use: 0.05
          unit.subcritical.u600.fuel-rate: 310
        """

    /// One 100 MW coal CHP unit (5,000 h, no own use, 300 gce/kWh; 10⁶ GJ heat at 39 kgce/GJ),
    /// 10⁶ MWh demand with 5 × 10⁵ MWh imported at 0.5 tCO2/MWh, and `heatDemand` GJ of heat.
    static func chp100(heatDemand: Double) -> String {
        """
          demand.electricity: 1000000
          supply.import: 500000
          electricity.grid-factor: 0.5
          unit.coal-chp.c.capacity: 100
          unit.coal-chp.c.hours: 5000
          unit.coal-chp.c.own-use: 0
          unit.coal-chp.c.fuel-rate: 300
          unit.coal-chp.c.heat: 1000000
          unit.coal-chp.c.heat-rate: 39
          heat.demand: \(heatDemand)
        """
    }

    /// CH4 and N2O factors set to zero, to check CO2 alone.
    static let noNonCO2 = """
          fuel.coal.ch4: 0
          fuel.coal.n2o: 0
        """

    /// Memo value by id in the base-year output.
    static func memo(_ result: PlanResult, _ id: String, year: Int, pathway: Bool = false) -> Double? {
        guard let index = result.layout.memoIndex(id) else { return nil }
        return (pathway ? result.pathwayMemos : result.bauMemos)[index][year]
    }
}

