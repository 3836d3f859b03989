import Foundation
@testable import ReductionCore
import Testing
@testable import ReductionXML

/// Schema 1.1: captured CO2, memo items and the uncertainty section; 1.0 reports stay valid.
@Suite("Schema 1.1")
struct Version11Tests {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func schema(_ version: String) throws -> SchemaValidator {
        let url = repositoryRoot.appendingPathComponent("Reports/schema/reduction-plan-\(version).xsd")
        return SchemaValidator(schema: Array(try Data(contentsOf: url)))
    }

    /// The sample report with every 1.1 section, Chinese text in every new name and unit.
    static var report: PlanReport {
        var report = SampleReport.report
        report.measures[0].captured = ReportSeries(unit: "tCO2", firstYear: 2020, values: SampleReport.years.map { Double($0 - 2020) * 12.5 })
        report.memos = [
            PlanReport.Memo(id: "energy-recovered", name: LocalizedName("Energy recovered", "回收能源（发电量）"), unit: "MWh",
                            bau: ReportSeries(unit: "MWh", firstYear: 2020, values: SampleReport.years.map { Double($0) }),
                            pathway: ReportSeries(unit: "MWh", firstYear: 2020, values: SampleReport.years.map { Double($0) * 1.5 })),
            PlanReport.Memo(id: "电网排放因子", name: LocalizedName("Grid emission factor <memo> & co", "电网排放因子（备忘项）<>&\"'"),
                            unit: "tCO2/万千瓦时",
                            bau: ReportSeries(unit: "tCO2/万千瓦时", firstYear: 2020, values: SampleReport.years.map { _ in 5.81 }),
                            pathway: ReportSeries(unit: "tCO2/万千瓦时", firstYear: 2020, values: SampleReport.years.map { _ in 5.2 })),
        ]
        let series = { (unit: String, scale: Double) in
            ReportSeries(unit: unit, firstYear: 2020, values: SampleReport.years.map { Double($0 - 2019) * scale })
        }
        report.breakdown = PlanReport.Breakdown(
            activity: PlanReport.Flow(id: nil, name: LocalizedName("Passenger-km", "客运周转量（人公里）"),
                                      bau: series("万人公里", 3), pathway: series("万人公里", 2.5)),
            sources: [PlanReport.Flow(id: "road.bus.diesel", name: LocalizedName("Diesel buses", "柴油公交车"),
                                      bau: series("tCO2e", 100), pathway: series("tCO2e", 90))],
            pollutants: [PlanReport.Flow(id: "NOx", name: LocalizedName("Nitrogen oxides", "氮氧化物"),
                                         bau: series("t", 0.5), pathway: series("t", 0.25))],
            carriers: [PlanReport.Flow(id: "柴油", name: LocalizedName("Diesel <fuel> & co", "柴油（燃料）<>&\"'"),
                                       bau: series("GJ", 1e6), pathway: series("GJ", 9e5))])
        report.uncertainty = PlanReport.Uncertainty(
            draws: 1000, seed: 18_446_744_073_709_551_615, parameterCount: 7,
            referencePrice: ReportQuantity(100, "元/tCO2e"), targetYear: 2030,
            measures: [
                PlanReport.MeasureSpread(measureID: "bus-electrification",
                                         abatement: ReportPercentiles(p5: 80, p50: 99.5, p95: 120, unit: "tCO2e"),
                                         costPerTonne: ReportPercentiles(p5: -60, p50: -35.5, p95: 1e-05, unit: "元/tCO2e"),
                                         probabilitySavesMoney: 0.95, probabilityKeepsRank: 1, probabilityBelowPrice: 1),
                PlanReport.MeasureSpread(measureID: "modal-shift", abatement: ReportPercentiles(p5: 0, p50: 0, p95: 0, unit: "tCO2e"),
                                         costPerTonne: nil, probabilitySavesMoney: 0, probabilityKeepsRank: 0.5,
                                         probabilityBelowPrice: 0),
            ],
            pathwayEmissions: ReportPercentiles(p5: 900, p50: 935, p95: 970.25, unit: "tCO2e"),
            peakYears: [.init(year: 2023, share: 0.25), .init(year: 2024, share: 0.75)],
            targets: [.init(targetID: "cut-10", probability: 0.125)])
        report.schemaVersion = "1.1"
        return report
    }

    @Test("write → read → write is byte-identical with every 1.1 section; Chinese survives in every new field")
    func roundTrip() throws {
        let bytes = try ReportWriter.bytes(Self.report)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<report xmlns=\"urn:reductionplan:report:1\" schemaVersion=\"1.1\">"))
        #expect(text.contains("<memos includedInTotals=\"false\">"))
        #expect(text.contains("<captured unit=\"tCO2\">"))
        #expect(text.contains("<uncertainty draws=\"1000\" seed=\"18446744073709551615\" parameters=\"7\" year=\"2030\">"))
        #expect(text.contains("<peakYear year=\"2024\" value=\"0.75\" unit=\"1\"/>"))
        #expect(text.contains("<targetMet target=\"cut-10\" value=\"0.125\" unit=\"1\"/>"))
        let read = try ReportReader.read(bytes)
        #expect(read == Self.report)
        #expect(try ReportWriter.bytes(read) == bytes)
        #expect(read.memos.map(\.name.chinese) == ["回收能源（发电量）", "电网排放因子（备忘项）<>&\"'"])
        #expect(read.memos.map(\.id) == ["energy-recovered", "电网排放因子"])
        #expect(read.memos[1].unit == "tCO2/万千瓦时")
        #expect(read.uncertainty?.referencePrice.unit == "元/tCO2e")
        #expect(read.uncertainty?.measures[1].costPerTonne == nil)
        #expect(read.breakdown?.activity?.name.chinese == "客运周转量（人公里）" && read.breakdown?.activity?.bau.unit == "万人公里")
        #expect(read.breakdown?.carriers.map(\.name.chinese) == ["柴油（燃料）<>&\"'"])
        #expect(read.breakdown?.carriers.map(\.id) == ["柴油"])
        try Self.schema("1.1").validate(bytes)
    }

    @Test("a 1.1 document is refused by the 1.0 schema; 1.0 content is still written as 1.0 and passes both")
    func versions() throws {
        let bytes11 = try ReportWriter.bytes(Self.report)
        #expect(throws: ReportXMLError.self) { try Self.schema("1.0").validate(bytes11) }
        let bytes10 = try ReportWriter.bytes(SampleReport.report)
        #expect(String(decoding: bytes10, as: UTF8.self).contains("schemaVersion=\"1.0\""))
        try Self.schema("1.0").validate(bytes10)
        try Self.schema("1.1").validate(bytes10)
        // A report claiming 1.0 but carrying 1.1 content is written as 1.1.
        var claimed = Self.report
        claimed.schemaVersion = "1.0"
        #expect(String(decoding: try ReportWriter.bytes(claimed), as: UTF8.self).contains("schemaVersion=\"1.1\""))
        #expect(claimed.requiredSchemaVersion == "1.1" && SampleReport.report.requiredSchemaVersion == "1.0")
    }

    @Test("a 1.0 report written before 1.1 existed validates against 1.1, reads, and rewrites byte for byte")
    func historicalReport() throws {
        let url = Self.repositoryRoot.appendingPathComponent("Reports/examples/schema-1.0/waste-example.xml")
        let stored = Array(try Data(contentsOf: url))
        try Self.schema("1.1").validate(stored)
        try Self.schema("1.0").validate(stored)
        let report = try ReportReader.read(stored)
        #expect(report.schemaVersion == "1.0" && report.memos.isEmpty && report.uncertainty == nil)
        #expect(try ReportWriter.bytes(report) == stored)
    }

    @Test("the schema checks the new sections: unknown measure or source, share above 1, duplicate memo id")
    func schemaChecks() throws {
        var unknown = Self.report
        unknown.uncertainty?.measures[0].measureID = "no-such-measure"
        #expect((try? ReportWriter.bytes(unknown)) == nil)
        var above = Self.report
        above.uncertainty?.targets[0].probability = 1.5
        #expect((try? ReportWriter.bytes(above)) == nil)
        var unknownSource = Self.report
        unknownSource.breakdown?.sources[0].id = "no-such-source"
        #expect((try? ReportWriter.bytes(unknownSource)) == nil)
        var duplicate = Self.report
        duplicate.memos[1].id = duplicate.memos[0].id
        #expect((try? ReportWriter.bytes(duplicate)) == nil)
        var nan = Self.report
        nan.uncertainty?.measures[0].probabilitySavesMoney = .nan
        #expect(throws: ReportXMLError.self) { try ReportWriter.bytes(nan) }
    }

    @Test("a hand-built core result: NaN cost percentiles are left out and read back identically; targets in plan order")
    func handBuiltCoreResult() throws {
        let core = UncertaintyResult(
            draws: 4, seed: 42, parameterCount: 2, referencePrice: 150, targetYear: 2030,
            measures: [
                MeasureUncertainty(id: "bus-electrification", abatement: Percentiles(of: [100, 110, 120, 130]),
                                   costPerTonne: Percentiles(of: [-40, -30, -20, -10]), probabilitySavesMoney: 1,
                                   probabilityKeepsRank: 0.75, probabilityBelowPrice: 1),
                MeasureUncertainty(id: "modal-shift", abatement: Percentiles(of: [0, 0, 0, 0]),
                                   costPerTonne: Percentiles(of: [.nan, .nan]), probabilitySavesMoney: 0,
                                   probabilityKeepsRank: 0.25, probabilityBelowPrice: 0),
            ],
            pathwayEmissions: Percentiles(p5: 900, p50: 935, p95: 990),
            peakYearDistribution: [2030: 0.5, 2024: 0.5],
            targetProbabilities: ["z-extra": 0.5, "cut-10": 0.25])
        let section = PlanReport.Uncertainty(core, currency: "CNY", targetOrder: ["cut-10"])
        #expect(section.referencePrice == ReportQuantity(150, "CNY/tCO2e"))
        #expect(section.measures[0].abatement == ReportPercentiles(p5: 101.5, p50: 115, p95: 128.5, unit: "tCO2e"))
        #expect(section.measures[0].costPerTonne?.unit == "CNY/tCO2e")
        #expect(section.measures[1].costPerTonne == nil)
        #expect(section.peakYears.map(\.year) == [2024, 2030])
        #expect(section.targets.map(\.targetID) == ["cut-10", "z-extra"])
        var report = SampleReport.report
        report.uncertainty = section
        report.uncertainty?.targets.removeLast()
        let bytes = try ReportWriter.bytes(report)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("NaN") && !text.contains("nan"))
        let read = try ReportReader.read(bytes)
        // The sample still says 1.0; the writer raised it to the version its content needs
        // (1.2: the section names its mode and each measure's abating draws).
        #expect(report.schemaVersion == "1.0" && read.schemaVersion == "1.2")
        report.schemaVersion = "1.2"
        #expect(read == report)
        #expect(read.uncertainty?.measures[1].costPerTonne == nil)
        #expect(try ReportWriter.bytes(read) == bytes)
    }
}
