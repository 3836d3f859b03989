import ReductionTestSupport
import Foundation
import Testing
import ReductionCore
import ThermalPowerSector

/// Issue 12: power costs are per MW retrofitted, closed or built (model quantities
/// `capacity.<technology>`, `capacity.<kind>`, `capacity.storage`).
@Suite("Power per-unit costs")
struct PowerCostBasisTests {
    /// The 600 MW unit of ``Fixture/unit600`` with round coal factors (0.027 tC/GJ, oxidation 1:
    /// 0.099 tCO2/GJ), no CH4/N2O, 100 MW solar at 1,200 h without curtailment, coal at 30 CNY/GJ; `scale` multiplies every capacity and the demand.
    static func inputs(scale: Double = 1) -> String {
        """
          demand.electricity: \(2_850_000 * scale)
          unit.subcritical.u600.capacity: \(600 * scale)
          unit.subcritical.u600.hours: 5000
          unit.subcritical.u600.own-use: 0.05
          unit.subcritical.u600.fuel-rate: 310
          fuel.coal.carbon-content: 0.027
          fuel.coal.oxidation: 1
          fuel.coal.ch4: 0
          fuel.coal.n2o: 0
          renewable.solar.capacity: \(100 * scale)
          renewable.solar.hours: 1200
          renewable.curtailment: 0
        energyPrices:
          coal: 30
        """
    }

    static let retrofit = """
            - id: turbine-retrofit
              name: {en: "Turbine retrofit", zh-Hans: "通流改造"}
              changes:
                - scale: {key: "unit.subcritical.*.fuel-rate", by: -0.1}
              deployment: {start: 2025, max: 0.5}
              lifetime: 10
              basis: {per: capacity.subcritical, change: reached}
              capex: {value: 200000, unit: CNY/MW}
              opex: {value: 1000, unit: CNY/MW/yr}
        """

    static let solar = """
            - id: more-solar
              name: {en: "More solar", zh-Hans: "新增光伏"}
              changes:
                - scale: {key: renewable.solar.capacity, by: 1}
              deployment: {start: 2025}
              lifetime: 25
              basis: {per: capacity.solar + capacity.wind}
              capex: {value: 3000000, unit: CNY/MW}
              opex: {value: 45000, unit: CNY/MW/yr}
        """

    func measure(_ id: String, _ measures: String, scale: Double = 1) throws -> MeasureResult {
        try #require(try Fixture.evaluate(inputs: Self.inputs(scale: scale), measures: measures).measure(id))
    }

    @Test func perMWRetrofittedByHand() throws {
        let retrofit = try measure("turbine-retrofit", Self.retrofit)
        // Units reached: p(2025) = 0.5 of the 600 MW subcritical class = 300 MW.
        #expect(isClose((retrofit.costing?.unitsDeployed[2025] ?? .nan), 300))
        #expect(retrofit.costing?.unit == "MW")
        #expect(retrofit.measure.basis == .perUnit(quantity: "capacity.subcritical", change: .reached))
        // Coal: solar supplies 100 MW × 1,200 h = 120,000 MWh, so the unit makes 2,730,000 MWh:
        // 2,730,000 × 310 / 1000 × 29.3076 = 24,803,021.88 GJ; the rate falls by 0.1 × 0.5 = 5 %:
        // −1,240,151.094 GJ × 30 CNY/GJ = −37,204,532.82 CNY/yr.
        #expect(isClose((retrofit.energyCostChange[2025] ?? .nan), -37_204_532.82))
        // CRF(0, 10) = 0.1: (200,000 × 0.1 + 1,000) × 300 MW = 6,300,000; net −30,904,532.82 CNY/yr.
        #expect(isClose((retrofit.annualCost[2025] ?? .nan), -30_904_532.82))
        // CO2: 1,240,151.094 GJ × 0.027 × 44/12 = 122,774.958306 t (0.099 tCO2/GJ).
        #expect(isClose((retrofit.interactedAbatement[2025] ?? .nan), 122_774.958306))
        #expect(isClose(retrofit.costPerTonne, -30_904_532.82 / 122_774.958306))
        // Investment: 300 MW × 200,000 CNY/MW = 60 MCNY in 2025.
        #expect(isClose((retrofit.costing?.investment[2025] ?? .nan), 60_000_000))
    }

    @Test func perMWBuiltFollowsTheCity() throws {
        let solar = try measure("more-solar", Self.solar)
        // 100 MW more solar (the sum with capacity.wind, 0 MW here): 100 × (3,000,000 × CRF(0, 25) 0.04
        // + 45,000) = 16,500,000 CNY/yr; 120,000 MWh less coal: 120,000 × 310 / 1000 × 29.3076 =
        // 1,090,242.72 GJ × 30 = −32,707,281.6 CNY/yr → net −16,207,281.6.
        #expect(isClose((solar.costing?.unitsDeployed[2025] ?? .nan), 100))
        #expect(isClose((solar.annualCost[2025] ?? .nan), -16_207_281.6))
        // A city 2.5× larger builds 250 MW and gets the same cost per tonne.
        let larger = try measure("more-solar", Self.solar, scale: 2.5)
        #expect(isClose((larger.costing?.unitsDeployed[2025] ?? .nan), 250))
        #expect(isClose(larger.costPerTonne, solar.costPerTonne ?? .nan))
        #expect(isClose((larger.annualCost[2025] ?? .nan), (solar.annualCost[2025] ?? .nan) * 2.5))
    }

    @Test func capacityQuantitiesAreInTheLayout() throws {
        let plan = try Fixture.plan(inputs: Self.inputs())
        let compiled = try ThermalPowerModel().compile(plan.inputTable())
        let output = compiled(plan.inputTable())
        let layout = compiled.layout
        let subcritical = try #require(layout.quantityIndex("capacity.subcritical"))
        let usc = try #require(layout.quantityIndex("capacity.usc"))
        let solar = try #require(layout.quantityIndex("capacity.solar"))
        let storage = try #require(layout.quantityIndex("capacity.storage"))
        // 600 MW subcritical, no USC unit (0 MW, still listed), 100 MW solar, no storage.
        #expect(isClose(output.quantity(subcritical, offset: 0), 600))
        #expect(output.quantity(usc, offset: 0) == 0)
        #expect(isClose(output.quantity(solar, offset: 0), 100))
        #expect(output.quantity(storage, offset: 0) == 0)
        #expect(layout.quantities.allSatisfy { $0.unit == "MW" })
    }

    @Test func basisOfMixedUnitsIsRefused() throws {
        let measures = Self.solar.replacingOccurrences(of: "capacity.solar + capacity.wind", with: "capacity.solar + memo.heat.chp")
        #expect(throws: PlanError.self) { try Fixture.evaluate(inputs: Self.inputs(), measures: measures) }
    }
}
