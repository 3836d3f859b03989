public import Foundation
public import ReductionCore

/// SVG charts of a report, written through the same libxml2 writer as the report itself.
///
/// ```swift
/// let svg = try Charts.macc(report, language: .simplifiedChinese)
/// try Charts.write(.wedge, of: report, language: .english, toFile: url)
/// ```
///
/// Labels are in the chosen language; the font list covers CJK
/// (`"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif`).
public enum Charts {
    /// Which chart.
    public enum Kind: String, Sendable, CaseIterable {
        /// Marginal abatement cost curve: bar width = abatement, height = cost per tonne.
        case macc
        /// BAU line, stacked abatement wedges by measure, pathway line, peak marked.
        case wedge
        /// The parameters that drive the target-year pathway most (needs an uncertainty section).
        case tornado
    }

    /// Chart size in CSS pixels.
    public struct Size: Sendable, Hashable {
        /// Width in pixels.
        public var width: Double
        /// Height in pixels.
        public var height: Double
        /// A chart `width` × `height` CSS pixels (960 × 600 by default).
        public init(width: Double = 960, height: Double = 600) {
            self.width = width
            self.height = height
        }
    }

    /// The CSS font list every chart names.
    public static let fontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif"

    /// The MACC for the report's target year as SVG text.
    public static func macc(_ report: PlanReport, language: Language, size: Size = Size()) throws(ReportXMLError) -> String {
        try svg(.macc, of: report, language: language, size: size)
    }

    /// The wedge chart (BAU, abatement by measure, pathway, peak) as SVG text.
    public static func wedge(_ report: PlanReport, language: Language, size: Size = Size()) throws(ReportXMLError) -> String {
        try svg(.wedge, of: report, language: language, size: size)
    }

    /// A chart as SVG text.
    public static func svg(_ kind: Kind, of report: PlanReport, language: Language,
                           size: Size = Size()) throws(ReportXMLError) -> String {
        let writer = try TextWriter()
        try writer.startDocument()
        try draw(kind, report, language, size, writer)
        try writer.endDocument()
        return String(decoding: writer.bytes(), as: UTF8.self)
    }

    /// A city chart (``Kind/macc``: the city MACC over every sector's measures; ``Kind/wedge``:
    /// BAU → pathway by sector wedges) as SVG text; a city report has no tornado chart.
    public static func svg(_ kind: Kind, of report: CityReport, language: Language,
                           size: Size = Size()) throws(ReportXMLError) -> String {
        let writer = try TextWriter()
        try writer.startDocument()
        let canvas = SVGCanvas(writer: writer, language: language)
        switch kind {
        case .macc: try MACCChart(data: MACCChartData(report, language: language), size: size, canvas: canvas).draw()
        case .wedge: try WedgeChart(data: WedgeChartData(report, language: language), size: size, canvas: canvas).draw()
        case .tornado: throw ReportXMLError(.unsupportedVersion, "a city report has no tornado chart (no Monte Carlo run)")
        }
        try writer.endDocument()
        return String(decoding: writer.bytes(), as: UTF8.self)
    }

    /// Writes a chart to `file` atomically (temporary file in the same folder, then rename).
    public static func write(_ kind: Kind, of report: PlanReport, language: Language,
                             size: Size = Size(), toFile file: URL) throws(ReportXMLError) {
        try AtomicWrite.write(toPath: file.path, schema: nil) { writer throws(ReportXMLError) in
            try draw(kind, report, language, size, writer)
        }
    }

    private static func draw(_ kind: Kind, _ report: PlanReport, _ language: Language, _ size: Size,
                             _ writer: TextWriter) throws(ReportXMLError) {
        let canvas = SVGCanvas(writer: writer, language: language)
        switch kind {
        case .macc: try MACCChart(data: MACCChartData(report, language: language), size: size, canvas: canvas).draw()
        case .wedge: try WedgeChart(data: WedgeChartData(report, language: language), size: size, canvas: canvas).draw()
        case .tornado: try TornadoChart(report: report, size: size, canvas: canvas).draw()
        }
    }
}

/// Drawing primitives over a ``TextWriter``; coordinates rounded to 0.01 px.
struct SVGCanvas {
    let writer: TextWriter
    let language: Language
    /// Labels drawn so far, so that later ones can avoid them.
    let placed = PlacedLabels()

    func begin(_ size: Charts.Size, title: String) throws(ReportXMLError) {
        try writer.startElement("svg")
        try writer.attribute("xmlns", "http://www.w3.org/2000/svg")
        try writer.attribute("width", Self.number(size.width))
        try writer.attribute("height", Self.number(size.height))
        try writer.attribute("viewBox", "0 0 \(Self.number(size.width)) \(Self.number(size.height))")
        try writer.attribute("font-family", Charts.fontFamily)
        try writer.attribute("font-size", "13")
        try writer.startElement("title")
        try writer.text(title)
        try writer.endElement()
        try rect(x: 0, y: 0, width: size.width, height: size.height, fill: "#FFFFFF")
    }

    /// Defines `url(#increase)`: grey diagonal hatching for emission increases.
    func hatchPattern() throws(ReportXMLError) {
        try writer.startElement("defs")
        try writer.startElement("pattern")
        try writer.attribute("id", "increase")
        try writer.attribute("width", "6")
        try writer.attribute("height", "6")
        try writer.attribute("patternUnits", "userSpaceOnUse")
        try writer.attribute("patternTransform", "rotate(45)")
        try line(0, 0, 0, 6, stroke: "#555555", width: 2)
        try writer.endElement()
        try writer.endElement()
    }

    func end() throws(ReportXMLError) { try writer.endElement() }

    func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
              stroke: String? = nil, tooltip: String? = nil) throws(ReportXMLError) {
        try writer.startElement("rect")
        try writer.attribute("x", Self.number(x))
        try writer.attribute("y", Self.number(y))
        try writer.attribute("width", Self.number(max(0, width)))
        try writer.attribute("height", Self.number(max(0, height)))
        try writer.attribute("fill", fill)
        if let stroke {
            try writer.attribute("stroke", stroke)
            try writer.attribute("stroke-width", "0.5")
        }
        if let tooltip {
            try writer.startElement("title")
            try writer.text(tooltip)
            try writer.endElement()
        }
        try writer.endElement()
    }

    func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
              width: Double = 1, dash: String? = nil) throws(ReportXMLError) {
        try writer.startElement("line")
        try writer.attribute("x1", Self.number(x1))
        try writer.attribute("y1", Self.number(y1))
        try writer.attribute("x2", Self.number(x2))
        try writer.attribute("y2", Self.number(y2))
        try writer.attribute("stroke", stroke)
        try writer.attribute("stroke-width", Self.number(width))
        if let dash { try writer.attribute("stroke-dasharray", dash) }
        try writer.endElement()
    }

    func polyline(_ points: [(Double, Double)], stroke: String, width: Double, dash: String? = nil) throws(ReportXMLError) {
        try writer.startElement("polyline")
        try writer.attribute("points", points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " "))
        try writer.attribute("fill", "none")
        try writer.attribute("stroke", stroke)
        try writer.attribute("stroke-width", Self.number(width))
        if let dash { try writer.attribute("stroke-dasharray", dash) }
        try writer.endElement()
    }

    func polygon(_ points: [(Double, Double)], fill: String, tooltip: String,
                 stroke: String? = nil) throws(ReportXMLError) {
        try writer.startElement("polygon")
        try writer.attribute("points", points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " "))
        try writer.attribute("fill", fill)
        try writer.attribute("fill-opacity", "0.85")
        if let stroke {
            try writer.attribute("stroke", stroke)
            try writer.attribute("stroke-width", "1")
        }
        try writer.startElement("title")
        try writer.text(tooltip)
        try writer.endElement()
        try writer.endElement()
    }

    func circle(_ x: Double, _ y: Double, radius: Double, fill: String) throws(ReportXMLError) {
        try writer.startElement("circle")
        try writer.attribute("cx", Self.number(x))
        try writer.attribute("cy", Self.number(y))
        try writer.attribute("r", Self.number(radius))
        try writer.attribute("fill", fill)
        try writer.attribute("stroke", "#000000")
        try writer.endElement()
    }

    enum Anchor: String { case start, middle, end }

    func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double? = nil,
              weight: String? = nil, rotate: Double? = nil, fill: String? = nil,
              halo: Bool = false) throws(ReportXMLError) {
        try writer.startElement("text")
        try writer.attribute("x", Self.number(x))
        try writer.attribute("y", Self.number(y))
        if anchor != .start { try writer.attribute("text-anchor", anchor.rawValue) }
        if let size { try writer.attribute("font-size", Self.number(size)) }
        if let weight { try writer.attribute("font-weight", weight) }
        if let fill { try writer.attribute("fill", fill) }
        if halo {
            try writer.attribute("stroke", "#FFFFFF")
            try writer.attribute("stroke-width", "3")
            try writer.attribute("paint-order", "stroke")
        }
        if let rotate {
            try writer.attribute("transform", "rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))")
        }
        try writer.text(content)
        try writer.endElement()
    }

    /// Coordinates: rounded to 0.01, never in exponent form.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return abs(rounded) < 0.005 ? "0" : String(rounded)
    }

    /// A label number: thousands grouped with commas, at most `digits` decimals.
    static func label(_ value: Double, digits: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        let scale = Double((0..<digits).reduce(1) { value, _ in value * 10 })
        let rounded = (abs(value) * scale).rounded() / scale
        // Past 10^15 the digits are not meaningful and Int64 ends at 9.2e18: exponent form.
        guard rounded < 1e15 else { return (value < 0 ? "-" : "") + "\(abs(value))" }
        let whole = Int64(rounded.rounded(.down))
        var grouped = String(whole)
        var index = grouped.count - 3
        while index > 0 {
            grouped.insert(",", at: grouped.index(grouped.startIndex, offsetBy: index))
            index -= 3
        }
        var fraction = ""
        if digits > 0 {
            let part = Int64(((rounded - Double(whole)) * scale).rounded())
            if part > 0 {
                let text = String(part)
                fraction = "." + String(repeating: "0", count: max(0, digits - text.count)) + text
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
        }
        return (value < 0 && rounded > 0 ? "-" : "") + grouped + fraction
    }

    /// "Nice" tick values (1, 2 or 5 × 10^k), about `count` of them, from the last tick at
    /// or below `low` to the first at or above `high`, so the axis covers all the data.
    static func ticks(_ low: Double, _ high: Double, count: Int = 6) -> [Double] {
        guard high > low, high.isFinite, low.isFinite else { return [low, low + 1] }
        let raw = (high - low) / Double(max(1, count))
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
        let first = (low / step + 1e-9).rounded(.down), last = (high / step - 1e-9).rounded(.up)
        return stride(from: first, through: last, by: 1).map { $0 == 0 ? 0 : $0 * step }
    }
}
