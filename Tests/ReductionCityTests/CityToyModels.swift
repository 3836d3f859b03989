import ReductionCity
import ReductionCore

/// A transport sector small enough to compute by hand.
///
/// - fuel source (direct): CO2 = fuelCO2 × (1 − evShare)
/// - grid source (indirect): CO2 = (evShare × evDemand + extraDemand) × grid factor
/// - memos: electricity demanded = evShare × evDemand + extraDemand; supplied = `electricity.supply`.
/// - air pollutants: NOx = 0.002 t per t of fuel CO2 (a co-benefit to sum by hand).
struct ToyTransport: SectorModel {
    var id = "transport"
    var example: String

    var info: SectorInfo {
        SectorInfo(id: id, name: LocalizedName("Toy transport", "玩具交通"), activityName: LocalizedName("Cars", "车辆"),
                   activityUnit: "car")
    }

    var inputSpecs: [InputSpec] {
        [
            InputSpec("cars.fuel-co2", unit: "tCO2", name: LocalizedName("CO2 if all cars burn fuel", "全燃油CO2")),
            InputSpec("cars.ev-share", unit: "share", name: LocalizedName("EV share", "电动车比例"), kind: .share, default: 0),
            InputSpec("cars.ev-demand", unit: "MWh", name: LocalizedName("Electricity if all cars are EVs", "全电动用电量")),
            InputSpec("electricity.extra-demand", unit: "MWh", name: LocalizedName("Other electricity demand", "其他用电"), default: 0),
            InputSpec("electricity.supply", unit: "MWh", name: LocalizedName("Electricity supplied", "供电量"), default: 0),
            InputSpec(Coupling.gridFactor, unit: "tCO2/MWh", name: LocalizedName("Grid factor", "电网因子")),
        ]
    }

    var data: SectorData {
        SectorData(measures: Array(Self.measures.utf8), factors: Array(Self.factors.utf8), example: Array(example.utf8))
    }

    func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        guard let fuel = inputs.index(of: "cars.fuel-co2"), let share = inputs.index(of: "cars.ev-share"),
              let ev = inputs.index(of: "cars.ev-demand"), let extra = inputs.index(of: "electricity.extra-demand"),
              let supply = inputs.index(of: "electricity.supply"), let grid = inputs.index(of: Coupling.gridFactor) else {
            throw PlanError(.missingKey, "toy transport inputs missing")
        }
        let layout = OutputLayout(
            sources: [
                EmissionSource(id: "fuel", name: LocalizedName("Fuel", "燃油"), categories: [CategoryCode(.ipcc2006, "1.A.3.b")],
                               activityUnit: "t"),
                EmissionSource(id: "grid", name: LocalizedName("Grid electricity", "电网电力"),
                               categories: [CategoryCode(.ipcc2006, "1.A.3.b")], activityUnit: "MWh", scope: .indirect),
            ],
            memos: Coupling.memos)
        return CompiledModel(layout: layout, yearByYear: { table, out, offsets in
            for t in offsets {
                let s = table[share, offset: t], g = table[grid, offset: t]
                let demand = s * table[ev, offset: t] + table[extra, offset: t]
                out.addEmission(table[fuel, offset: t] * (1 - s), of: .co2, source: 0, offset: t)
                out.addPollutant(table[fuel, offset: t] * (1 - s) * 0.002, of: .nox, source: 0, offset: t)
                out.addEmission(demand * g, of: .co2, source: 1, offset: t)
                out.addActivity(1, offset: t)
                out.addCoupling(Coupling.Flows(electricityDemand: demand, electricitySupply: table[supply, offset: t],
                                               gridFactor: g), first: 0, offset: t)
            }
        })
    }

    static let factors = """
    default: simple
    sets:
      simple:
        name: {en: Simple, zh-Hans: 简单}
        inputs: {}
    """

    /// EV: half the cars electric from 2021, 20,000 CNY a year.
    static let measures = """
    measures:
      - id: ev
        name: {en: Electric cars, zh-Hans: 电动汽车}
        changes: [{blend: {key: cars.ev-share, target: 0.5}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: 20000
    """

    static func plan(id: String = "transport", fuelCO2: Double = 1000, evDemand: Double = 2000, grid: Double = 0.3,
                     extra: Double = 0, supply: Double = 0) -> String {
        """
        plan:
          sector: \(id)
          title: {en: Toy transport, zh-Hans: 玩具交通}
          jurisdiction: {name: {en: Test City, zh-Hans: 测试市}, code: "110000"}
          authority: {en: Test bureau, zh-Hans: 测试局}
          baseYear: 2020
          targetYear: 2025
          horizon: 2030
          gwp: AR5
          discountRates: {social: 0, private: 0}
        inputs:
          cars.fuel-co2: \(fuelCO2)
          cars.ev-demand: \(evDemand)
          electricity.grid-factor: \(grid)
          electricity.extra-demand: \(extra)
          electricity.supply: \(supply)
        """
    }
}

/// A power system small enough to compute by hand: one coal unit that runs first up to its
/// output limit, grid imports for the rest.
///
/// coal = min(demand, limit); imports = demand − coal.
/// - coal source (direct): coal × coal factor;  imports source (indirect): imports × import factor.
/// - memos: supplied = demand; co2.electricity = coal CO2; co2.imports = import CO2.
/// - air pollutants: SO2 = 0.0005 t per MWh of coal output.
struct ToyPower: SectorModel {
    var example: String

    var info: SectorInfo {
        SectorInfo(id: "power", name: LocalizedName("Toy power", "玩具电力"), activityName: LocalizedName("Supply", "供电"),
                   activityUnit: "MWh")
    }

    var inputSpecs: [InputSpec] {
        [
            InputSpec("demand.electricity", unit: "MWh", name: LocalizedName("Demand", "需求")),
            InputSpec("coal.limit", unit: "MWh", name: LocalizedName("Coal unit output limit", "煤电上限")),
            InputSpec("coal.factor", unit: "tCO2/MWh", name: LocalizedName("Coal factor", "煤电因子")),
            InputSpec(Coupling.gridFactor, unit: "tCO2/MWh", name: LocalizedName("Import factor", "外购因子")),
        ]
    }

    var data: SectorData {
        SectorData(measures: Array(Self.measures.utf8), factors: Array(ToyTransport.factors.utf8), example: Array(example.utf8))
    }

    func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        guard let demand = inputs.index(of: "demand.electricity"), let limit = inputs.index(of: "coal.limit"),
              let factor = inputs.index(of: "coal.factor"), let imported = inputs.index(of: Coupling.gridFactor) else {
            throw PlanError(.missingKey, "toy power inputs missing")
        }
        let layout = OutputLayout(
            sources: [
                EmissionSource(id: "coal", name: LocalizedName("Coal unit", "煤电机组"), categories: [CategoryCode(.ipcc2006, "1.A.1.a")],
                               activityUnit: "MWh"),
                EmissionSource(id: "imports", name: LocalizedName("Imports", "外购电"), categories: [CategoryCode(.ipcc2006, "1.A.1.a")],
                               activityUnit: "MWh", scope: .indirect),
            ],
            memos: Coupling.memos + [MemoItem(id: "co2.electricity", name: LocalizedName("Coal CO2", "煤电CO2"), unit: "tCO2"),
                                     MemoItem(id: "co2.imports", name: LocalizedName("Import CO2", "外购CO2"), unit: "tCO2")])
        return CompiledModel(layout: layout, yearByYear: { table, out, offsets in
            for t in offsets {
                let d = max(table[demand, offset: t], 0)
                let coal = min(d, table[limit, offset: t]), imports = d - coal
                let coalCO2 = coal * table[factor, offset: t], importCO2 = imports * table[imported, offset: t]
                out.addEmission(coalCO2, of: .co2, source: 0, offset: t)
                out.addPollutant(coal * 0.0005, of: .so2, source: 0, offset: t)
                out.addEmission(importCO2, of: .co2, source: 1, offset: t)
                out.addActivity(d, offset: t)
                out.addCoupling(Coupling.Flows(electricityDemand: imports, electricitySupply: d,
                                               gridFactor: table[imported, offset: t]), first: 0, offset: t)
                out.addMemo(coalCO2, memo: Coupling.memos.count, offset: t)
                out.addMemo(importCO2, memo: Coupling.memos.count + 1, offset: t)
            }
        })
    }

    /// Coal unit efficiency: the coal factor 10 % lower from 2021, 30,000 CNY a year.
    static let measures = """
    measures:
      - id: coal-efficiency
        name: {en: Coal unit upgrade, zh-Hans: 煤电机组改造}
        changes: [{scale: {key: coal.factor, by: -0.1}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: 30000
    """

    static func plan(demand: Double = 9000, limit: Double = 6000, coal: Double = 1.0, imports: Double = 0.6) -> String {
        """
        plan:
          sector: power
          title: {en: Toy power, zh-Hans: 玩具电力}
          jurisdiction: {name: {en: Test City, zh-Hans: 测试市}, code: "110000"}
          authority: {en: Test bureau, zh-Hans: 测试局}
          baseYear: 2020
          targetYear: 2025
          horizon: 2030
          gwp: AR5
          discountRates: {social: 0, private: 0}
        inputs:
          demand.electricity: \(demand)
          coal.limit: \(limit)
          coal.factor: \(coal)
          electricity.grid-factor: \(imports)
        """
    }
}

/// Loads and evaluates a toy sector.
func citySector(_ model: some SectorModel) throws -> CitySector {
    try CitySector(plan: try PlanLoader.loadExample(for: model), model: model)
}

