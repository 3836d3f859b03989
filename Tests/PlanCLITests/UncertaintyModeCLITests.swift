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
}
