import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionXML

/// One `<text>` of an SVG with its estimated box: CJK characters 1 em wide, others 0.62 em
/// (the fonts the charts name are narrower), from 0.85 em above the baseline to 0.25 em below.
struct SVGLabel {
    var text: String, x: Double, y: Double, size: Double, anchor: String, rotated: Bool

    var box: (minX: Double, maxX: Double, minY: Double, maxY: Double) {
        let width = text.unicodeScalars.reduce(0.0) { sum, scalar in
            let wide = (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
            return sum + (wide ? size : size * 0.62)
        }
        let minX = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
        return (minX, minX + width, y - size * 0.85, y + size * 0.25)
    }

    func overlaps(_ other: SVGLabel) -> Bool {
        let a = box, b = other.box
        return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }
}

/// The `<text>` elements of an SVG document, by pattern (the charts write one per element).
func svgLabels(_ svg: String) throws -> [SVGLabel] {
    let pattern = try Regex(#"<text ([^>]*)>([^<]*)</text>"#)
    func attribute(_ name: String, _ attributes: Substring) -> String? {
        guard let range = attributes.range(of: " \(name)=\"") ?? (attributes.hasPrefix("\(name)=\"") ? attributes.range(of: "\(name)=\"") : nil)
        else { return nil }
        let rest = attributes[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
    return svg.matches(of: pattern).compactMap { match -> SVGLabel? in
        guard let attributes = match.output[1].substring, let content = match.output[2].substring,
              let x = attribute("x", attributes).flatMap(Double.init), let y = attribute("y", attributes).flatMap(Double.init)
        else { return nil }
        let text = content.replacing("&amp;", with: "&").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&quot;", with: "\"").replacing("&#39;", with: "'")
        return SVGLabel(text: String(text), x: x, y: y, size: attribute("font-size", attributes).flatMap(Double.init) ?? 13,
                        anchor: attribute("text-anchor", attributes) ?? "start", rotated: attribute("transform", attributes) != nil)
    }
}

/// The `fill` of every `<rect>`/`<polygon>` that has a `<title>` tooltip, with the tooltip.
func svgShapes(_ svg: String, element: String) throws -> [(fill: String, title: String)] {
    let pattern = try Regex("<\(element) [^>]*fill=\"([^\"]*)\"[^>]*>\\s*<title>([^<]*)</title>")
    return svg.matches(of: pattern).compactMap { match -> (fill: String, title: String)? in
        guard let fill = match.output[1].substring, let title = match.output[2].substring else { return nil }
        return (String(fill), String(title))
    }
}

@Suite("Charts that read")
struct ChartReadabilityTests {
    struct Chart { var name: String, svg: String, report: PlanReport, language: Language }

    static func charts() throws -> [Chart] {
        var charts: [Chart] = []
        for sector in allSectors {
            let plan = try PlanLoader.loadExample(for: sector.model)
            let report = ReportOutput.report(for: try PlanRun.evaluate(plan, model: sector.model))
            for language in Language.allCases {
                charts.append(Chart(name: "\(sector.tool) macc \(language)", svg: try Charts.macc(report, language: language),
                                    report: report, language: language))
                charts.append(Chart(name: "\(sector.tool) wedge \(language)", svg: try Charts.wedge(report, language: language),
                                    report: report, language: language))
            }
        }
        return charts
    }

    @Test("no two labels of any example chart overlap")
    func labelsNeverCollide() throws {
        for chart in try Self.charts() {
            let labels = try svgLabels(chart.svg).filter { !$0.rotated }
            for (index, label) in labels.enumerated() {
                for other in labels[(index + 1)...] where label.overlaps(other) {
                    Issue.record("\(chart.name): '\(label.text)' overlaps '\(other.text)'")
                }
            }
        }
    }

    @Test("an extreme bar is clipped at an axis break with its value printed")
    func extremeBarIsClipped() throws {
        let sector = allSectors[0]  // transport: metro network expansion at 68,554.4 CNY/tCO2e
        let report = ReportOutput.report(for: try PlanRun.evaluate(try PlanLoader.loadExample(for: sector.model), model: sector.model))
        let metro = try #require(report.macc.steps.max { $0.costPerTonne.value < $1.costPerTonne.value })
        #expect(metro.costPerTonne.value > 60_000)
        let svg = try Charts.macc(report, language: .english)
        // The axis stops well below it: the highest tick label is at most 10,000 …
        let ticks = try svgLabels(svg).filter { $0.anchor == "end" }.compactMap { Double($0.text.replacing(",", with: "")) }
        #expect((ticks.max() ?? .infinity) <= 10_000)
        // … and the bar's own value is printed, rounded to whole CNY: 68,554.
        #expect(try svgLabels(svg).contains { $0.text == "68,554 CNY/tCO2e" })
    }

    @Test("each measure has one colour in the MACC and the wedge chart; neighbouring bars differ")
    func coloursAreDistinctAndShared() throws {
        for chart in try Self.charts() where chart.name.contains("macc") {
            let bars = try svgShapes(chart.svg, element: "rect")
            #expect(bars.count == chart.report.macc.steps.count, "\(chart.name)")
            for (a, b) in zip(bars, bars.dropFirst()) { #expect(a.fill != b.fill, "\(chart.name): \(a.title) / \(b.title)") }
            #expect(Set(bars.map(\.fill)).count == bars.count, "\(chart.name): a colour is used twice")
            let wedge = try Charts.wedge(chart.report, language: chart.language)
            let wedges = Dictionary(try svgShapes(wedge, element: "polygon").map { ($0.title, $0.fill) }, uniquingKeysWith: { a, _ in a })
            for bar in bars {
                let name = String(bar.title.prefix { $0 != ":" })
                if let fill = wedges[name] { #expect(fill == bar.fill, "\(chart.name): \(name)") }
            }
        }
    }

    @Test("legends give every measure's full name (wrapped, never cut)")
    func legendsKeepFullNames() throws {
        for chart in try Self.charts() {
            let legend = try svgLabels(chart.svg).map(\.text).joined(separator: " ")
            let squeezed = legend.replacing(" ", with: "")
            #expect(!legend.contains("…"), "\(chart.name): something was cut")
            let shown = chart.name.contains("macc") ? chart.report.macc.steps.map(\.measureID)
                : chart.report.measures.filter { $0.order != nil }.map(\.id)
            for id in shown {
                let name = try #require(chart.report.measures.first { $0.id == id }).name.text(chart.language)
                #expect(squeezed.contains(name.replacing(" ", with: "")), "\(chart.name): \(name)")
            }
        }
    }

    @Test("the wedge chart draws each target's level and ticks the horizon year")
    func wedgeTargetsAndHorizon() throws {
        for chart in try Self.charts() where chart.name.contains("wedge") {
            let markers = try svgShapes(chart.svg, element: "polygon").filter { $0.title == "Target level" || $0.title == "目标允许排放量" }
            // One diamond per target plus the legend's.
            let targets = chart.report.pathway.targets.count
            #expect(markers.count == targets + (targets > 0 ? 1 : 0), "\(chart.name)")
            let horizon = String(chart.report.header.horizonYear)
            #expect(try svgLabels(chart.svg).contains { $0.text == horizon && $0.anchor == "middle" }, "\(chart.name): no \(horizon) tick")
        }
    }
}
