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
