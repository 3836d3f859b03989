import ReductionTestSupport
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
        let bau = result.bau[year] ?? 0
        let pathway = result.pathway[year] ?? 0
        #expect(pathway < bau)
        #expect(result.measures.contains { $0.id == "food-waste-to-digestion" && $0.inPathway }
                || result.measures.contains { $0.id == "food-waste-to-composting" && $0.inPathway })
        // Either-or: only one of each pair is in the pathway.
        let inPathway = Set(result.measures.filter(\.inPathway).map(\.id))
        #expect(!(inPathway.contains("lfg-to-power") && inPathway.contains("lfg-collection-flaring")))
        #expect(!(inPathway.contains("wte-replaces-landfill") && inPathway.contains("zero-landfill-raw-waste")))
    }

    @Test func baseYearIncinerationWorkedByHand() throws {
        let (_, result) = try Self.result.get()
        let entry = try #require(result.inventory.entries.first { $0.source.id == "incineration.energy-recovery" })
        // G = 5,000,000 × 0.95 kg/day × 365 / 1000 = 1,733,750 t.
        // Separately collected: food 953,562.5 × 0.08 = 76,285; paper 208,050 × 0.15 = 31,207.5;
        // textiles 52,012.5 × 0.03 = 1,560.375; plastics 225,387.5 × 0.08 = 18,031;
        // glass 52,012.5 × 0.1 = 5,201.25; metal 17,337.5 × 0.5 = 8,668.75.
        // Residual = 1,733,750 − 140,953.875 = 1,592,796.125 t; × 55 % incinerated = 876,037.869 t.
        #expect(isClose(entry.activity, 876_037.86875))
        // Fossil C of the residual (t): paper 176,842.5 × 0.9 × 0.46 × 0.01 = 732.128;
        // textiles 50,452.125 × 0.8 × 0.5 × 0.2 = 4,036.17; plastics 207,356.5 × 1.0 × 0.75 × 1.0 = 155,517.375;
        // rubber 17,337.5 × 0.84 × 0.67 × 0.2 = 1,951.509; other 104,025 × 0.9 × 0.03 × 1.0 = 2,808.675
        // → 165,045.857 t C × 0.55 × 44/12 = 332,842.48 t CO2
        let fossilC = 176_842.5 * 0.9 * 0.46 * 0.01 + 50_452.125 * 0.8 * 0.5 * 0.2 + 207_356.5 * 0.75
            + 17_337.5 * 0.84 * 0.67 * 0.2 + 104_025 * 0.9 * 0.03
        #expect(isClose(entry.gases[.co2] ?? 0, fossilC * 0.55 * 44 / 12))
        // N2O = 876,037.869 t × 50 g/t = 43.80 t
        #expect(isClose(entry.gases[.n2o] ?? 0, 876_037.86875 * 50e-6))
    }

    @Test func uncertaintyDrawsStayFinite() throws {
        // 12 draws of the 128 ranged numbers (k, DOC, Table 4.1 factors, composition, measure
        // effects and costs): every summary is finite and ordered.
        let model = WasteSortingModel()
        let plan = try PlanLoader.loadExample(for: model)
        let engine = try UncertaintyEngine(plan: plan, model: model)
        #expect(engine.parameterCount > 100)
        let result = engine.run(draws: 12, seed: 7, threads: 1)
        let p = result.pathwayEmissions
        #expect(p.p5.isFinite && p.p95.isFinite && p.p5 <= p.p50 && p.p50 <= p.p95)
        for measure in result.measures { #expect(measure.abatement.p50.isFinite, "\(measure.id)") }
    }
}
