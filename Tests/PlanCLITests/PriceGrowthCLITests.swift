import Foundation
import Testing
@testable import PlanCLI
import ReductionCore
import ReductionXML

/// Issue 16 item 1: a ranged energy-price growth rate is counted by kind (`price-growth`) in the
/// summary, the XML report and `catalogue --sources`.
@Suite("Ranged energy-price growth on the command line")
struct PriceGrowthCLITests {
    /// The transport example with its electricity price written as in "Writing a plan file":
    /// social 0.55 CNY/kWh; private 0.70 (0.60–0.80) CNY/kWh growing 1 % (0–3 %) a year to 2030, then flat.
    static func plan() throws -> String {
        let example = String(decoding: allSectors[0].model.data.example, as: UTF8.self)
        let line = try #require(example.split(separator: "\n", omittingEmptySubsequences: false)
            .first { $0.hasPrefix("  electricity: {value: 194") })
        let edited = example.replacingOccurrences(of: String(line), with: """
          electricity:
            social: {value: 0.55, unit: CNY/kWh}
            private: {value: 0.70, low: 0.60, high: 0.80, unit: CNY/kWh,
                      growth: [{until: 2030, rate: {value: 0.01, low: 0, high: 0.03}}, {until: 2060, rate: 0}]}
        """)
        #expect(edited != example)
        return edited
    }

    @Test("report --draws: the summary and the schema-valid XML count price-growth 1 and price 1")
    func reportCounts() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("price-growth.yaml")
        try Data(try Self.plan().utf8).write(to: file)
        let capture = CapturedToolOutput()
        let out = folder.appendingPathComponent("out")
        #expect(sector.execute(["report", file.path, "--draws", "20", "--output", out.path, "--no-charts"], into: capture,
                               environment: ["SOURCE_DATE_EPOCH": "0"]) == 0)
        #expect(capture.errors.isEmpty)
        // Drawn: the private price's base (kind price) and its first growth period (kind price-growth).
        #expect(capture.output.contains("price 1, price-growth 1"))
        let xml = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".xml") })
        let bytes = try Data(contentsOf: out.appendingPathComponent(xml))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<drawn kind=\"price-growth\" count=\"1\"/>"))
        #expect(text.contains("\"energyPrices.electricity.private.growth[0]\""))
        // The report validates against the bundled schema (1.2, whose drawn/@kind is any identifier)
        // and reads back with the kind.
        try SchemaValidator().validate([UInt8](bytes))
        #expect(ReportFormat.schemaFileName == "reduction-plan-1.2.xsd")
        let section = try #require(try ReportReader.read([UInt8](bytes)).uncertainty)
        let prices = section.drawn.filter { $0.kind.hasPrefix("price") }
        #expect(prices.map(\.kind) == ["price", "price-growth"] && prices.map(\.count) == [1, 1])
    }

    @Test("catalogue --sources says a plan's own price growth rates are drawn too (kind price-growth)")
    func catalogueSources() throws {
        let capture = CapturedToolOutput()
        #expect(allSectors[0].execute(["catalogue", "--sources"], into: capture) == 0)
        #expect(capture.output.contains("energy prices (social and private) and their growth\n  rates (price-growth)"))
        let chinese = CapturedToolOutput()
        #expect(allSectors[0].execute(["catalogue", "--sources", "--language", "zh-Hans"], into: chinese) == 0)
        #expect(chinese.output.contains("能源价格（社会与私人）及其增长率（price-growth）"))
    }
}
