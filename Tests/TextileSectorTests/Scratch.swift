import Testing
import ReductionCore
@testable import TextileSector

@Test func scratchPrintExample() throws {
    let model = TextileModel()
    let plan = try PlanLoader.loadExample(for: model)
    let result = try PlanEvaluator.evaluate(plan, model: model)
    for e in result.inventory.entries { print(e.source.id, e.activity, e.co2e, e.pollutants) }
    print("total", result.inventory.total)
    print("bau", result.bau.values.map { Int($0) })
    print("path", result.pathway.values.map { Int($0) })
    print("peak", result.bauPeak, result.pathwayPeak)
    for m in result.measures {
        print(m.id, "sa", Int(m.standaloneAbatement[2030]), "ia", Int(m.interactedAbatement[2030]), "cost", m.costPerTonne.map { Int($0) } ?? -99999, "sacost", m.standaloneCostPerTonne.map { Int($0) } ?? -9999, "energy", Int(m.energyCostChange[2030]), "pay", m.simplePayback ?? -1, m.inPathway, m.excludedBy ?? "")
    }
    print(result.order)
    for t in result.targets { print(t.target.id, t.met, Int(t.allowedEmissions), Int(t.pathwayEmissions), t.leastCost?.measureIDs ?? []) }
    print(result.warnings)
}
