import Foundation
import Testing
@testable import PlanCLI
import ReductionCore
import ReductionPlanKit
import ReductionReport

@Suite("Uncertainty modes on the command line")
struct UncertaintyModeCLITests {
    func run(_ sector: SectorCase, _ arguments: [String]) -> Int32 {
        PlanTool.execute(sector.model, commandName: sector.tool, arguments: arguments)
    }

    /// The sector's example with `old` replaced by `new` (which must occur), run with 3 draws.
    static func editedExampleRun(_ sector: SectorCase, replacing old: String, with new: String, file: String) throws -> PlanRun {
        let example = String(decoding: sector.model.data.example, as: UTF8.self)
        let edited = example.replacingOccurrences(of: old, with: new)
        #expect(edited != example)
        let plan = try PlanLoader.load(text: edited, file: file, model: sector.model)
        return try PlanRun.evaluate(plan, model: sector.model, draws: 3, seed: 2)
    }

    @Test("report --uncertainty re-decide runs and names its question; an unknown mode is a usage error")
    func reportOption() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(sector, ["report", "--draws", "3", "--uncertainty", "re-decide", "--output", folder.path, "--no-charts"]) == 0)
        let xml = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }
        let text = try String(contentsOf: folder.appendingPathComponent(try #require(xml.first)), encoding: .utf8)
        #expect(text.contains("mode=\"re-decide\"") && text.contains("<chosen "))
        #expect(run(sector, ["report", "--draws", "3", "--uncertainty", "sometimes"]) == 64)
    }

    @Test("the summary names the question and, under re-decide, shows rank stability", arguments: Language.allCases)
    func summary(language: Language) throws {
        let sector = allSectors[0]
        let plan = try PlanLoader.loadExample(for: sector.model)
        let fixed = try PlanRun.evaluate(plan, model: sector.model, draws: 3, seed: 2)
        let redecided = try PlanRun.evaluate(plan, model: sector.model, draws: 3, seed: 2, mode: .reDecide)
        let fixedText = UncertaintySummary(result: fixed.result, uncertainty: try #require(fixed.uncertainty), language: language).render()
        let text = UncertaintySummary(result: redecided.result, uncertainty: try #require(redecided.uncertainty), language: language).render()
        let english = language == .english
        #expect(fixedText.contains(english ? "Question: fixed-plan" : "问题：固定方案") && !fixedText.contains(english ? "Rank stability" : "名次稳定性"))
        #expect(text.contains(english ? "Question: re-decide" : "问题：重新决策"))
        #expect(text.contains(english ? "Rank stability under re-decide" : "重新决策下的名次稳定性"))
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 120, "\(line)") }
    }

    @Test("catalogue --sources counts the ranged numbers by kind, as the Monte Carlo names them", arguments: allSectors)
    func catalogueCounts(sector: SectorCase) throws {
        let catalogue = try Catalogue(model: sector.model)
        let text = CatalogueListing(catalogue: catalogue, language: .english).render(withSources: true)
        // Counted here from the measures directly: capex, opex and lifetime ranges.
        let capex = catalogue.measures.filter { $0.capex.isRanged }.count
        let opex = catalogue.measures.filter { $0.opex.isRanged }.count
        #expect(text.contains("Ranged numbers (drawn with --draws) by kind: "))
        if capex > 0 { #expect(text.contains("capex \(capex)")) }
        if opex > 0 { #expect(text.contains("opex \(opex)")) }
        for set in catalogue.factorSets {
            let ranged = set.inputs.values.filter { $0.base?.isRanged == true }.count
            #expect(text.contains("factor set \(set.id): factor \(ranged)"))
        }
        #expect(!CatalogueListing(catalogue: catalogue, language: .english).render().contains("Ranged numbers"))
    }

    @Test("catalogue --sources counts a factor set's ranged growth rates; the summary counts a plan's as growth")
    func growthCounted() throws {
        let sector = allSectors[0]
        var catalogue = try Catalogue(model: sector.model)
        let set = try #require(catalogue.factorSets.first)
        let key = try #require(set.inputs.keys.sorted().first)
        let ranged = set.inputs.values.filter { $0.base?.isRanged == true }.count
        // One growth rate with a range in the first set: counted as "growth 1" beside its factors.
        catalogue.factorSets[0].inputs[key]?.growth = [.init(until: Int.max, rate: Estimate(0, low: -0.01, high: 0.01))]
        let text = CatalogueListing(catalogue: catalogue, language: .english).render(withSources: true)
        #expect(text.contains("factor set \(set.id): factor \(ranged), growth 1\n"))
        #expect(text.contains("Plus the plan's own ranged inputs, growth rates, energy prices"))
        // The transport example with its first passenger growth period ranged: drawn by kind lists growth 1.
        let run = try Self.editedExampleRun(sector, replacing: "growth: [{until: 2030, rate: 0.04},",
                                            with: "growth: [{until: 2030, rate: {value: 0.04, low: 0.02, high: 0.06}},",
                                            file: "ranged-growth.yaml")
        let uncertainty = try #require(run.uncertainty)
        #expect(uncertainty.drawnByKind["growth"] == 1)
        let summary = UncertaintySummary(result: run.result, uncertainty: uncertainty, language: .english).render()
        #expect(summary.contains("growth 1"))
    }

    @Test("the summary names a parameter whose normal range is truncated, with the mass cut", arguments: Language.allCases)
    func truncatedLine(language: Language) throws {
        let sector = allSectors[0]
        let run = try Self.editedExampleRun(sector, replacing: "passenger.mode.bus.share: {value: 0.083,",
                                            with: "passenger.mode.bus.share: {value: 0.083, low: 0.01, high: 0.156, distribution: normal,",
                                            file: "normal-share.yaml")
        let summary = UncertaintySummary(result: run.result, uncertainty: try #require(run.uncertainty), language: language).render()
        // σ = 0.146 / 3.919928 = 0.0372456; P(share < 0) = Φ(−0.083 / σ = −2.2285) = 1.29 % (above 1: 24.6 σ, nil).
        #expect(summary.contains(language == .english
            ? "  inputs.passenger.mode.bus.share: normal truncated to 0…1, 1.3 % of the untruncated mass cut\n"
            : "  inputs.passenger.mode.bus.share：normal 分布截断至 0…1，截去未截断分布 1.3 % 的概率\n"))
    }
}
