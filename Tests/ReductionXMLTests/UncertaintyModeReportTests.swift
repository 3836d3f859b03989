import Foundation
import ReductionCore
import Testing
import ReductionTestSupport
@testable import ReductionXML

/// Issue 16: the re-decide mode in the report, and the same bytes on any number of threads.
@Suite("Uncertainty modes in the report")
struct UncertaintyModeReportTests {
    /// All-electric toy city (BAU 500 t): alternatives x (100 t, free) and y (200 t, 20,000 CNY/yr,
    /// excludes x), a demand cut z with a ranged opex, a ranged electricity price and a ranged
    /// reference price, so that both the choice and the order move from draw to draw.
    static let measures = ToyModel.alternativeMeasures
        + ToyModel.measure("z", change: "{scale: {key: demand, by: -0.1}}", opex: "{value: 5000, low: 0, high: 40000}")

    static let plan = ToyModel.defaultExample.replacingOccurrences(
        of: "  horizon: 2030\n", with: "  horizon: 2030\n  referenceCarbonPrice: {value: 150, low: 100, high: 300, distribution: uniform}\n")
        + "\n  share.electric: 1\nenergyPrices:\n  electricity: {value: 0.7, low: 0.4, high: 1.0, unit: CNY/kWh}\n"

    static func bytes(mode: UncertaintyMode, threads: Int) throws -> [UInt8] {
        let model = ToyModel(measuresYAML: measures, example: plan)
        let loaded = try PlanLoader.loadExample(for: model)
        let engine = try UncertaintyEngine(plan: loaded, model: model, mode: mode)
        let uncertainty = engine.run(draws: 700, seed: 12, threads: threads)
        let report = PlanReport(result: engine.centralResult, uncertainty: uncertainty, generator: .init(name: "toy-plan", version: "0.1.0"),
                                created: ReportTimestamp.current(environment: ["SOURCE_DATE_EPOCH": "1767225600"]))
        return try ReportWriter.bytes(report)
    }

    @Test("same seed, same report bytes on 1, 2 and 4 threads, in both modes", arguments: UncertaintyMode.allCases)
    func sameBytes(mode: UncertaintyMode) throws {
        let one = try Self.bytes(mode: mode, threads: 1)
        #expect(try Self.bytes(mode: mode, threads: 2) == one)
        #expect(try Self.bytes(mode: mode, threads: 4) == one)
        let text = String(decoding: one, as: UTF8.self)
        #expect(text.contains("mode=\"\(mode.rawValue)\""))
        // P(chosen) is written under re-decide only (it is 1 by construction under fixed-plan).
        #expect(text.contains("<chosen ") == (mode == .reDecide))
        #expect(text.contains("<rank p5=") && text.contains("<privateCostPerTonne "))
    }

    @Test("re-decide lists every measure with its central rank and P(chosen); the report validates and reads back")
    func redecideSection() throws {
        let bytes = try Self.bytes(mode: .reDecide, threads: 2)
        let read = try ReportReader.read(bytes)
        let section = try #require(read.uncertainty)
        #expect(section.mode == "re-decide")
        // Central: price 150 < incremental 200 CNY/t of y over x, so x wins; z and x are in the central
        // pathway, y is out (central rank 0). The three are listed.
        #expect(Set(section.measures.map(\.measureID)) == ["x", "y", "z"])
        #expect(section.measures.first { $0.measureID == "y" }?.centralRank == 0)
        let chosen = section.measures.compactMap { $0.measureID == "z" ? nil : $0.probabilityChosen }
        // x and y exclude each other and both abate when chosen: exactly one of them in each draw.
        #expect(chosen.count == 2 && abs(chosen.reduce(0, +) - 1) < 1e-12)
        #expect(section.drawn.map(\.kind) == ["carbon-price", "opex", "price"])
        #expect(try ReportWriter.bytes(read) == bytes)
    }
}
