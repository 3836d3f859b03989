import Foundation
import ReductionCore
import Testing
import ReductionTestSupport
@testable import ReductionXML

/// A real plan evaluated by the core, turned into the official report and back.
@Suite("Report from a PlanResult")
struct PlanResultReportTests {
    static func result() throws -> PlanResult {
        let model = ToySector.model()
        return try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
    }

    static func report(_ result: PlanResult) -> PlanReport {
        PlanReport(result: result, generator: .init(name: "toy-plan", version: "0.1.0"),
                   created: ReportTimestamp.current(environment: ["SOURCE_DATE_EPOCH": "1767225600"]))
    }


    @Test("the report carries the hand-computed plan: BAU 1,000 t, A abates 200 t at 10 CNY/t, B 240 t at 25 CNY/t")
    func values() throws {
        let report = Self.report(try Self.result())
        #expect(report.header.created.description == "2026-01-01T00:00:00Z")
        #expect(report.header.inputsSHA256.count == 64)
        #expect(report.header.gwpSet == "AR5")
        #expect(report.header.title.chinese == "玩具城市减排方案")
        #expect(isClose(report.baseline.value(in: 2020), 1000))
        #expect(isClose(report.pathway.emissions.value(in: 2025), 560))
        #expect(report.macc.steps.map(\.measureID) == ["a-demand", "b-factor"])
        #expect(isClose(report.macc.steps.first?.abatement.value, 200))
        #expect(isClose(report.macc.steps.last?.abatement.value, 240))
        #expect(isClose(report.macc.steps.last?.cumulativeStart.value, 200))
        #expect(report.macc.steps.map(\.costPerTonne.unit) == ["CNY/tCO2e", "CNY/tCO2e"])
        #expect(isClose(report.macc.steps.first?.costPerTonne.value, 10))
        #expect(isClose(report.macc.steps.last?.costPerTonne.value, 25))
        let a = try #require(report.measures.first)
        #expect(a.order == 1 && a.inPathway && a.status == "planned" && a.instrument == "regulation")
        #expect(a.changes == [PlanReport.Change(kind: "scale", key: "demand", parameters: [
            PlanReport.Parameter(name: "by", estimate: ReportEstimate(-0.2, "1", low: -0.3, high: -0.1, source: "《测试指南》表3")),
        ])])
        #expect(a.lifetime == ReportEstimate(10, "a", source: "行业惯例"))
        // 20 % less fuel → 20 % less NOx: 1,000 GJ × 0.2 × 0.001 t/GJ = 0.2 t.
        #expect(a.coBenefits.map(\.pollutant) == ["SO2", "NOx", "PM2.5"])
        #expect(isClose(a.coBenefits.first { $0.pollutant == "NOx" }?.amount.value, 0.2))
        #expect(a.coBenefits.map(\.name.chinese) == ["二氧化硫", "氮氧化物", "细颗粒物（PM2.5）"])
        #expect(report.references.map(\.citation) == ["测试市统计年鉴 2021", "《城市交通节能指南》2021", "IPCC 2006 Vol. 2"])
        #expect(report.measures.map(\.references) == [["ref-2"], ["ref-2", "ref-3"]])
        let cut = try #require(report.pathway.targets.first)
        #expect(cut.kind == "belowBaseYear" && cut.met && cut.name?.chinese == "较2020年下降30%")
        #expect(cut.leastCost?.measureIDs == ["a-demand", "b-factor"])
        #expect(report.pathway.targets.last?.met == false)
        #expect(isClose(report.pathway.targets.last?.gap.value, 60))
        let fuel = try #require(report.inventory.sources.first)
        #expect(fuel.categories == [.init(scheme: "IPCC2006", code: "1.A.1"), .init(scheme: "UNFCCC-CRT", code: "1.A.1")])
        #expect(isClose(fuel.gases.first { $0.gas == "CO2" }?.factor?.value, 1))
        #expect(fuel.gases.first { $0.gas == "CO2" }?.factor?.unit == "t/GJ")
    }

    @Test("written, validated by xmllint's rules, read back equal, written again byte-identical")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let report = Self.report(try Self.result())
        let url = try ReportWriter.write(report, to: URL(fileURLWithPath: folder.path))
        #expect(url.lastPathComponent == "toy-110000-2025.xml")
        try SchemaValidator().validate(fileAt: url)
        let read = try ReportReader.read(fileAt: url)
        #expect(read == report)
        let again = try ReportWriter.write(read, to: URL(fileURLWithPath: folder.path), fileName: "again.xml")
        #expect(try Data(contentsOf: again) == Data(contentsOf: url))
    }

    @Test("the same inputs and SOURCE_DATE_EPOCH give byte-identical files")
    func reproducible() throws {
        let first = try ReportWriter.bytes(Self.report(try Self.result()))
        let second = try ReportWriter.bytes(Self.report(try Self.result()))
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("<created>2026-01-01T00:00:00Z</created>"))
    }

    @Test("charts of a real result render in both languages")
    func charts() throws {
        let report = Self.report(try Self.result())
        let svg = try Charts.macc(report, language: .simplifiedChinese)
        #expect(svg.contains("需求削减") && svg.contains("清洁燃料"))
        let wedge = try Charts.wedge(report, language: .english)
        #expect(wedge.contains("Toy sector: emission pathway and abatement by measure"))
        if let folder = ProcessInfo.processInfo.environment["REDUCTIONXML_CHART_DIR"] {
            try svg.write(toFile: "\(folder)/toy-macc-zh.svg", atomically: true, encoding: .utf8)
            try wedge.write(toFile: "\(folder)/toy-wedge-en.svg", atomically: true, encoding: .utf8)
        }
    }
}
