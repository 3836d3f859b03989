import Foundation
import Testing
@testable import PlanCLI
import ReductionCore

@Suite("Bilingual template")
struct TemplateGuideTests {
    @Test("a Chinese template's comments are all Chinese; none is the example city's", arguments: allSectors)
    func chineseComments(sector: SectorCase) throws {
        let text = PlanTemplate(model: sector.model, language: .simplifiedChinese).render()
        let example = String(decoding: sector.model.data.example, as: UTF8.self)
        let exampleComments = Set(example.split(separator: "\n").filter { $0.trimmingPrefix(while: { $0 == " " }).hasPrefix("#") })
        for line in text.split(separator: "\n") where line.trimmingPrefix(while: { $0 == " " }).hasPrefix("#") {
            #expect(!exampleComments.contains(line), "example-city comment kept: \(line)")
            // The key and measure lists name ids and units; every other comment has Chinese in it.
            let isList = line.hasPrefix("#   ") && line.contains(":") && !line.hasPrefix("#     ")
            let hasChinese = line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
            #expect(hasChinese || isList || line.hasPrefix("#       ") || line.hasPrefix("# measures:") || line.hasPrefix("#   use:")
                    || line.hasPrefix("#   custom:") || line.hasPrefix("#     - id:"), "English comment: \(line)")
        }
        for kind in ["absoluteCap", "belowBaseYear", "intensityPerGDP", "intensityPerActivity", "custom:"] {
            #expect(text.contains(kind), "\(kind) missing")
        }
    }

    @Test("the template's custom measure, uncommented, is a valid measure", arguments: allSectors)
    func customMeasureLoads(sector: SectorCase) throws {
        for language in Language.allCases {
            let text = PlanTemplate(model: sector.model, language: language).render()
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let start = try #require(lines.firstIndex(of: "#     - id: my-measure                       # letters, digits, - _ .")
                                     ?? lines.firstIndex(of: "#     - id: my-measure                       # 字母、数字、- _ ."))
            let block = lines[start..<(start + 9)].map { "  " + String($0.dropFirst(5)) }
            if let measures = lines.firstIndex(of: "measures:") {
                lines.insert(contentsOf: ["  custom:"] + block, at: measures + 1)
            } else {
                lines += ["measures:", "  use: all", "  custom:"] + block
            }
            let plan = try PlanLoader.load(bytes: Array(lines.joined(separator: "\n").utf8), file: "template.yaml", model: sector.model)
            #expect(plan.measures.contains { $0.id == "my-measure" }, "\(sector.tool) \(language)")
        }
    }
}
