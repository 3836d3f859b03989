internal import ReductionCore

/// The marginal abatement cost curve: steps in the report's order (ascending cost), bar
/// width = abatement in the MACC year, height = cost per tonne, negative costs below the
/// zero axis. Bars carry their rank; a legend gives each rank's name and cost.
struct MACCChart {
    let report: PlanReport
    let size: Charts.Size
    let canvas: SVGCanvas
    private let indexes: [String: Int]

    init(report: PlanReport, size: Charts.Size, canvas: SVGCanvas) {
        self.report = report
        self.size = size
        self.canvas = canvas
        indexes = Dictionary(report.measures.enumerated().map { ($0.element.id, $0.offset) },
                             uniquingKeysWith: { first, _ in first })
    }

    private var chinese: Bool { canvas.language == .simplifiedChinese }
    private let left = 110.0, top = 60.0, bottom = 70.0, legendWidth = 320.0

    func draw() throws(ReportXMLError) {
        let macc = report.macc
        let costUnit = macc.steps.first?.costPerTonne.unit ?? "\(report.header.currency)/tCO2e"
        let abatementUnit = macc.steps.first?.abatement.unit ?? "tCO2e"
        let title = chinese ? "\(macc.year)年边际减排成本曲线" : "Marginal abatement cost curve, \(macc.year)"
        try canvas.begin(size, title: title)
        try canvas.text(title, x: size.width / 2, y: 30, anchor: .middle, size: 18, weight: "bold")

        let plotRight = size.width - legendWidth
        let plotBottom = size.height - bottom
        let total = max(macc.steps.reduce(0) { $0 + max(0, $1.abatement.value) }, 1e-9)
        let costs = macc.steps.map(\.costPerTonne.value)
        let yTicks = SVGCanvas.ticks(min(0, costs.min() ?? 0), max(0, costs.max() ?? 1, 1e-9))
        let yLow = yTicks.first ?? 0, yHigh = max(yTicks.last ?? 1, yLow + 1e-9)
        let x = { (value: Double) in left + (plotRight - left) * value / total }
        let y = { (value: Double) in plotBottom - (plotBottom - top) * (value - yLow) / (yHigh - yLow) }

        for tick in yTicks {
            try canvas.line(left, y(tick), plotRight, y(tick), stroke: "#E0E0E0")
            try canvas.text(SVGCanvas.label(tick, digits: 1), x: left - 8, y: y(tick) + 4, anchor: .end)
        }
        for tick in SVGCanvas.ticks(0, total) where tick <= total * (1 + 1e-9) {
            try canvas.line(x(tick), plotBottom, x(tick), plotBottom + 5, stroke: "#333333")
            try canvas.text(SVGCanvas.label(tick, digits: 1), x: x(tick), y: plotBottom + 20, anchor: .middle)
        }

        var start = 0.0
        for (rank, step) in macc.steps.enumerated() {
            let width = max(0, step.abatement.value)
            let cost = step.costPerTonne.value
            let name = measureName(step.measureID)
            let top = y(max(cost, 0)), base = y(min(cost, 0))
            let tooltip = "\(name): \(SVGCanvas.label(width, digits: 1)) \(abatementUnit), "
                + "\(SVGCanvas.label(cost, digits: 2)) \(costUnit)"
            try canvas.rect(x: x(start), y: top, width: x(start + width) - x(start), height: base - top,
                            fill: SVGCanvas.colour(measureIndex(step.measureID) ?? rank), stroke: "#FFFFFF",
                            tooltip: tooltip)
            let labelY = cost >= 0 ? top - 5 : base + 15
            try canvas.text(String(rank + 1), x: (x(start) + x(start + width)) / 2, y: labelY, anchor: .middle,
                            size: 11)
            start += width
        }
        try canvas.line(left, y(0), plotRight, y(0), stroke: "#000000", width: 1.5)
        try canvas.line(left, top, left, plotBottom, stroke: "#000000")

        let xTitle = chinese ? "累计减排量（\(abatementUnit)）" : "Cumulative abatement (\(abatementUnit))"
        let yTitle = chinese ? "单位减排成本（\(costUnit)）" : "Cost per tonne (\(costUnit))"
        try canvas.text(xTitle, x: (left + plotRight) / 2, y: size.height - 25, anchor: .middle, size: 14)
        try canvas.text(yTitle, x: 20, y: (top + plotBottom) / 2, anchor: .middle, size: 14, rotate: -90)
        if macc.steps.isEmpty {
            try canvas.text(chinese ? "无减排措施" : "No measures", x: (left + plotRight) / 2,
                            y: (top + plotBottom) / 2, anchor: .middle, size: 16)
        }
        try legend(costUnit: costUnit, x: plotRight + 20)
        try canvas.end()
    }

    private func legend(costUnit: String, x: Double) throws(ReportXMLError) {
        let heading = chinese ? "减排措施（\(costUnit)）" : "Measures (\(costUnit))"
        try canvas.text(heading, x: x, y: top + 4, weight: "bold")
        let rowHeight = 20.0
        let capacity = max(1, Int((size.height - bottom - top - 20) / rowHeight))
        for (rank, step) in report.macc.steps.enumerated() {
            let rowY = top + 26 + Double(rank) * rowHeight
            if rank == capacity - 1 && report.macc.steps.count > capacity {
                let more = report.macc.steps.count - rank
                try canvas.text(chinese ? "……另有 \(more) 项" : "… \(more) more", x: x, y: rowY)
                break
            }
            try canvas.rect(x: x, y: rowY - 11, width: 12, height: 12,
                            fill: SVGCanvas.colour(measureIndex(step.measureID) ?? rank))
            let name = SVGCanvas.truncated(measureName(step.measureID), limit: chinese ? 14 : 26)
            try canvas.text("\(rank + 1). \(name)  \(SVGCanvas.label(step.costPerTonne.value, digits: 1))",
                            x: x + 18, y: rowY, size: 12)
        }
    }

    private func measureIndex(_ id: String) -> Int? { indexes[id] }

    private func measureName(_ id: String) -> String {
        indexes[id].map { report.measures[$0].name.text(canvas.language) } ?? id
    }
}

extension SVGCanvas {
    /// `text` cut to `limit` characters with an ellipsis.
    static func truncated(_ text: String, limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
