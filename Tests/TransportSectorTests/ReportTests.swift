import ReductionCore
import ReductionXML
import Testing
@testable import TransportSector

/// The example's official report: valid against the schema, bilingual, read back equal.
@Suite struct ReportTests {
    @Test func exampleReportValidatesAndRoundTrips() throws {
        let plan = try PlanLoader.loadExample(for: Support.model)
        let result = try PlanEvaluator.evaluate(plan, model: Support.model)
        let report = PlanReport(result: result, generator: .init(name: "transport-plan", version: "0.0.0"),
                                created: ReportTimestamp(secondsSinceEpoch: 0))
        let bytes = try ReportWriter.bytes(report)   // validates against the bundled XSD first
        let text = String(decoding: bytes, as: UTF8.self)
        // Both names of measures, sources and categories are in the file.
        for name in ["Battery-electric buses", "纯电动公交车", "Heavy trucks (direct combustion)", "重型货车（直接燃烧）"] {
            #expect(text.contains(name), "\(name)")
        }
        #expect(text.contains("1.A.3.b") && text.contains("1.A.3.c") && text.contains("1.A.3.d"))
        #expect(try ReportReader.read(bytes) == report)
    }
}
