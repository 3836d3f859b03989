import Foundation
import Testing
@testable import PlanCLI
import ReductionCore

/// Issue 17 end to end: ranges on every sector's inputs, the README snippet, templates, a
/// plan without activity, and plausible-range warnings in the summary and the XML.
@Suite("Input sanity")
struct SanityCLITests {
    func run(_ sector: SectorCase, _ arguments: [String]) -> Int32 {
        sector.execute(arguments)
    }

    @Test("every input spec has a hard and a plausible range with a source; defaults are plausible", arguments: allSectors)
    func everySpecHasLimits(sector: SectorCase) {
        for spec in sector.model.inputSpecs {
            guard let limits = spec.limits else {
                Issue.record("\(sector.tool): \(spec.key) has no limits")
                continue
            }
            #expect(!limits.source.isEmpty, "\(spec.key)")
            #expect(limits.hard.lowerBound <= limits.plausible.lowerBound, "\(spec.key)")
            #expect(limits.plausible.upperBound <= limits.hard.upperBound, "\(spec.key)")
            if let value = spec.defaultValue {
                #expect(limits.plausible.contains(value), "\(sector.tool): \(spec.key) default \(value) outside \(limits.plausible)")
            }
        }
    }

    @Test("every factor set of every sector loads with no plausible-range warning", arguments: allSectors)
    func factorSetsArePlausible(sector: SectorCase) throws {
        let catalogue = try Catalogue(model: sector.model)
        let example = String(decoding: sector.model.data.example, as: UTF8.self)
        for set in catalogue.factorSets {
            let text = example.replacingOccurrences(of: #"(?m)^  factorSet: .*$"#, with: "  factorSet: \(set.id)",
                                                    options: .regularExpression)
            let plan = try PlanLoader.load(text: text, file: "example.yaml", model: sector.model)
            #expect(plan.header.factorSet == set.id)
            #expect(!plan.warnings.contains { $0.contains("plausible") }, "\(sector.tool) \(set.id): \(plan.warnings)")
        }
    }

    @Test("the template (the example plan) loads with no plausible-range warning", arguments: allSectors)
    func templateIsSensible(sector: SectorCase) throws {
        let text = PlanTemplate(model: sector.model, language: .english).render()
        let plan = try PlanLoader.load(text: text, file: "template.yaml", model: sector.model)
        #expect(!plan.warnings.contains { $0.contains("plausible") }, "\(plan.warnings)")
    }

    /// The YAML block under "### Plan files" in README.md.
    static func readmeSnippet() throws -> String {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let heading = readme.range(of: "### Plan files"),
              let open = readme.range(of: "```yaml\n", range: heading.upperBound..<readme.endIndex),
              let close = readme.range(of: "```\n", range: open.upperBound..<readme.endIndex) else {
            throw PlanError(.missingKey, "README has no plan snippet")
        }
        return String(readme[open.upperBound..<close.lowerBound])
    }

    @Test func readmeSnippetIsASensiblePlan() throws {
        let plan = try PlanLoader.load(text: try Self.readmeSnippet(), file: "README.md", model: allSectors[0].model)
        #expect(!plan.warnings.contains { $0.contains("plausible") }, "\(plan.warnings)")
        // diesel 7.5 CNY/L at ipcc-2006 density 0.84 t/m3 and NCV 43.0 GJ/t: 7.5 / 0.03612 = 207.64 CNY/GJ.
        let diesel = try #require(plan.energyPrices["diesel"]?.base?.value)
        #expect(abs(diesel - 7.5 / (0.84 * 43.0 / 1000)) < 1e-9)
        // 300 亿人公里 = 3.0e10 pkm.
        #expect(plan.inputs["passenger.activity"]?.base?.value == 3.0e10)
        // 400 万吨 = 4.0e6 tCO2e.
        #expect(plan.targets.contains { if case .absoluteCap(let cap) = $0.kind { cap == 4e6 } else { false } })
        let result = try PlanEvaluator.evaluate(plan, model: allSectors[0].model)
        #expect(result.inventory.total > 0)
    }

    @Test func reportOnAPlanWithNoActivityExits65() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snippet = try Self.readmeSnippet()
        let empty = snippet.replacingOccurrences(of: #"(?m)^  (passenger|freight)\.activity: .*$"#, with: "  $1.activity: 0",
                                                 options: .regularExpression)
        #expect(empty != snippet)
        let plan = folder.appendingPathComponent("empty.yaml")
        try Data(empty.utf8).write(to: plan)
        let output = folder.appendingPathComponent("out")
        #expect(run(allSectors[0], ["report", plan.path, "--output", output.path]) == 65)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func plausibleRangeWarningReachesSummaryAndXML() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Self.readmeSnippet().replacingOccurrences(of: "  mode.bus.tech.diesel.share: 1\n",
                                                                 with: "  mode.bus.tech.diesel.share: 1\n  mode.bus.load: 150\n")
        let plan = try PlanLoader.load(text: text, file: "load.yaml", model: allSectors[0].model)
        let warning = "inputs.mode.bus.load: 150 pkm/vkm in 2020 is outside the plausible range 2–100 pkm/vkm"
        #expect(plan.warnings.contains { $0.hasPrefix(warning) })
        let result = try PlanEvaluator.evaluate(plan, model: allSectors[0].model)
        #expect(Summary(result: result, language: .english).render().contains(warning))
        let file = folder.appendingPathComponent("load.yaml")
        try Data(text.utf8).write(to: file)
        let output = folder.appendingPathComponent("out")
        #expect(run(allSectors[0], ["report", file.path, "--output", output.path]) == 0)
        let xml = try String(contentsOf: output.appendingPathComponent("load.xml"), encoding: .utf8)
        #expect(xml.contains("<warning>\(warning)"))
    }
}
