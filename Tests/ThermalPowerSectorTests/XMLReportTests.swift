import Testing
import Foundation
import ReductionCore
import ReductionXML
import ThermalPowerSector

@Suite("The example's XML report")
struct XMLReportTests {
    @Test func exampleReportValidatesAndChartsRender() throws {
        let model = ThermalPowerModel()
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        // Generator name without a space (the schema's pattern allows no spaces).
        let report = PlanReport(result: result, generator: PlanReport.Generator(name: "power-plan", version: "test"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("power-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try ReportWriter.write(report, to: folder, fileName: "power.xml")
        let xml = try String(contentsOf: file, encoding: .utf8)
        #expect(xml.contains("超超临界燃煤机组"))
        #expect(xml.contains("1.A.1.a.ii"))
        let svg = try Charts.macc(report, language: .simplifiedChinese)
        #expect(svg.contains("汽轮机通流改造"))
        #expect(try Charts.wedge(report, language: .english).contains("<svg"))
    }
}
