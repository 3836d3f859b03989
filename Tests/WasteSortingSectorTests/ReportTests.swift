import ReductionCore
import ReductionXML
import Testing
@testable import WasteSortingSector

/// The example city as an official XML report: valid against the schema, bilingual, both code schemes.
struct ReportTests {
    static func report() throws -> PlanReport {
        let model = WasteSortingModel()
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        return PlanReport(result: result, generator: .init(name: "waste-plan", version: "0.1.0"),
                          created: ReportTimestamp.current(environment: ["SOURCE_DATE_EPOCH": "1767225600"]))
    }

    @Test func exampleReportValidatesAndRoundTrips() throws {
        let report = try Self.report()
        let bytes = try ReportWriter.bytes(report)          // validated against the bundled XSD
        try SchemaValidator().validate(bytes)
        let back = try ReportReader.read(bytes)
        #expect(back.inventory.sources.map(\.name) == report.inventory.sources.map(\.name))
        #expect(back.inventory.sources.contains { $0.name.chinese == "管理型填埋场（卫生填埋与准好氧）" })
        #expect(back.measures.contains { $0.name.chinese == "居民厨余垃圾分类收集+厌氧消化" })
        #expect(back.header.jurisdiction.name.chinese == "示例地级市（示意）")
        // Waste category codes in both schemes reach the report: IPCC 2006 4.A.1 = CRT 5.A.1.
        let landfill = try #require(back.inventory.sources.first { $0.id == "landfill.managed" })
        #expect(landfill.categories.contains(.init(scheme: "IPCC2006", code: "4.A.1")))
        #expect(landfill.categories.contains(.init(scheme: "UNFCCC-CRT", code: "5.A.1")))
        #expect(try ReportWriter.bytes(Self.report()) == bytes)   // same inputs, same bytes
    }
}
