import Foundation
import Testing
@testable import ReductionXML

@Suite("Report round trip")
struct ReportRoundTripTests {
    @Test("write → read gives the same values; writing again gives identical bytes")
    func roundTrip() throws {
        let first = try ReportWriter.bytes(SampleReport.report)
        let read = try ReportReader.read(first)
        #expect(read == SampleReport.report)
        #expect(try ReportWriter.bytes(read) == first)
    }

    @Test("Chinese text survives in every free-text field and every name")
    func chineseFields() throws {
        let read = try ReportReader.read(try ReportWriter.bytes(SampleReport.report))
        #expect(read.header.preparer?.chinese == "规划处 & 合作单位 <草稿>")
        #expect(read.header.title.chinese == "南京市交通领域碳达峰实施方案")
        #expect(read.header.gwpCitation == "IPCC AR5 WG1 (2013) Table 8.7；第五次评估报告")
        #expect(read.header.jurisdiction.name.chinese == "南京市")
        #expect(read.header.authority.chinese == "南京市交通运输局")
        #expect(read.inventory.sources.map(\.name.chinese) == ["柴油公交车"])
        #expect(read.measures.map(\.name.chinese) == ["纯电动公交车", "小汽车向地铁转移"])
        #expect(read.measures.map { $0.description?.chinese } == ["纯电动公交车：说明文字，含符号 <>&\"'",
                                                                  "小汽车向地铁转移：说明文字，含符号 <>&\"'"])
        #expect(read.measures[0].changes[0].parameters[0].estimate.source == "南京市交通运输局 2023 年统计公报")
        #expect(read.measures[0].lifetime.source == "行业惯例")
        #expect(read.measures[0].capex.source == "厂商报价 2023")
        #expect(read.measures[0].coBenefits.map(\.name.chinese) == ["氮氧化物", "细颗粒物（PM2.5）"])
        #expect(read.inventory.sources[0].gases.map(\.name.chinese) == ["二氧化碳", "甲烷"])
        #expect(read.pathway.targets[0].name?.chinese == "较2020年下降10%")
        #expect(read.warnings == ["测试警告：缺少电价 (no electricity price given)"])
        #expect(read.references.map(\.citation) == ["IPCC 2006年国家温室气体清单指南 第2卷 第3章", "南京市公交集团2020年运营统计"])
    }

    @Test("the written XML carries both names with xml:lang, units and years as attributes")
    func shape() throws {
        let text = String(decoding: try ReportWriter.bytes(SampleReport.report), as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"urn:reductionplan:report:1\" schemaVersion=\"1.0\">\n"))
        #expect(text.contains("<name xml:lang=\"en\">Battery-electric buses</name>\n      <name xml:lang=\"zh-Hans\">纯电动公交车</name>"))
        #expect(text.contains("<created>2025-11-24T16:00:00Z</created>"))
        #expect(text.contains("<costPerTonne basis=\"interacted\" method=\"annualised\" year=\"2030\" value=\"-35.5\" unit=\"CNY/tCO2e\"/>"))
        #expect(text.contains("<coBenefit pollutant=\"NOx\" year=\"2030\" value=\"1.2e-05\" unit=\"t\">"))
        #expect(text.contains("<capex value=\"15000000.0\" unit=\"CNY\" low=\"12000000.0\" high=\"18000000.0\">"))
        #expect(text.contains("<value year=\"2021\">1010.0</value>"))
    }

    @Test("the embedded schema is byte-identical to the newest official one, Reports/schema/reduction-plan-1.2.xsd")
    func embeddedSchemaMatchesOfficialFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let official = try Data(contentsOf: root.appendingPathComponent("Reports/schema/\(ReportFormat.schemaFileName)"))
        #expect(ReportFormat.schemaFileName == "reduction-plan-1.2.xsd")
        #expect(Array(official) == BundledSchema.bytes)
        #expect(SchemaValidator.bundledSchema.contains("version=\"1.2\""))
    }

    @Test("a report written to a folder lands under its default name and validates from disk")
    func writeToFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let url = try ReportWriter.write(SampleReport.report, to: URL(fileURLWithPath: folder.path))
        #expect(url.lastPathComponent == "transport-320100-2030.xml")
        try SchemaValidator().validate(fileAt: url)
        #expect(try ReportReader.read(fileAt: url) == SampleReport.report)
        #expect(try folder.contents() == ["transport-320100-2030.xml"])
    }

    @Test("an invalid report is refused with its line and the earlier report stays intact")
    func invalidReportKeepsEarlier() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let url = try ReportWriter.write(SampleReport.report, to: URL(fileURLWithPath: folder.path))
        let before = try Data(contentsOf: url)
        var broken = SampleReport.report
        broken.header.jurisdiction.divisionCode = "32-01"
        let error = try #require(throws: ReportXMLError.self) { try ReportWriter.write(broken, toFile: url) }
        #expect(error.code == .schemaInvalid)
        let text = String(decoding: try ReportWriter.unvalidatedBytes(broken), as: UTF8.self)
        #expect(error.line == line(of: "divisionCode=\"32-01\"", in: text))
        #expect(try Data(contentsOf: url) == before)
        #expect(try folder.contents() == ["transport-320100-2030.xml"])
    }

    @Test("a non-finite number is refused before anything is written")
    func nonFinite() throws {
        var broken = SampleReport.report
        broken.measures[0].netPresentCost = ReportQuantity(.infinity, "CNY")
        let error = try #require(throws: ReportXMLError.self) { try ReportWriter.bytes(broken) }
        #expect(error.code == .invalidContent)
    }
}

@Suite("Chinese ids and units")
struct ChineseIdentifierTests {
    @Test("a measure id and a unit in Chinese validate and round-trip; an id with a space does not")
    func chineseIdentifiers() throws {
        var report = SampleReport.report
        report.measures[0].id = "公交电动化"
        report.macc.steps[0].measureID = "公交电动化"
        report.pathway.targets[0].leastCost?.measureIDs = ["公交电动化"]
        report.measures[0].capex = ReportEstimate(1500, "万元", source: "厂商报价")
        let bytes = try ReportWriter.bytes(report)
        #expect(try ReportReader.read(bytes) == report)
        #expect(String(decoding: bytes, as: UTF8.self).contains("<capex value=\"1500.0\" unit=\"万元\">"))

        report.measures[1].id = "modal shift"
        let error = try #require(throws: ReportXMLError.self) { try ReportWriter.bytes(report) }
        #expect(error.code == .schemaInvalid)
    }
}
