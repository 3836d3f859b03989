import Foundation
import ReductionCore
import Testing
@testable import ReductionXML

@Suite("Charts")
struct ChartTests {
    /// Six measures, two of them saving money, with a consistent MACC and pathway.
    static var report: PlanReport {
        var report = SampleReport.report
        let catalogue: [(String, String, String, Double, Double)] = [
            ("led-streetlights", "LED streetlights", "LED路灯改造", 0.02, -180),
            ("eco-driving", "Eco-driving training", "节能驾驶培训", 0.03, -42.5),
            ("bus-electrification", "Battery-electric buses", "纯电动公交车", 0.1, 35),
            ("taxi-electrification", "Electric taxis", "纯电动出租车", 0.06, 88),
            ("modal-shift", "Car to metro shift", "小汽车向地铁转移", 0.05, 160),
            ("freight-lng", "LNG heavy trucks", "LNG重型货车", 0.04, 310),
        ]
        report.measures = catalogue.enumerated().map { index, item in
            SampleReport.measure(id: item.0, order: index + 1, english: item.1, chinese: item.2,
                                 abatement: item.3, cost: item.4)
        }
        var cumulative = 0.0
        report.macc.steps = report.measures.map { measure in
            let abatement = measure.interactedAbatement.value(in: 2030) ?? 0
            defer { cumulative += abatement }
            return .init(measureID: measure.id, abatement: ReportQuantity(abatement, "tCO2e"),
                         costPerTonne: measure.costsPerTonne[0].value, cumulativeStart: ReportQuantity(cumulative, "tCO2e"))
        }
        let values = report.baseline.points.map { point in
            point.value - report.measures.reduce(0) { $0 + ($1.interactedAbatement.value(in: point.year) ?? 0) }
        }
        report.pathway.emissions = ReportSeries(unit: "tCO2e", firstYear: 2020, values: values)
        let peak = values.indices.max { values[$0] < values[$1] } ?? 0
        report.pathway.peak = .init(year: 2020 + peak, emissions: ReportQuantity(values[peak], "tCO2e"), declinesAfter: true)
        return report
    }

    @Test("every chart in every language is well-formed SVG naming the CJK font list", arguments:
            Charts.Kind.allCases, Language.allCases)
    func wellFormed(kind: Charts.Kind, language: Language) throws {
        let svg = try Charts.svg(kind, of: Self.report, language: language)
        let tree = try DocumentTree.parse(Array(svg.utf8), maxBytes: 1 << 22)
        let root = try #require(tree.root)
        #expect(root.localName == "svg")
        #expect(root.namespaceURI == "http://www.w3.org/2000/svg")
        #expect(root.attribute("font-family") == "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif")
        if let folder = ProcessInfo.processInfo.environment["REDUCTIONXML_CHART_DIR"] {
            try svg.write(toFile: "\(folder)/\(kind.rawValue)-\(language.rawValue).svg", atomically: true, encoding: .utf8)
        }
    }

    @Test("a Chinese MACC carries the Chinese title, axis titles and measure names")
    func chineseLabels() throws {
        let svg = try Charts.macc(Self.report, language: .simplifiedChinese)
        for label in ["2030年边际减排成本曲线", "累计减排量（tCO2e）", "单位减排成本（CNY/tCO2e）", "LED路灯改造", "小汽车向地铁转移"] {
            #expect(svg.contains(label))
        }
        #expect(!svg.contains("Marginal abatement"))
        let wedge = try Charts.wedge(Self.report, language: .simplifiedChinese)
        #expect(wedge.contains("交通运输排放路径与分措施减排量"))
        #expect(wedge.contains("纯电动公交车"))
        #expect(wedge.contains("峰值 "))
    }

    @Test("MACC bars: width proportional to abatement, negative costs drawn below the axis")
    func maccGeometry() throws {
        let report = Self.report
        let svg = try Charts.macc(report, language: .english)
        let tree = try DocumentTree.parse(Array(svg.utf8), maxBytes: 1 << 22)
        let bars = try #require(tree.root).children.filter { $0.localName == "rect" && !$0.children.isEmpty }
        #expect(bars.count == report.macc.steps.count)
        let widths = bars.compactMap { $0.attribute("width").flatMap(Double.init) }
        let plotWidth = 960.0 - 110 - 320
        let total = report.macc.steps.reduce(0) { $0 + $1.abatement.value }
        for (width, step) in zip(widths, report.macc.steps) {
            #expect(abs(width - plotWidth * step.abatement.value / total) < 0.02)
        }
        // The first two steps save money: their bars start at the zero axis and go down.
        let tops = bars.compactMap { $0.attribute("y").flatMap(Double.init) }
        #expect(tops[0] == tops[1])
        #expect(tops[2] < tops[0])
    }

    @Test("a chart file is written atomically")
    func writeFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let url = URL(fileURLWithPath: folder.file("macc.svg"))
        try Charts.write(.macc, of: Self.report, language: .simplifiedChinese, toFile: url)
        #expect(try folder.contents() == ["macc.svg"])
        #expect(try String(contentsOf: url, encoding: .utf8) == Charts.macc(Self.report, language: .simplifiedChinese))
    }

    @Test("label numbers group thousands and keep the sign", arguments: [
        (1234567.0, 0, "1,234,567"), (-42.5, 1, "-42.5"), (0.0, 1, "0"), (999.96, 1, "1,000"), (-0.04, 1, "0"),
    ])
    func labels(value: Double, digits: Int, text: String) {
        #expect(SVGCanvas.label(value, digits: digits) == text)
    }
}

@Suite("Chart axes")
struct ChartAxisTests {
    @Test("ticks are 1-2-5 steps that just cover the data", arguments: [
        (0.0, 25.0, [0.0, 5, 10, 15, 20, 25]), (-180.0, 310.0, [-200.0, -100, 0, 100, 200, 300, 400]),
        (0.0, 1188.0, [0.0, 200, 400, 600, 800, 1000, 1200]),
    ])
    func ticks(low: Double, high: Double, expected: [Double]) {
        #expect(SVGCanvas.ticks(low, high) == expected)
    }
}

@Suite("Wedge chart with a measure that adds emissions")
struct WedgeIncreaseTests {
    @Test("negative interacted abatement is drawn as a hatched band above BAU and named in the legend")
    func hatchedIncrease() throws {
        var report = ChartTests.report
        report.measures[1].interactedAbatement = ReportSeries(
            unit: "tCO2e", firstYear: 2020, values: SampleReport.years.map { $0 >= 2025 ? -20 : 0 })
        let svg = try Charts.wedge(report, language: .simplifiedChinese)
        #expect(svg.contains("fill=\"url(#increase)\""))
        #expect(svg.contains("节能驾驶培训（排放增加）"))
        #expect(svg.contains("措施增加的排放（斜线）"))
        #expect(!(try Charts.wedge(ChartTests.report, language: .english)).contains("Emissions added by measures"))
    }
}

@Suite("Wedge chart legend")
struct WedgeLegendTests {
    @Test("an either-or loser outside the pathway is neither drawn nor listed in the legend; colours follow the layers")
    func legendListsPathwayOnly() throws {
        var report = ChartTests.report
        report.measures[4].order = nil
        report.measures[4].inPathway = false
        report.measures[4].excludedBy = report.measures[3].id
        report.macc.steps.removeAll { $0.measureID == report.measures[4].id }
        for language in [Language.english, .simplifiedChinese] {
            let svg = try Charts.wedge(report, language: language)
            #expect(!svg.contains(report.measures[4].name.text(language)))
            #expect(svg.contains(report.measures[3].name.text(language)))
            #expect(svg.contains(report.measures[5].name.text(language)))
            // The last measure's legend swatch has the same colour as its wedge.
            #expect(svg.components(separatedBy: "fill=\"\(SVGCanvas.colour(5))\"").count >= 3)
        }
    }
}
