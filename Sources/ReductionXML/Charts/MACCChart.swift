internal import ReductionCore

/// The marginal abatement cost curve: steps in the report's order (ascending cost), bar
/// width = abatement in the MACC year, height = cost per tonne, negative costs below the
/// zero axis, an extreme bar clipped at a visible axis break with its value printed. Bars
/// carry their rank where it fits without overlapping another label; a legend gives each
/// rank's full name (wrapped) and cost.
struct MACCChart {
    let data: MACCChartData
    var size: Charts.Size
    let canvas: SVGCanvas

    init(data: MACCChartData, size: Charts.Size, canvas: SVGCanvas) {
        self.data = data
        self.size = size
        self.canvas = canvas
        let entries = legendEntries
        self.size = Self.fitted(size, legendLines: entries.reduce(0) { $0 + $1.count }, entries: entries.count)
    }

    private var chinese: Bool { canvas.language == .simplifiedChinese }
    private let left = 110.0, top = 60.0, bottom = 70.0, legendWidth = 320.0

    /// The cost axis range: when at most three bars on a side are over three times the
    /// next bar on that side, the axis stops at 1.25 × that next bar; the bars beyond are
    /// drawn to the edge with a break mark and their values printed.
    static func costRange(_ costs: [Double]) -> (low: Double, high: Double) {
        func cap(_ values: [Double]) -> Double {
            let sorted = values.sorted(by: >)
            for clipped in 1...3 where clipped < sorted.count && sorted[clipped] > 0
                && sorted[clipped - 1] > 3 * sorted[clipped] {
                return sorted[clipped] * 1.25
            }
            return sorted.first ?? 0
        }
        return (-cap(costs.filter { $0 < 0 }.map { -$0 }), cap(costs.filter { $0 > 0 }))
    }

    /// The legend entries, each wrapped to the legend's width.
    private var legendEntries: [[String]] {
        data.bars.enumerated().map { rank, bar in
            SVGCanvas.wrapped("\(rank + 1). \(bar.name)  \(SVGCanvas.label(bar.cost, digits: 1))",
                              width: legendWidth - 40, size: 12)
        }
    }

    /// `size`, taller when the legend needs it: every measure is listed in full.
    private static func fitted(_ size: Charts.Size, legendLines: Int, entries: Int) -> Charts.Size {
        let needed = 60 + 26 + Double(legendLines) * 15 + Double(entries) * 5 + 20
        return Charts.Size(width: size.width, height: max(size.height, needed))
    }

    func draw() throws(ReportXMLError) {
        let costUnit = data.costUnit, abatementUnit = data.abatementUnit
        let title = chinese ? "\(data.year)年边际减排成本曲线" : "Marginal abatement cost curve, \(data.year)"
        try canvas.begin(size, title: title)
        try canvas.fixedText(title, x: size.width / 2, y: 30, anchor: .middle, size: 18, weight: "bold")

        let plotRight = size.width - legendWidth
        let plotBottom = size.height - bottom
        let total = max(data.bars.reduce(0) { $0 + max(0, $1.abatement) }, 1e-9)
        let range = Self.costRange(data.bars.map(\.cost))
        let yTicks = SVGCanvas.ticks(min(0, range.low), max(0, range.high, 1e-9))
        let yLow = yTicks.first ?? 0, yHigh = max(yTicks.last ?? 1, yLow + 1e-9)
        let x = { (value: Double) in left + (plotRight - left) * value / total }
        let y = { (value: Double) in plotBottom - (plotBottom - top) * (min(max(value, yLow), yHigh) - yLow) / (yHigh - yLow) }

        for tick in yTicks {
            try canvas.line(left, y(tick), plotRight, y(tick), stroke: "#E0E0E0")
            try canvas.fixedText(SVGCanvas.label(tick, digits: 1), x: left - 8, y: y(tick) + 4, anchor: .end)
        }
        for tick in SVGCanvas.ticks(0, total) where tick <= total * (1 + 1e-9) {
            try canvas.line(x(tick), plotBottom, x(tick), plotBottom + 5, stroke: "#333333")
            try canvas.placeText(SVGCanvas.label(tick, digits: 1), at: [(x(tick), plotBottom + 20)], anchor: .middle)
        }

        var start = 0.0
        var clipped: [(x: Double, y: Double, cost: Double, up: Bool)] = []
        for bar in data.bars {
            let width = max(0, bar.abatement)
            let cost = bar.cost
            let name = bar.name
            let top = y(max(cost, 0)), base = y(min(cost, 0))
            let tooltip = "\(name): \(SVGCanvas.label(width, digits: 1)) \(abatementUnit), "
                + "\(SVGCanvas.label(cost, digits: 2)) \(costUnit)"
            let left = x(start), right = x(start + width)
            try canvas.rect(x: left, y: top, width: right - left, height: base - top,
                            fill: SVGCanvas.colour(bar.colour), stroke: "#FFFFFF",
                            tooltip: tooltip)
            if cost > yHigh || cost < yLow {
                let edge = cost > yHigh ? top + 14 : base - 14
                try breakMark(x: left, width: right - left, y: edge)
                clipped.append(((left + right) / 2, cost > yHigh ? top : base, cost, cost > yHigh))
            }
            start += width
        }
        try canvas.line(left, y(0), plotRight, y(0), stroke: "#000000", width: 1.5)
        try canvas.line(left, top, left, plotBottom, stroke: "#000000")
        // The clipped bars' values first (they matter most), then the ranks where they fit.
        for bar in clipped {
            let label = "\(SVGCanvas.label(bar.cost, digits: 0)) \(costUnit)"
            let half = SVGCanvas.textWidth(label, size: 12) / 2 + 2
            let labelX = min(max(bar.x, left + half), plotRight - half)
            let step = bar.up ? 16.0 : -16.0
            try canvas.placeText(label, at: (0..<4).map { (labelX, bar.y + (bar.up ? 32 : -24) + Double($0) * step) },
                                 anchor: .middle, size: 12, weight: "bold", halo: true)
        }
        start = 0
        for (rank, bar) in data.bars.enumerated() {
            let width = max(0, bar.abatement), cost = bar.cost
            let middle = (x(start) + x(start + width)) / 2
            let edge = cost >= 0 ? y(max(cost, 0)) - 5 : y(min(cost, 0)) + 15
            let away = cost >= 0 ? -13.0 : 13.0
            try canvas.placeText(String(rank + 1), at: [(middle, edge), (middle, edge + away), (middle, edge + 2 * away)],
                                 anchor: .middle, size: 11)
            start += width
        }

        let xTitle = chinese ? "累计减排量（\(abatementUnit)）" : "Cumulative abatement (\(abatementUnit))"
        let yTitle = chinese ? "单位减排成本（\(costUnit)）" : "Cost per tonne (\(costUnit))"
        try canvas.fixedText(xTitle, x: (left + plotRight) / 2, y: size.height - 25, anchor: .middle, size: 14)
        try canvas.text(yTitle, x: 20, y: (top + plotBottom) / 2, anchor: .middle, size: 14, rotate: -90)
        if data.bars.isEmpty {
            try canvas.text(chinese ? "无减排措施" : "No measures", x: (left + plotRight) / 2,
                            y: (top + plotBottom) / 2, anchor: .middle, size: 16)
        }
        if let note = data.note { try canvas.fixedText(note, x: left, y: size.height - 6, size: 11) }
        try legend(costUnit: costUnit, x: plotRight + 20)
        try canvas.end()
    }

    /// Two white slanted strokes across a clipped bar: the axis is broken there.
    private func breakMark(x: Double, width: Double, y: Double) throws(ReportXMLError) {
        for offset in [-3.0, 3.0] {
            try canvas.line(x - 2, y + offset + 4, x + width + 2, y + offset - 4, stroke: "#FFFFFF", width: 2.5)
        }
        try canvas.line(left - 6, y + 4, left + 6, y - 4, stroke: "#000000", width: 1.5)
    }

    private func legend(costUnit: String, x: Double) throws(ReportXMLError) {
        let heading = chinese ? "减排措施（\(costUnit)）" : "Measures (\(costUnit))"
        try canvas.fixedText(heading, x: x, y: top + 4, weight: "bold")
        let lineHeight = 15.0, gap = 5.0
        var rowY = top + 26
        for (bar, lines) in zip(data.bars, legendEntries) {
            try canvas.rect(x: x, y: rowY - 11, width: 12, height: 12, fill: SVGCanvas.colour(bar.colour))
            for line in lines {
                try canvas.fixedText(line, x: x + 18, y: rowY, size: 12)
                rowY += lineHeight
            }
            rowY += gap
        }
    }
}

