import Testing
import PlanCLI
import ReductionPlanKit
import ReductionCore
import ThermalPowerSector

@Suite("power-plan through the shared command kit")
struct CommandKitTests {
    @Test func chineseSummaryNamesUnitsAndMeasures() throws {
        let model = ThermalPowerModel()
        let run = try PlanRun.evaluate(try PlanRun.load(path: nil, bytes: nil, model: model), model: model)
        let text = Summary(result: run.result, language: .simplifiedChinese).render()
        #expect(text.contains("超超临界燃煤机组：binhai-1"))
        #expect(text.contains("汽轮机通流改造"))
        #expect(text.contains("1.A.1.a.iii"))
        let english = Summary(result: run.result, language: .english).render()
        #expect(english.contains("Ultra-supercritical coal units: binhai-1"))
    }
}
