import Testing
import ReductionCore
@testable import TextileSector

@Test func scratchPrintExample() throws {
    let model = TextileModel()
    let plan = try PlanLoader.loadExample(for: model)
    let result = try PlanEvaluator.evaluate(plan, model: model)
    for e in result.inventory.entries { print(e.source.id, e.activity, e.co2e, e.pollutants) }
    print("total", result.inventory.total)
    for (i, c) in result.layout.carriers.enumerated() { print(c.id, result.bauEnergy[i][2023], result.bauEnergy[i][2030]) }
    for (i, m) in result.layout.memos.enumerated() { print(m.id, result.bauMemos[i][2023]) }
    print("bau", result.bau.values)
    print("activity", result.bauActivity[2023], result.bauActivity[2030])
}
