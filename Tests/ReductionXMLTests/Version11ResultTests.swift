import Foundation
import ReductionCore
import Testing
@testable import ReductionXML

/// Schema 1.1 content built from real core results of the toy sector.
@Suite("Schema 1.1 from a PlanResult")
struct Version11ResultTests {
    static let created = ReportTimestamp(secondsSinceEpoch: 1_767_225_600)

    @Test("a real UncertaintyEngine run becomes the uncertainty section; same seed, same bytes for 1 and 2 threads")
    func engineRun() throws {
        let model = ToySector()
        let plan = try PlanLoader.loadExample(for: model)
        let engine = try UncertaintyEngine(plan: plan, model: model)
        let one = engine.run(draws: 64, seed: 7, threads: 1)
        let two = engine.run(draws: 64, seed: 7, threads: 2)
        let result = engine.centralResult
        let generator = PlanReport.Generator(name: "toy-plan", version: "0.1.0")
        let report = PlanReport(result: result, uncertainty: one, generator: generator, created: Self.created)
        let section = try #require(report.uncertainty)
        #expect(report.schemaVersion == "1.1")
        #expect(section.draws == 64 && section.seed == 7 && section.targetYear == 2025)
        #expect(section.parameterCount == engine.parameterCount && section.parameterCount >= 1)
        #expect(section.referencePrice == ReportQuantity(one.referencePrice, "CNY/tCO2e"))
        #expect(section.measures.map(\.measureID) == one.measures.map(\.id))
        #expect(section.targets.map(\.targetID) == ["cut-30", "cap-500"])
        let shares = section.peakYears.reduce(0) { $0 + $1.share }
        #expect(abs(shares - 1) < 1e-9)
        for measure in section.measures {
            let abatement = try #require(measure.abatement)
            #expect(abatement.p5 <= abatement.p50 && abatement.p50 <= abatement.p95)
        }
        // Demand cut drawn from −30 % to −10 % of 1,000 t: abatement spreads within 100…300 t.
        let demand = try #require(section.measures.first { $0.measureID == "a-demand" }?.abatement)
        #expect(demand.p5 >= 100 - 1e-9 && demand.p95 <= 300 + 1e-9 && demand.p95 > demand.p5)

        let bytes = try ReportWriter.bytes(report)
        let read = try ReportReader.read(bytes)
        #expect(read == report)
        #expect(try ReportWriter.bytes(read) == bytes)
        let other = PlanReport(result: result, uncertainty: two, generator: generator, created: Self.created)
        #expect(try ReportWriter.bytes(other) == bytes)
        // Without a Monte Carlo run the report stays 1.0 (the toy has no memos and captures nothing).
        let plain = PlanReport(result: result, generator: generator, created: Self.created)
        #expect(plain.uncertainty == nil && plain.schemaVersion == "1.0")
    }

    @Test("excludes keeps alternatives in the plan and drops catalogue measures the plan left out")
    func excludesOnlyPresentMeasures() throws {
        var result = try PlanResultReportTests.result()
        result.measures[0].measure.excludes = ["b-factor", "left-out-of-plan"]
        let report = PlanResultReportTests.report(result)
        #expect(report.measures[0].excludes == ["b-factor"])
        let bytes = try ReportWriter.bytes(report)
        #expect(try ReportReader.read(bytes) == report)
    }

    @Test("captured CO2 and memo items come from the result, never added to the totals")
    func capturedAndMemos() throws {
        var result = try PlanResultReportTests.result()
        let years = result.bau.values.count
        result.measures[1].captured = YearSeries(firstYear: result.bau.firstYear, values: (0..<years).map { Double($0) * 10 })
        result.layout.memos = [MemoItem(id: "energy-recovered", name: LocalizedName("Energy recovered", "回收能源"), unit: "MWh"),
                               MemoItem(id: "factor", name: LocalizedName("Grid factor", "电网因子"), unit: "")]
        result.bauMemos = [YearSeries(firstYear: result.bau.firstYear, values: Array(repeating: 5, count: years)),
                           YearSeries(firstYear: result.bau.firstYear, values: Array(repeating: 0.5, count: years))]
        result.pathwayMemos = [YearSeries(firstYear: result.bau.firstYear, values: Array(repeating: 7, count: years)),
                               YearSeries(firstYear: result.bau.firstYear, values: Array(repeating: 0.4, count: years))]
        let report = PlanResultReportTests.report(result)
        #expect(report.schemaVersion == "1.1")
        #expect(report.measures[0].captured == nil)
        #expect(report.measures[1].captured?.unit == "tCO2" && report.measures[1].captured?.value(in: 2021) == 10)
        #expect(report.memos.map(\.id) == ["energy-recovered", "factor"])
        #expect(report.memos.map(\.unit) == ["MWh", "1"])
        #expect(report.memos[0].pathway.value(in: 2025) == 7 && report.memos[1].bau.unit == "1")
        // The totals are the same as without memos and captured CO2.
        let plain = PlanResultReportTests.report(try PlanResultReportTests.result())
        #expect(report.pathway == plain.pathway && report.baseline == plain.baseline && report.macc == plain.macc)
        let bytes = try ReportWriter.bytes(report)
        let read = try ReportReader.read(bytes)
        #expect(read == report)
        #expect(try ReportWriter.bytes(read) == bytes)
    }
}
