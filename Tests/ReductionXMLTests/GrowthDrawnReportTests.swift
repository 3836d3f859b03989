import Foundation
import ReductionCore
import Testing
import ReductionTestSupport
@testable import ReductionXML

/// Issue 16 item 1: a drawn growth rate is counted and named in the report.
@Suite("Drawn growth in the report")
struct GrowthDrawnReportTests {
    /// The toy city (fuel at 1 tCO2/GJ) whose only ranged number is demand's growth, and a 20 % demand cut.
    static let plan = ToyModel.defaultExample.replacingOccurrences(
        of: "  demand: 1000", with: "  demand: {base: 1000, growth: {value: 0.03, low: 0.01, high: 0.05}}")
    static let measures = "measures:\n" + ToyModel.measure("save", change: "{scale: {key: demand, by: -0.2}}", opex: "100")

    @Test("the report validates, counts <drawn kind=\"growth\" count=\"1\"/>, names the rate in sensitivity, and reads back")
    func drawnGrowthInReport() throws {
        let model = ToyModel(measuresYAML: Self.measures, example: Self.plan)
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        let uncertainty = engine.run(draws: 500, seed: 3, threads: 2)
        let report = PlanReport(result: engine.centralResult, uncertainty: uncertainty, generator: .init(name: "toy-plan", version: "0.1.0"),
                                created: ReportTimestamp.current(environment: ["SOURCE_DATE_EPOCH": "1767225600"]))
        let bytes = try ReportWriter.bytes(report)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<drawn kind=\"growth\" count=\"1\"/>"))
        #expect(text.contains("\"inputs.demand.growth\""))
        let section = try #require(try ReportReader.read(bytes).uncertainty)
        #expect(section.drawn.map(\.kind) == ["growth"] && section.drawn.map(\.count) == [1])
    }
}
