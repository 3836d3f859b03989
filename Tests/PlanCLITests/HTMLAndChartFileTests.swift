import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionXML

/// Why rsvg-convert cannot be used here, or nil when it is on PATH.
let rsvgMissing: String? = RSVG.executable == nil ? "rsvg-convert is not installed (apt-get install librsvg2-bin)" : nil

@Suite("HTML report and chart files")
struct HTMLAndChartFileTests {
    @Test("the HTML report shows the report's own numbers in the chosen language", arguments: allSectors)
    func html(sector: SectorCase) throws {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let report = ReportOutput.report(for: try PlanRun.evaluate(plan, model: sector.model))
        let xml = try ReportWriter.bytes(report)
        for language in Language.allCases {
            let macc = try Charts.macc(report, language: language)
            let html = try ReportHTML.render(xml, language: language, charts: ["macc": macc])
            #expect(html.hasPrefix("<!DOCTYPE html"))
            #expect(html.contains("<html lang=\"\(language.rawValue)\""))
            #expect(html.contains(report.header.title.text(language)))
            #expect(html.contains("@page { size: A4"))
            // One MACC row per step, its cost grouped to one decimal as NumberFormat does.
            for step in report.macc.steps {
                #expect(html.contains(">\(NumberFormat.grouped(step.costPerTonne.value, decimals: 1))<"), "\(step.measureID)")
            }
            #expect(html.contains("<svg"), "the MACC chart is inline")
            #expect(!html.contains("data-chart=\"macc\"></div>"), "the placeholder was replaced")
            if language == .simplifiedChinese { #expect(html.contains("基准年排放清单")) }
            else { #expect(html.contains("Base-year inventory")) }
        }
    }

    @Test("the HTML report carries the uncertainty section with its legend, and every target")
    func htmlUncertaintyAndTargets() throws {
        let sector = allSectors[2]
        let plan = try PlanLoader.loadExample(for: sector.model)
        let report = ReportOutput.report(for: try PlanRun.evaluate(plan, model: sector.model, draws: 30, seed: 5))
        let spread = try #require(report.uncertainty)
        for language in Language.allCases {
            let html = try ReportHTML.render(try ReportWriter.bytes(report), language: language)
            #expect(html.contains(language == .english ? "5th, 50th and 95th percentiles" : "第5、50、95百分位数"))
            #expect(html.contains(language == .english ? "\(spread.draws) draws, seed \(spread.seed)" : "\(spread.draws) 次抽样"))
            for check in report.pathway.targets { #expect(html.contains(check.name?.text(language) ?? check.id)) }
        }
    }

    @Test func publishedStylesheetIsTheEmbeddedOne() throws {
        let published = try Data(contentsOf: repositoryRoot.appendingPathComponent("Reports/stylesheet/report-html.xsl"))
        #expect([UInt8](published) == ReportHTML.stylesheet)
    }

    @Test func renderCommandRejectsANonReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.xml")
        try Data("<notAReport/>".utf8).write(to: bad)
        let sector = allSectors[0]
        #expect(sector.execute(["render", bad.path, "--output", folder.path]) == 65)
    }

    @Test("report names its files by language, so English and Chinese runs share a folder")
    func fileNamesCarryTheLanguage() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "zh-Hans"] {
            #expect(sector.execute(["report", "--output", folder.path, "--language", language, "--html", "--xlsx"]) == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".xml") }
        let base = "transport-990100-2035"
        #expect(Set(names) == [
            "\(base)-macc.svg", "\(base)-wedge.svg", "\(base).html", "\(base).xlsx",
            "\(base)-macc.zh-Hans.svg", "\(base)-wedge.zh-Hans.svg", "\(base).zh-Hans.html", "\(base).zh-Hans.xlsx",
        ])
    }

    @Test("--png writes a PNG beside each chart", .enabled(if: rsvgMissing == nil, "\(rsvgMissing ?? "")"))
    func png() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(sector.execute(["report", "--output", folder.path, "--language", "zh-Hans", "--png"]) == 0)
        let png = folder.appendingPathComponent("transport-990100-2035-macc.zh-Hans.png")
        let bytes = [UInt8](try Data(contentsOf: png))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    /// Tofu (the "no glyph" box) looks the same for every character, so two different
    /// Chinese words of the same length rasterise to identical images when the fonts the
    /// charts name are missing, and to different images when they are present.
    @Test("Chinese chart text renders with CJK glyphs, not tofu", .enabled(if: rsvgMissing == nil, "\(rsvgMissing ?? "")"))
    func chineseTextIsNotTofu() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func render(_ text: String) throws -> [UInt8] {
            let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="white"/>\
            <text x="10" y="40" font-size="28" font-family="\(Charts.fontFamily)">\(text)</text></svg>
            """
            let input = folder.appendingPathComponent("\(text.unicodeScalars.first?.value ?? 0).svg")
            try Data(svg.utf8).write(to: input)
            let output = input.deletingPathExtension().appendingPathExtension("png")
            try RSVG.convert(tool: try #require(RSVG.executable), svg: input.path, png: output.path)
            return [UInt8](try Data(contentsOf: output))
        }
        #expect(try render("排放路径") != render("减排措施"), "CJK text renders as identical boxes: install fonts-noto-cjk")
        // Single characters too (one box each would be identical).
        #expect(try render("碳") != render("峰"))
    }
}
