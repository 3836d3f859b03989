import Testing
import ReductionCore
@testable import ThermalPowerSector

@Suite("Example plan")
struct ExampleSmokeTests {
    @Test func exampleRuns() throws {
        let model = ThermalPowerModel()
        let plan = try PlanLoader.loadExample(for: model)
        let result = try PlanEvaluator.evaluate(plan, model: model)
        print("inventory", result.inventory.total)
        for year in [2024, 2025, 2030, 2035] { print(year, result.bau[year], result.pathway[year]) }
        print("peak", result.bauPeak, result.pathwayPeak)
        for (i, memo) in result.layout.memos.enumerated() { print(memo.id, result.bauMemos[i][2024], result.bauMemos[i][2030], result.pathwayMemos[i][2030]) }
        for m in result.measures { print(m.id, m.inPathway, m.standaloneAbatement[2030], m.interactedAbatement[2030], m.costPerTonne ?? .nan, m.captured[2030]) }
        print(result.warnings)
        for p in Pollutant.allCases { print(p, result.bauPollutants[p]?[2024] ?? 0, result.pathwayPollutants[p]?[2030] ?? 0) }
        for t in result.targets { print(t.target.id, t.met, t.gap, t.leastCost?.measureIDs ?? []) }
    }
}
