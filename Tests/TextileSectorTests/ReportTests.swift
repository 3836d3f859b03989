import Foundation
import ReductionCore
import ReductionXML
import Testing
@testable import TextileSector

@Suite("The example as an official XML report")
struct ReportTests {
    static func report() throws -> PlanReport {
        let model = TextileModel()
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        return PlanReport(result: result, generator: .init(name: "textile-plan", version: "0.1.0"),
                          created: ReportTimestamp.current(environment: ["SOURCE_DATE_EPOCH": "1767225600"]))
    }

    @Test func exampleReportValidatesAndRoundTrips() throws {
        let report = try Self.report()
        let bytes = try ReportWriter.bytes(report)           // validated against the bundled XSD
        try SchemaValidator().validate(bytes)
        let back = try ReportReader.read(bytes)
        // Both languages survive: sources, measures and the jurisdiction.
        #expect(back.inventory.sources.map(\.name) == report.inventory.sources.map(\.name))
        #expect(back.inventory.sources.contains { $0.name.chinese == "化石燃料燃烧：煤炭" })
        #expect(back.measures.map(\.name) == report.measures.map(\.name))
        #expect(back.measures.contains { $0.name.chinese == "印染废水余热回收" })
        #expect(back.header.jurisdiction.name.chinese == "示例市（示意）")
        // Textile category codes in both schemes reach the report.
        let coal = try #require(back.inventory.sources.first { $0.id == "combustion.coal" })
        #expect(coal.categories.contains(.init(scheme: "IPCC2006", code: "1.A.2.l")))
        #expect(coal.categories.contains(.init(scheme: "UNFCCC-CRT", code: "1.A.2.g.vi")))
        // Same inputs, same bytes.
        #expect(try ReportWriter.bytes(Self.report()) == bytes)
    }
}
