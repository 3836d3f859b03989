import Foundation
import Testing
import ReductionCore
import ReductionTestSupport
@testable import ReductionXML

@Suite("Schema 1.2 uncertainty detail")
struct UncertaintyDetailTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func schema(_ version: String) throws -> SchemaValidator {
        let url = repositoryRoot.appendingPathComponent("Reports/schema/reduction-plan-\(version).xsd")
        return SchemaValidator(schema: Array(try Data(contentsOf: url)))
    }

    @Test("mode, drawn kinds, correlations, sensitivity and abating draws are written, validated by 1.2 only, and read back")
    func roundTrip() throws {
        var report = SampleReport.report
        report.uncertainty = PlanReport.Uncertainty(
            draws: 100, seed: 9, parameterCount: 3, referencePrice: ReportQuantity(120, "CNY/tCO2e"), targetYear: 2030,
            measures: [PlanReport.MeasureSpread(measureID: SampleReport.report.measures[0].id, abatement: nil, costPerTonne: nil,
                                                probabilitySavesMoney: 0, probabilityKeepsRank: 1, probabilityBelowPrice: 0,
                                                abatingDraws: 13, probabilityIncreasesEmissions: 0.87)],
            pathwayEmissions: nil, peakYears: [], targets: [])
        report.uncertainty?.mode = "fixed-plan"
        report.uncertainty?.drawn = [PlanReport.DrawnKind(kind: "capex", count: 1), PlanReport.DrawnKind(kind: "input", count: 2)]
        report.uncertainty?.correlations = [PlanReport.Correlation(first: "inputs.a", second: "inputs.b", target: 0.9, achieved: 0.893, draws: 100)]
        report.uncertainty?.sensitivity = [PlanReport.SensitivityResult(result: "pathway", unit: "tCO2e", draws: 100, parameters: [
            PlanReport.ParameterSensitivity(parameter: "inputs.a", spearman: -0.75, firstOrder: 0.5, lowMean: 1200, highMean: 900)])]
        let bytes = try ReportWriter.bytes(report)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("schemaVersion=\"1.2\"") && text.contains("mode=\"fixed-plan\"") && text.contains("abatingDraws=\"13\""))
        #expect(text.contains("<parameter name=\"inputs.a\" spearman=\"-0.75\" firstOrder=\"0.5\" lowMean=\"1200.0\" highMean=\"900.0\"/>"))
        try Self.schema("1.2").validate(bytes)
        #expect(throws: ReportXMLError.self) { try Self.schema("1.1").validate(bytes) }
        let read = try ReportReader.read(bytes)
        report.schemaVersion = "1.2"
        #expect(read == report)
        #expect(try ReportWriter.bytes(read) == bytes)
    }
}

@Suite("Tornado chart")
struct TornadoChartTests {
    @Test("bars run from the low-tenth to the high-tenth mean, largest |Spearman| on top, the median marked")
    func bars() throws {
        var report = SampleReport.report
        report.uncertainty = PlanReport.Uncertainty(
            draws: 100, seed: 9, parameterCount: 2, referencePrice: ReportQuantity(120, "CNY/tCO2e"), targetYear: 2030,
            measures: [], pathwayEmissions: ReportPercentiles(p5: 800, p50: 1000, p95: 1200, unit: "tCO2e"),
            peakYears: [], targets: [])
        report.uncertainty?.sensitivity = [PlanReport.SensitivityResult(result: "pathway", unit: "tCO2e", draws: 100, parameters: [
            PlanReport.ParameterSensitivity(parameter: "inputs.demand", spearman: 0.9, firstOrder: 0.8, lowMean: 850, highMean: 1150),
            PlanReport.ParameterSensitivity(parameter: "inputs.factor", spearman: -0.3, firstOrder: 0.1, lowMean: 1050, highMean: 950),
        ])]
        let svg = try Charts.svg(.tornado, of: report, language: .english)
        // Ticks for 850…1150: step 300 / 6 = 50 → 850…1150, so x(v) = 330 + (960 − 40 − 330) (v − 850) / 300.
        // Demand: x(850) = 330, width = 590; factor: x(950) = 330 + 590 × 100 / 300 = 526.67, width = 196.67.
        #expect(svg.contains("x=\"330\"") && svg.contains("width=\"590\""))
        #expect(svg.contains("x=\"526.67\"") && svg.contains("width=\"196.67\""))
        let demand = try #require(svg.range(of: ">inputs.demand<")), factor = try #require(svg.range(of: ">inputs.factor<"))
        #expect(demand.lowerBound < factor.lowerBound)
        #expect(svg.contains("median 1,000") || svg.contains("median 1000"))
    }
}
