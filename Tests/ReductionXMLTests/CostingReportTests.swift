import Testing
import ReductionCore
import ReductionTestSupport
import ReductionXML

@Suite("Schema 1.2 costing section")
struct CostingReportTests {
    @Test func costingSectionCarriesBasisUnitsAndInvestmentAndReadsBack() throws {
        let measures = """
        measures:
          - id: electrify
            name: {en: Electrify, zh-Hans: 电气化}
            changes: [{add: {key: share.electric, amount: 0.5}}]
            deployment: {start: 2021}
            lifetime: 10
            basis: {per: source.grid}
            capex: {value: 100, unit: CNY/(GJ/yr)}
            opex: {value: 2, unit: CNY/(GJ/yr)/yr}
        """
        let model = ToyModel(measuresYAML: measures)
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        let report = PlanReport(result: result, generator: PlanReport.Generator(name: "toy-plan", version: "0.1.0"),
                                created: ReportTimestamp(secondsSinceEpoch: 1_767_225_600))
        let costing = try #require(report.costing)
        #expect(report.schemaVersion == "1.2")
        // Demand 1,000 GJ, half electrified from 2021: 500 GJ/yr of grid supply × 100 CNY = 50,000 CNY in 2021.
        #expect(costing.measures.map(\.measureID) == ["electrify"])
        #expect(costing.measures[0].basis == "per source.grid" && costing.measures[0].unit == "GJ/yr")
        #expect(costing.measures[0].unitsDeployed.value(in: 2025) == 500)
        #expect(costing.measures[0].investment.value(in: 2021) == 50_000)
        #expect(costing.cumulativeInvestment == ReportQuantity(50_000, "CNY") && costing.year == 2025)
        let bytes = try ReportWriter.bytes(report)
        #expect(try ReportReader.read(bytes) == report)
    }
}
