import ReductionCore
import ReductionTestSupport

/// The shared toy model (`ReductionTestSupport.ToyModel`) with this target's richer data:
/// bilingual descriptions, Chinese sources, targets and references.
///
/// Energy demand D (GJ) is met by fuel and electricity (electric share s):
/// fuel CO2 = D(1 − s) × fuelFactor, NOx = D(1 − s) × fuelNOx; grid CO2 = D·s × gridFactor.
enum ToySector {
    /// The model with `plan` as its embedded example.
    static func model(plan: String = ToySector.plan) -> ToyModel {
        ToyModel(measuresYAML: measures, example: plan, factors: factors)
    }

    static let factors = """
    default: simple
    sets:
      simple:
        name: {en: Simple factors, zh-Hans: 简单因子}
        inputs:
          factor.fuel: {value: 1.0, unit: tCO2/GJ, source: "测试值 test value"}
          factor.grid: {value: 0.5, unit: tCO2/GJ, source: "测试值 test value"}
          factor.fuel-nox: {value: 0.001, unit: tNOx/GJ, source: "测试值"}
    """

    /// A cuts demand 20 %, B cuts the fuel factor 30 %, C electrifies and excludes nothing.
    static let measures = """
    measures:
      - id: a-demand
        name: {en: Demand cut, zh-Hans: 需求削减}
        description: {en: "Cut demand by a fifth", zh-Hans: "需求减少五分之一（说明）"}
        status: planned
        instrument: regulation
        changes: [{scale: {key: demand, by: {value: -0.2, low: -0.3, high: -0.1, source: "《测试指南》表3"}}}]
        deployment: {start: 2021}
        lifetime: {value: 10, source: "行业惯例"}
        capex: {value: 0, unit: CNY}
        opex: {value: 2000, unit: CNY}
        references: ["《城市交通节能指南》2021"]
      - id: b-factor
        name: {en: Cleaner fuel, zh-Hans: 清洁燃料}
        changes: [{scale: {key: factor.fuel, by: -0.3}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: {value: 6000, unit: CNY}
        references: ["《城市交通节能指南》2021", "IPCC 2006 Vol. 2"]
    """

    static let plan = """
    plan:
      sector: toy
      title: {en: Toy plan, zh-Hans: 玩具城市减排方案}
      jurisdiction: {name: {en: Test City, zh-Hans: 测试市}, code: "110000"}
      authority: {en: Test bureau, zh-Hans: 测试局}
      preparer: {en: Planning office, zh-Hans: 规划科}
      baseYear: 2020
      targetYear: 2025
      horizon: 2030
      gwp: AR5
      discountRates: {social: 0, private: 0}
    inputs:
      demand: 1000
    targets:
      - {id: cut-30, name: {en: 30 % below 2020, zh-Hans: 较2020年下降30%}, year: 2025, belowBaseYear: 0.30}
      - {id: cap-500, year: 2025, absoluteCap: 500}
    references: ["测试市统计年鉴 2021"]
    """
}
