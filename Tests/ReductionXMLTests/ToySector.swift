import ReductionCore

/// A two-source sector small enough to compute by hand (after the core's own test model).
///
/// Energy demand D (GJ) is met by fuel and electricity (electric share s):
/// fuel CO2 = D(1 − s) × fuelFactor, NOx = D(1 − s) × fuelNOx; grid CO2 = D·s × gridFactor.
struct ToySector: SectorModel {
    var plan: String = ToySector.plan

    var info: SectorInfo {
        SectorInfo(id: "toy", name: LocalizedName("Toy sector", "玩具部门"),
                   activityName: LocalizedName("Energy demand", "能源需求"), activityUnit: "GJ")
    }

    var inputSpecs: [InputSpec] {
        [
            InputSpec("demand", unit: "GJ", name: LocalizedName("Energy demand", "能源需求")),
            InputSpec("share.electric", unit: "share", name: LocalizedName("Electric share", "电力占比"),
                      kind: .share, default: 0),
            InputSpec("factor.fuel", unit: "tCO2/GJ", name: LocalizedName("Fuel CO2 factor", "燃料CO2因子")),
            InputSpec("factor.grid", unit: "tCO2/GJ", name: LocalizedName("Grid CO2 factor", "电网CO2因子")),
            InputSpec("factor.fuel-nox", unit: "tNOx/GJ", name: LocalizedName("Fuel NOx factor", "燃料NOx因子"), default: 0),
        ]
    }

    var data: SectorData {
        SectorData(measures: Array(Self.measures.utf8), factors: Array(Self.factors.utf8), example: Array(plan.utf8))
    }

    func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        guard let demand = inputs.index(of: "demand"), let share = inputs.index(of: "share.electric"),
              let fuel = inputs.index(of: "factor.fuel"), let grid = inputs.index(of: "factor.grid"),
              let nox = inputs.index(of: "factor.fuel-nox") else {
            throw PlanError(.missingKey, "toy inputs missing")
        }
        let layout = OutputLayout(
            sources: [
                EmissionSource(id: "fuel", name: LocalizedName("Fuel combustion", "燃料燃烧"),
                               categories: [CategoryCode(.ipcc2006, "1.A.1"), CategoryCode(.crt, "1.A.1")],
                               activityUnit: "GJ"),
                EmissionSource(id: "grid", name: LocalizedName("Grid electricity", "电网电力"),
                               categories: [CategoryCode(.ipcc2006, "1.A.1")], activityUnit: "GJ"),
            ],
            carriers: [EnergyCarrier(id: "fuel", name: LocalizedName("Fuel", "燃料")),
                       EnergyCarrier(id: "electricity", name: LocalizedName("Electricity", "电力"))])
        return CompiledModel(layout: layout) { table, out in
            for offset in 0..<table.years.count {
                let d = table[demand, offset: offset], s = table[share, offset: offset]
                let fuelUse = d * (1 - s), power = d * s
                out.addEmission(fuelUse * table[fuel, offset: offset], of: .co2, source: 0, offset: offset)
                out.addPollutant(fuelUse * table[nox, offset: offset], of: .nox, source: 0, offset: offset)
                out.addEmission(power * table[grid, offset: offset], of: .co2, source: 1, offset: offset)
                out.addSourceActivity(fuelUse, source: 0, offset: offset)
                out.addSourceActivity(power, source: 1, offset: offset)
                out.addEnergy(fuelUse, carrier: 0, offset: offset)
                out.addEnergy(power, carrier: 1, offset: offset)
                out.addActivity(d, offset: offset)
            }
        }
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
