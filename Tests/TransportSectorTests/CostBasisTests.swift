import ReductionTestSupport
import Testing
import ReductionCore
import TransportSector

/// Issue 12: transport costs are per vehicle put in service (vehicle-km ÷ annual km).
@Suite("Transport per-vehicle costs")
struct CostBasisTests {
    static func plan(passengerKm: Double) -> String {
        """
        plan:
          sector: transport
          title: {en: "Test", zh-Hans: "测试"}
          jurisdiction: {name: {en: "Test City", zh-Hans: "测试市"}, code: "990100"}
          authority: {en: "Test Bureau", zh-Hans: "测试局"}
          baseYear: 2024
          targetYear: 2025
          horizon: 2025
          gwp: AR5
          factorSet: ipcc-2006
          discountRates: {social: 0, private: 0}
        inputs:
          passenger.activity: \(passengerKm)
          passenger.mode.bus.share: 1
          mode.bus.load: 12
          mode.bus.annual-km: 50000
          mode.bus.tech.diesel.share: 1
          mode.bus.tech.diesel.intensity: 30
          mode.bus.tech.electric.intensity: 130
          fuel.diesel.density: 0.84
          fuel.diesel.ncv: 43
          fuel.diesel.carbon-content: 0.02
          fuel.diesel.oxidation: 1
          combustion.road.diesel.ch4: 0
          combustion.road.diesel.n2o: 0
          electricity.grid-factor: 0.5
        energyPrices:
          diesel: 200
          electricity: 150
        measures:
          use: []
          custom:
            - id: e-bus
              name: {en: "Electric buses", zh-Hans: "电动公交"}
              changes:
                - shift: {from: mode.bus.tech.diesel.share, to: mode.bus.tech.electric.share, fraction: 0.5}
              deployment: {start: 2025}
              lifetime: 8
              basis: {per: vehicles.bus.electric}
              capex: {value: 450000, unit: CNY/vehicle}
              opex: {value: -24000, unit: CNY/vehicle/yr}
        """
    }

    func evaluate(passengerKm: Double) throws -> MeasureResult {
        let plan = try PlanLoader.load(text: Self.plan(passengerKm: passengerKm), file: "test.yaml", model: TransportModel())
        return try #require(try PlanEvaluator.evaluate(plan, model: TransportModel()).measure("e-bus"))
    }

    @Test func perVehicleCostByHand() throws {
        let bus = try evaluate(passengerKm: 120_000_000)
        // 120 M pkm / 12 = 10 M bus-km; half moves to electric: 5 M km / 50,000 km = 100 e-buses.
        #expect(isClose((bus.costing?.unitsDeployed[2025] ?? .nan), 100))
        #expect(bus.costing?.unit == "vehicle")
        // Energy: diesel −5 M km × 30 L/100 km = −1.5 M L = −1,260 t × 43 GJ/t = −54,180 GJ × 200;
        // electricity +5 M km × 130 kWh/100 km = 6.5 GWh = 23,400 GJ × 150 → −10,836,000 + 3,510,000 = −7,326,000.
        #expect(isClose((bus.energyCostChange[2025] ?? .nan), -7_326_000))
        // CRF(0, 8) = 0.125: (450,000 × 0.125 − 24,000) × 100 = 3,225,000; net −4,101,000 CNY/yr.
        #expect(isClose((bus.annualCost[2025] ?? .nan), -4_101_000))
        // Abatement: 54,180 GJ × 0.02 × 44/12 = 3,973.2 t − 6,500 MWh × 0.5 = 3,250 t → 723.2 t; −5,670.63 CNY/t.
        #expect(isClose((bus.interactedAbatement[2025] ?? .nan), 723.2))
        #expect(isClose(bus.costPerTonne, -4_101_000 / 723.2))
        // Investment: 100 buses × 450,000 in 2025.
        #expect(isClose((bus.costing?.investment[2025] ?? .nan), 45_000_000))
    }

    @Test func halfTheCityHalfTheBuses() throws {
        let full = try evaluate(passengerKm: 120_000_000), half = try evaluate(passengerKm: 60_000_000)
        #expect(isClose((half.costing?.unitsDeployed[2025] ?? .nan), 50))
        #expect(isClose((half.annualCost[2025] ?? .nan), -2_050_500))
        #expect(isClose(half.costPerTonne, full.costPerTonne ?? .nan))
    }

    @Test func vehiclesInServiceAreAModelQuantity() throws {
        let plan = try PlanLoader.load(text: Self.plan(passengerKm: 120_000_000), file: "test.yaml", model: TransportModel())
        let compiled = try TransportModel().compile(plan.inputTable())
        let output = compiled(plan.inputTable())
        let layout = compiled.layout
        // 10 M bus-km / 50,000 km = 200 buses, all diesel; activity 120 M pkm.
        let bus = try #require(layout.quantityIndex("vehicles.bus"))
        let diesel = try #require(layout.quantityIndex("vehicles.bus.diesel"))
        let activity = try #require(layout.quantityIndex("activity.bus"))
        #expect(isClose(output.quantity(bus, offset: 0), 200) && isClose(output.quantity(diesel, offset: 0), 200))
        #expect(isClose(output.quantity(activity, offset: 0), 120_000_000))
        #expect(layout.quantities[bus].unit == "vehicle" && layout.quantities[activity].unit == "pkm/yr")
    }
}
