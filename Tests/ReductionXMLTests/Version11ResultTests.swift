import Foundation
import ReductionCore
import Testing
import ReductionTestSupport
@testable import ReductionXML

/// Schema 1.1 content built from real core results of the toy sector.
@Suite("Schema 1.1 from a PlanResult")
struct Version11ResultTests {
    static let created = ReportTimestamp(secondsSinceEpoch: 1_767_225_600)

    @Test("a real UncertaintyEngine run becomes the uncertainty section; same seed, same bytes for 1 and 2 threads")
    func engineRun() throws {
        let model = ToySector.model()
        let plan = try PlanLoader.loadExample(for: model)
        let engine = try UncertaintyEngine(plan: plan, model: model)
        let one = engine.run(draws: 64, seed: 7, threads: 1)
        let two = engine.run(draws: 64, seed: 7, threads: 2)
        let result = engine.centralResult
        let generator = PlanReport.Generator(name: "toy-plan", version: "0.1.0")
        let report = PlanReport(result: result, uncertainty: one, generator: generator, created: Self.created)
        let section = try #require(report.uncertainty)
        // Every report from a result carries the 1.2 costing (12), decisions (13) and boundaries (14) sections.
        #expect(report.schemaVersion == "1.2" && report.costing != nil && report.decisions != nil && report.boundaries != nil)
        #expect(section.mode == "fixed-plan" && section.drawn.reduce(0) { $0 + $1.count } == engine.parameterCount)
        #expect(section.sensitivity.first?.result == "pathway" && section.sensitivity.count == 1 + one.measures.count)
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
        // Without a Monte Carlo run there is no uncertainty section (the boundaries make it 1.2,
        // the breakdown alone 1.1).
        let plain = PlanReport(result: result, generator: generator, created: Self.created)
        #expect(plain.uncertainty == nil && plain.schemaVersion == "1.2")
        var stripped = plain
        stripped.boundaries = nil
        stripped.decisions = nil
        stripped.costing = nil
        #expect(stripped.requiredSchemaVersion == "1.1")
        stripped.breakdown = nil
        #expect(stripped.requiredSchemaVersion == "1.0")
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
        var report = PlanResultReportTests.report(result)
        #expect(report.schemaVersion == "1.2")
        report.decisions = nil
        report.boundaries = nil
        report.costing = nil
        #expect(report.requiredSchemaVersion == "1.1")
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

    @Test("the breakdown: per-source series add up to BAU and pathway; activity, NOx and carriers by hand")
    func breakdown() throws {
        let report = PlanResultReportTests.report(try PlanResultReportTests.result())
        let breakdown = try #require(report.breakdown)
        #expect(breakdown.sources.map(\.id) == ["fuel", "grid"])
        #expect(breakdown.sources.map(\.name.chinese) == ["燃料燃烧", "电网电力"])
        for year in 2020...2030 {
            let bau = breakdown.sources.reduce(0) { $0 + ($1.bau.value(in: year) ?? .nan) }
            let pathway = breakdown.sources.reduce(0) { $0 + ($1.pathway.value(in: year) ?? .nan) }
            #expect(abs(bau - (report.baseline.value(in: year) ?? 0)) < 1e-9)
            #expect(abs(pathway - (report.pathway.emissions.value(in: year) ?? 0)) < 1e-9)
        }
        // Activity: 1,000 GJ of demand, cut 20 % by measure A in the pathway by 2025.
        #expect(breakdown.activity?.id == nil && breakdown.activity?.name.chinese == "能源需求")
        #expect(breakdown.activity?.bau.unit == "GJ" && breakdown.activity?.bau.value(in: 2025) == 1000)
        #expect(abs((breakdown.activity?.pathway.value(in: 2025) ?? 0) - 800) < 1e-9)
        // NOx: 1,000 GJ × 0.001 t/GJ in BAU.
        let nox = try #require(breakdown.pollutants.first { $0.id == "NOx" })
        #expect(nox.bau.unit == "t" && abs((nox.bau.value(in: 2025) ?? 0) - 1) < 1e-12)
        #expect(breakdown.carriers.map(\.id) == ["fuel", "electricity"] && breakdown.carriers[0].bau.unit == "GJ")
        #expect(breakdown.carriers.map(\.name.chinese) == ["燃料", "电力"])
        let bytes = try ReportWriter.bytes(report)
        let read = try ReportReader.read(bytes)
        #expect(read == report)
        #expect(try ReportWriter.bytes(read) == bytes)
    }
}
