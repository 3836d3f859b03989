@testable import FixtureSector
import ReductionCore
import ReductionTestSupport
import Testing

/// The fixture sector's example by hand (base year 2024, defaults s = 0.2, η = 0.9, COP = 3).
@Suite("Fixture sector")
struct FixtureModelTests {
    @Test("base-year inventory: gas boilers 498,666.667 t (direct) + heat-pump power 98,259.259 t (indirect)")
    func baseYearByHand() throws {
        let model = FixtureModel()
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        // gas = 10,000,000 GJ × (1 − 0.2) / 0.9 = 8,888,888.889 GJ; × 0.0561 t/GJ = 498,666.6667 t
        // electricity = 10,000,000 × 0.2 / 3 / 3.6 = 185,185.1852 MWh; × 0.5306 t/MWh = 98,259.2593 t
        #expect(isClose((result.bauBoundaries.direct[2024] ?? .nan), 498_666.666_666_667))
        #expect(isClose((result.bauBoundaries.indirect[2024] ?? .nan), 98_259.259_259_259))
        #expect(isClose(result.inventory.total, 596_925.925_925_926))
    }

    @Test("the plan must state its heat demand")
    func heatDemandIsRequired() throws {
        let text = String(decoding: FixtureModel().data.example, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("  heat.demand:") }.joined(separator: "\n")
        #expect {
            let model = FixtureModel()
            _ = try PlanEvaluator.evaluate(try PlanLoader.load(text: text, file: "plan.yaml", model: model), model: model)
        } throws: { error in
            "\(error)".contains("heat.demand")
        }
    }
}
