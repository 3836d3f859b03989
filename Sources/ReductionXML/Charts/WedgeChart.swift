internal import ReductionCore

/// The wedge chart: BAU emissions (dashed), the pathway (solid), and between them each
/// measure's interacted abatement stacked in application order, so the wedges fill the gap
/// from pathway up to BAU. The peak of the pathway is marked and labelled, each target's
/// allowed emissions drawn as a green diamond, and the horizon year always has a tick.
struct WedgeChart {
    let data: WedgeChartData
    let size: Charts.Size
    let canvas: SVGCanvas

    /// A wedge chart of `data`, taller than `size` when the legend needs it (every layer is
    /// listed by its full name).
    init(data: WedgeChartData, size: Charts.Size, canvas: SVGCanvas) {
        self.data = data
        self.canvas = canvas
        let names = data.legend.map { SVGCanvas.wrapped($0.name, width: 300 - 40, size: 12).count }
        let needed = 60 + 4 + 4 * 20 + 6 + Double(names.count) * 20 + Double(names.reduce(0) { $0 + $1 - 1 }) * 15 + 20
        self.size = Charts.Size(width: size.width, height: max(size.height, needed))
    }

    private var chinese: Bool { canvas.language == .simplifiedChinese }
    private let left = 110.0, top = 60.0, bottom = 70.0, legendWidth = 300.0

    func draw() throws(ReportXMLError) {
        let unit = data.unit
        let title = data.title
        try canvas.begin(size, title: title)
        if hasIncreases { try canvas.hatchPattern() }
        try canvas.text(title, x: size.width / 2, y: 30, anchor: .middle, size: 18, weight: "bold")

        let years = data.years
        let pathway = data.pathway
        // Wedges from the pathway up in reverse application order, so the first measure
        // applied sits just under the BAU line; measures outside the pathway draw nothing.
        var layers: [(layer: WedgeChartData.Layer, lower: [Double], upper: [Double])] = []
        var running = pathway
        for layer in data.stack {
            let lower = running
            running = zip(running, layer.values).map { value, abatement in value + max(0, abatement) }
            layers.append((layer, lower, running))
        }
        let baseline = data.baseline
        let high = max(baseline.max() ?? 0, running.max() ?? 0, pathway.max() ?? 0, 1e-9)
        let yTicks = SVGCanvas.ticks(0, high * 1.08)
        let yHigh = max(yTicks.last ?? high, 1e-9)
        let plotRight = size.width - legendWidth, plotBottom = size.height - bottom
        let first = Double(years.first ?? 0)
        let span = max(Double(years.last ?? 0) - first, 1)
        let x = { (year: Int) in left + (plotRight - left) * (Double(year) - first) / span }
        let y = { (value: Double) in plotBottom - (plotBottom - top) * value / yHigh }

        for tick in yTicks {
            try canvas.line(left, y(tick), plotRight, y(tick), stroke: "#E0E0E0")
            try canvas.text(SVGCanvas.label(tick), x: left - 8, y: y(tick) + 4, anchor: .end)
        }
        // Year ticks: the horizon (last) year always, then every `yearStep` years from the
        // base year where the label fits beside those already drawn.
        let yearStep = max(1, Int((span / 10).rounded(.up)))
        let tickYears = (years.last.map { [$0] } ?? []) + years.filter { ($0 - (years.first ?? 0)) % yearStep == 0 }
        for year in tickYears {
            guard try canvas.placeText(String(year), at: [(x(year), plotBottom + 20)], anchor: .middle) else { continue }
            try canvas.line(x(year), plotBottom, x(year), plotBottom + 5, stroke: "#333333")
        }

        for layer in layers where zip(layer.lower, layer.upper).contains(where: { $1 > $0 }) {
            let outline = zip(years, layer.upper).map { (x($0), y($1)) }
                + zip(years, layer.lower).reversed().map { (x($0), y($1)) }
            try canvas.polygon(outline, fill: SVGCanvas.colour(layer.layer.colour), tooltip: layer.layer.name)
        }
        // Measures that add emissions in some years (negative abatement) push the stack of
        // the others above BAU by exactly that amount: mark the excess as hatched bands
        // stacked up from the BAU line, in the measure's colour.
        var increases = baseline
        for layer in data.stack {
            let lower = increases
            increases = zip(increases, layer.values).map { value, abatement in value + max(0, -abatement) }
            guard zip(lower, increases).contains(where: { $1 > $0 }) else { continue }
            let outline = zip(years, increases).map { (x($0), y($1)) } + zip(years, lower).reversed().map { (x($0), y($1)) }
            let name = layer.name
            try canvas.polygon(outline, fill: "url(#increase)", tooltip: chinese ? "\(name)（排放增加）" : "\(name) (adds emissions)",
                               stroke: SVGCanvas.colour(layer.colour))
        }
        try canvas.polyline(zip(years, baseline).map { (x($0), y($1)) }, stroke: "#000000", width: 2, dash: "6 4")
        try canvas.polyline(zip(years, pathway).map { (x($0), y($1)) }, stroke: "#B2182B", width: 2.5)

        let target = data.targetYear
        if let firstYear = years.first, let lastYear = years.last, (firstYear...lastYear).contains(target) {
            try canvas.line(x(target), top, x(target), plotBottom, stroke: "#555555", dash: "2 3")
            try canvas.placeText(chinese ? "目标年 \(target)" : "Target \(target)", at: [(x(target) - 4, plotBottom - 6)],
                                 anchor: .end, size: 11)
        }
        let peak = data.peak
        try canvas.circle(x(peak.year), y(peak.value), radius: 5, fill: "#B2182B")
        let peakLabel = chinese
            ? "峰值 \(peak.year)年：\(SVGCanvas.label(peak.value)) \(unit)"
            : "Peak \(peak.year): \(SVGCanvas.label(peak.value)) \(unit)"
        let nearEdge = x(peak.year) < left + 100
        let peakX = x(peak.year) + (nearEdge ? 8 : 0), peakY = y(peak.value)
        try canvas.placeText(peakLabel, at: [(peakX, peakY - 12), (peakX, peakY + 22), (peakX, peakY - 28)],
                             anchor: nearEdge ? .start : .middle, size: 12, weight: "bold", fill: "#B2182B", halo: true)
        try targetLevels(x: x, y: y, right: plotRight)

        try canvas.line(left, plotBottom, plotRight, plotBottom, stroke: "#000000")
        try canvas.line(left, top, left, plotBottom, stroke: "#000000")
        try canvas.text(chinese ? "年份" : "Year", x: (left + plotRight) / 2, y: size.height - 25, anchor: .middle, size: 14)
        try canvas.text(chinese ? "排放量（\(unit)）" : "Emissions (\(unit))", x: 20, y: (top + plotBottom) / 2,
                        anchor: .middle, size: 14, rotate: -90)
        try legend(x: plotRight + 20)
        try canvas.end()
    }

    /// True when some layer adds emissions in some year.
    private var hasIncreases: Bool {
        data.stack.contains { $0.values.contains { $0 < 0 } }
    }

    private func legend(x: Double) throws(ReportXMLError) {
        var rowY = top + 4
        try canvas.line(x, rowY - 4, x + 24, rowY - 4, stroke: "#000000", width: 2, dash: "6 4")
        try canvas.fixedText(chinese ? "基准情景（BAU）" : "Business as usual", x: x + 30, y: rowY, size: 12)
        rowY += 20
        try canvas.line(x, rowY - 4, x + 24, rowY - 4, stroke: "#B2182B", width: 2.5)
        try canvas.fixedText(chinese ? "减排路径" : "Pathway", x: x + 30, y: rowY, size: 12)
        if hasIncreases {
            rowY += 20
            try canvas.rect(x: x + 6, y: rowY - 11, width: 12, height: 12, fill: "url(#increase)")
            try canvas.fixedText(chinese ? "措施增加的排放（斜线）" : "Emissions added by measures (hatched)",
                                 x: x + 30, y: rowY, size: 12)
        }
        if !data.targets.isEmpty {
            rowY += 20
            try diamond(x + 12, rowY - 5)
            try canvas.fixedText(chinese ? "目标允许排放量" : "Target level (allowed emissions)", x: x + 30, y: rowY, size: 12)
        }
        // Only measures in the pathway have a wedge; each keeps the colour of its layer
        // (colours follow the measure's position in the report). Full names, wrapped.
        rowY += 6
        for layer in data.legend {
            let lines = SVGCanvas.wrapped(layer.name, width: legendWidth - 40, size: 12)
            rowY += 20
            try canvas.rect(x: x + 6, y: rowY - 11, width: 12, height: 12, fill: SVGCanvas.colour(layer.colour))
            for (number, line) in lines.enumerated() {
                if number > 0 { rowY += 15 }
                try canvas.fixedText(line, x: x + 30, y: rowY, size: 12)
            }
        }
    }

    /// Each target's allowed emissions in its year: a diamond with the level printed where it fits.
    private func targetLevels(x: (Int) -> Double, y: (Double) -> Double, right: Double) throws(ReportXMLError) {
        for check in data.targets {
            let px = x(check.year), py = y(check.allowed)
            try canvas.line(px - 14, py, px + 14, py, stroke: "#1A7F37", width: 2)
            try diamond(px, py)
            let label = (chinese ? "目标 \(check.year)：" : "Target \(check.year): ") + SVGCanvas.label(check.allowed)
            let labelX = min(px + 10, right - SVGCanvas.textWidth(label, size: 11))  // never into the legend
            try canvas.placeText(label, at: [(labelX, py + 16), (labelX, py - 10), (labelX, py + 30)], size: 11,
                                 fill: "#1A7F37", halo: true)
        }
    }

    private func diamond(_ cx: Double, _ cy: Double) throws(ReportXMLError) {
        try canvas.polygon([(cx, cy - 6), (cx + 6, cy), (cx, cy + 6), (cx - 6, cy)], fill: "#1A7F37",
                           tooltip: chinese ? "目标允许排放量" : "Target level", stroke: "#FFFFFF")
    }
}
