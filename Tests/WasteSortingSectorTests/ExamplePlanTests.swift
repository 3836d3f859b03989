import Testing
import ReductionCore
@testable import WasteSortingSector

/// The embedded example city plan loads, runs and behaves plausibly.
struct ExamplePlanTests {
    static let result = Result { () throws -> (Plan, PlanResult) in
        let model = WasteSortingModel()
        let plan = try PlanLoader.loadExample(for: model)
        return (plan, try PlanEvaluator.evaluate(plan, model: model))
    }

    @Test func exampleRuns() throws {
        let (plan, result) = try Self.result.get()
        #expect(plan.header.sector == "waste")
        #expect(plan.modelYears.lowerBound == 1995)
        #expect(plan.measures.count >= 18)
        #expect(result.inventory.total > 0)
    }

    @Test func magnitudesArePlausible() throws {
        let (_, result) = try Self.result.get()
        // ≈1.73 Mt of MSW in 2023; a city of 5 million with 55 % incineration and 40 % landfill
        // emits somewhere around 0.5–2 MtCO2e from waste (order-of-magnitude check).
        let total = result.inventory.total
        #expect(total > 300_000 && total < 2_500_000, "base-year inventory \(total) tCO2e")
        let landfill = result.inventory.entries.first { $0.source.id == "landfill.managed" }
        #expect((landfill?.co2e ?? 0) > 0)
    }

    @Test func measuresCutEmissionsInTheTargetYear() throws {
        let (plan, result) = try Self.result.get()
        let year = plan.header.targetYear
        let bau = result.bau[year]
        let pathway = result.pathway[year]
        #expect(pathway < bau)
        #expect(result.measures.contains { $0.id == "food-waste-to-digestion" && $0.inPathway }
                || result.measures.contains { $0.id == "food-waste-to-composting" && $0.inPathway })
        // Either-or: only one of each pair is in the pathway.
        let inPathway = Set(result.measures.filter(\.inPathway).map(\.id))
        #expect(!(inPathway.contains("lfg-to-power") && inPathway.contains("lfg-collection-flaring")))
        #expect(!(inPathway.contains("wte-replaces-landfill") && inPathway.contains("zero-landfill-raw-waste")))
    }
}
