import ReductionCore
import ReductionTestSupport
import Testing
@testable import ReductionXML

@Suite("Decisions section (schema 1.2)")
struct DecisionsReportTests {
    /// Toy plan: C excludes D (C 100 t for 1,000/a, D 300 t for 61,000/a), plus the default two cuts.
    static func result() throws -> PlanResult {
        let measures = ToyModel.defaultMeasures + """

          - id: c-small
            name: {en: Small, zh-Hans: 小}
            changes: [{scale: {key: factor.grid, by: -0.1}}, {blend: {key: share.electric, target: 0.2}}]
            deployment: {start: 2021}
            lifetime: 10
            opex: 1000
            excludes: [d-large]
          - id: d-large
            name: {en: Large, zh-Hans: 大}
            changes: [{blend: {key: share.electric, target: 0.6}}]
            deployment: {start: 2021}
            lifetime: 10
            opex: 61000
        """
        let model = ToyModel(measuresYAML: measures, example: ToyModel.defaultExample + "\ndecisions:\n  history: {2019: 1100}\n")
        return try PlanEvaluator(plan: try PlanLoader.loadExample(for: model), model: model).evaluate(attribution: true)
    }

    @Test func decisionsRoundTripAndCarryTheRuleAndPrice() throws {
        let result = try Self.result()
        let report = PlanResultReportTests.report(result)
        let decisions = try #require(report.decisions)
        #expect(report.schemaVersion == "1.2")
        #expect(decisions.referencePrice == ReportQuantity(100, "CNY/tCO2e"))
        #expect(decisions.alternatives.count == 1)
        // Default MACC years 2020, 2025, 2030; the target year's equals the main MACC.
        #expect(decisions.maccs.map(\.year) == [2020, 2025, 2030] && decisions.maccs[1] == report.macc)
        let attribution = try #require(decisions.attribution)
        #expect(attribution.shapleySamples == 0 && attribution.measures.count == result.order.count)
        // The history year 2019 (1,100 t) is above every projected year: the BAU peak is 2019, not the
        // base year — and, being the first year given, still flagged as the series start.
        #expect(result.bauPeak.year == 2019 && decisions.peaks[0].seriesStart == 2019 && decisions.peaks[0].atSeriesStart)
        let bytes = try ReportWriter.bytes(report)  // validated against the 1.2 schema before returning
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<alternatives rule=\"incremental\">") && text.contains("method=\"greedyInteractedCost\""))
        let read = try ReportReader.read(bytes)
        #expect(read == report)
        #expect(try ReportWriter.bytes(read) == bytes)
    }
}
