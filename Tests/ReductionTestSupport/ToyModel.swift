public import ReductionCore

/// A two-source model small enough to compute by hand, shared by the core and XML tests.
///
/// Energy demand D (GJ) is met by fuel and electricity: electricity share s.
/// - fuel source:  CO2 = D × (1 − s) × fuelFactor;  CH4 = D × (1 − s) × fuelCH4;  NOx = D × (1 − s) × fuelNOx
/// - grid source:  CO2 = D × s × gridFactor
/// Energy use: fuel D(1 − s) GJ, electricity D·s GJ. Activity metric: D.
public struct ToyModel: SectorModel {
    public var measuresYAML: String
    public var example: String
    public var factors: String

    public init(measuresYAML: String = ToyModel.defaultMeasures, example: String = ToyModel.defaultExample,
                factors: String = ToyModel.factors) {
        self.measuresYAML = measuresYAML
        self.example = example
        self.factors = factors
    }

    public var info: SectorInfo {
        SectorInfo(id: "toy", name: LocalizedName("Toy sector", "玩具部门"),
                   activityName: LocalizedName("Energy demand", "能源需求"), activityUnit: "GJ")
    }

    public var inputSpecs: [InputSpec] {
        [
            InputSpec("demand", unit: "GJ", name: LocalizedName("Energy demand", "能源需求")),
            InputSpec("share.electric", unit: "share", name: LocalizedName("Electric share", "电力占比"),
                      kind: .share, default: 0),
            InputSpec("factor.fuel", unit: "tCO2/GJ", name: LocalizedName("Fuel CO2 factor", "燃料CO2因子")),
            InputSpec("factor.grid", unit: "tCO2/GJ", name: LocalizedName("Grid CO2 factor", "电网CO2因子")),
            InputSpec("factor.fuel-ch4", unit: "tCH4/GJ", name: LocalizedName("Fuel CH4 factor", "燃料CH4因子"), default: 0),
            InputSpec("factor.fuel-nox", unit: "tNOx/GJ", name: LocalizedName("Fuel NOx factor", "燃料NOx因子"), default: 0),
            InputSpec("extra.*.share", unit: "share", name: LocalizedName("Extra share", "附加占比"), kind: .share),
        ]
    }

    public var shareGroups: [ShareGroup] { [ShareGroup("extra.*.share")] }

    public var data: SectorData {
        SectorData(measures: Array(measuresYAML.utf8), factors: Array(factors.utf8), example: Array(example.utf8))
    }

    public func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        guard let demand = inputs.index(of: "demand"), let share = inputs.index(of: "share.electric"),
              let fuel = inputs.index(of: "factor.fuel"), let grid = inputs.index(of: "factor.grid"),
              let ch4 = inputs.index(of: "factor.fuel-ch4"), let nox = inputs.index(of: "factor.fuel-nox") else {
            throw PlanError(.missingKey, "toy inputs missing")
        }
        let layout = OutputLayout(
            sources: [
                EmissionSource(id: "fuel", name: LocalizedName("Fuel combustion", "燃料燃烧"),
                               categories: [CategoryCode(.ipcc2006, "1.A.1"), CategoryCode(.crt, "1.A.1")], activityUnit: "GJ"),
                EmissionSource(id: "grid", name: LocalizedName("Grid electricity", "电网电力"),
                               categories: [CategoryCode(.ipcc2006, "1.A.1"), CategoryCode(.crt, "1.A.1")], activityUnit: "GJ"),
            ],
            carriers: [EnergyCarrier(id: "fuel", name: LocalizedName("Fuel", "燃料")),
                       EnergyCarrier(id: "electricity", name: LocalizedName("Electricity", "电力"))])
        return CompiledModel(layout: layout, yearByYear: { table, out, offsets in
            for offset in offsets {
                let d = table[demand, offset: offset], s = table[share, offset: offset]
                let fuelUse = d * (1 - s), power = d * s
                out.addEmission(fuelUse * table[fuel, offset: offset], of: .co2, source: 0, offset: offset)
                out.addEmission(fuelUse * table[ch4, offset: offset], of: .ch4NonFossil, source: 0, offset: offset)
                out.addPollutant(fuelUse * table[nox, offset: offset], of: .nox, source: 0, offset: offset)
                out.addEmission(power * table[grid, offset: offset], of: .co2, source: 1, offset: offset)
                out.addSourceActivity(fuelUse, source: 0, offset: offset)
                out.addSourceActivity(power, source: 1, offset: offset)
                out.addEnergy(fuelUse, carrier: 0, offset: offset)
                out.addEnergy(power, carrier: 1, offset: offset)
                out.addActivity(d, offset: offset)
            }
        })
    }

    public static let factors = """
    default: simple
    sets:
      simple:
        name: {en: Simple factors, zh-Hans: 简单因子}
        inputs:
          factor.fuel: {value: 1.0, unit: tCO2/GJ, source: "test value"}
          factor.grid: {value: 0.5, unit: tCO2/GJ, source: "test value"}
      halved:
        name: {en: Halved factors, zh-Hans: 减半因子}
        inputs:
          factor.fuel: 0.5
          factor.grid: 0.25
    """

    /// Two cuts: A cuts demand 20 %, B cuts the fuel factor 30 %; C electrifies fully and excludes D.
    public static let defaultMeasures = """
    measures:
      - id: a-demand
        name: {en: Demand cut, zh-Hans: 需求削减}
        changes: [{scale: {key: demand, by: {value: -0.2, low: -0.3, high: -0.1, source: test}}}]
        deployment: {start: 2021}
        lifetime: 10
        capex: {value: 0, unit: CNY}
        opex: {value: 2000, unit: CNY}
      - id: b-factor
        name: {en: Cleaner fuel, zh-Hans: 清洁燃料}
        changes: [{scale: {key: factor.fuel, by: -0.3}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: {value: 6000, unit: CNY}
    """

    /// One catalogue entry for tests: deployed fully from 2021, lifetime 10, the given change and opex.
    public static func measure(_ id: String, change: String, opex: String, extra: String = "") -> String {
        "  - id: \(id)\n    name: {en: \(id), zh-Hans: \(id)}\n    changes: [\(change)]\n"
            + "    deployment: {start: 2021}\n    lifetime: 10\n    opex: \(opex)\n" + extra
    }

    /// Either-or alternatives on the grid factor: x cuts it 20 % at no cost, y cuts it 40 % for
    /// 20,000 CNY a year and excludes x.
    public static let alternativeMeasures = "measures:\n"
        + measure("x", change: "{scale: {key: factor.grid, by: -0.2}}", opex: "0")
        + measure("y", change: "{scale: {key: factor.grid, by: -0.4}}", opex: "20000", extra: "    excludes: [x]\n")

    public static let defaultExample = """
    plan:
      sector: toy
      title: {en: Toy plan, zh-Hans: 玩具规划}
      jurisdiction: {name: {en: Test City, zh-Hans: 测试市}, code: "110000"}
      authority: {en: Test bureau, zh-Hans: 测试局}
      baseYear: 2020
      targetYear: 2025
      horizon: 2030
      gwp: AR5
      discountRates: {social: 0, private: 0}
    inputs:
      demand: 1000
    """
}

extension ToyModel {
    /// A measures file with one measure, `electrify`: half the demand moves to grid electricity
    /// from 2021, 10-year life, capex 100 and opex 2 per unit of `basis` (the cost tests' case).
    public static func electrifyMeasures(basis: String) -> String {
        """
        measures:
          - id: electrify
            name: {en: Electrify, zh-Hans: 电气化}
            changes: [{add: {key: share.electric, amount: 0.5}}]
            deployment: {start: 2021}
            lifetime: 10
            basis: \(basis)
            capex: {value: 100, unit: CNY/(GJ/yr)}
            opex: {value: 2, unit: CNY/(GJ/yr)/yr}
        """
    }
}
