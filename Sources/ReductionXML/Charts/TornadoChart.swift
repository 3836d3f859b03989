internal import ReductionCore

/// The tornado chart of the uncertainty section: for the ten parameters that drive the
/// target-year pathway most (largest |Spearman| first, top to bottom), a bar from the mean
/// pathway over the draws with the parameter in its lowest tenth to the mean over its highest
/// tenth. The vertical line is the median pathway. Figures come from the core's sensitivity
/// result; the chart computes nothing but coordinates.
struct TornadoChart {
    let report: PlanReport
    let size: Charts.Size
    let canvas: SVGCanvas

    private var chinese: Bool { canvas.language == .simplifiedChinese }
    private let left = 330.0, right = 40.0, top = 80.0, bottom = 60.0

    func draw() throws(ReportXMLError) {
        let section = report.uncertainty
        let year = section?.targetYear ?? report.header.targetYear
        let title = chinese ? "\(year)年规划路径排放的敏感性（龙卷风图）" : "What drives the \(year) pathway (tornado chart)"
        try canvas.begin(size, title: title)
        try canvas.text(title, x: size.width / 2, y: 30, anchor: .middle, size: 18, weight: "bold")
        let subtitle = chinese ? "条形：参数处于其抽样最低 10% 与最高 10% 时的平均排放（tCO2e）"
                               : "Bars: mean emissions (tCO2e) with the parameter in its lowest vs highest tenth of draws"
        try canvas.text(subtitle, x: size.width / 2, y: 52, anchor: .middle, size: 12)
        let entries = Array((section?.sensitivity.first { $0.result == "pathway" }?.parameters ?? []).prefix(10))
        guard !entries.isEmpty else {
            try canvas.text(chinese ? "无抽样参数" : "No drawn parameters", x: size.width / 2, y: size.height / 2, anchor: .middle)
            try canvas.end()
            return
        }
        let centre = section?.pathwayEmissions?.p50 ?? (entries[0].lowMean + entries[0].highMean) / 2
        let values = entries.flatMap { [$0.lowMean, $0.highMean] } + [centre]
        let ticks = SVGCanvas.ticks(values.min() ?? 0, values.max() ?? 1)
        let low = ticks.first ?? 0, high = max(ticks.last ?? 1, low + 1e-9)
        let plotRight = size.width - right, plotBottom = size.height - bottom
        let x = { (value: Double) in left + (plotRight - left) * (value - low) / (high - low) }
        for tick in ticks {
            try canvas.line(x(tick), top, x(tick), plotBottom, stroke: "#E0E0E0")
            try canvas.text(SVGCanvas.label(tick), x: x(tick), y: plotBottom + 20, anchor: .middle)
        }
        let band = (plotBottom - top) / Double(entries.count)
        for (row, entry) in entries.enumerated() {
            let y = top + band * Double(row)
            let from = min(entry.lowMean, entry.highMean), to = max(entry.lowMean, entry.highMean)
            // Blue where the parameter's high tenth lowers emissions, orange where it raises them.
            let fill = entry.highMean >= entry.lowMean ? "#E69F00" : "#0072B2"
            try canvas.rect(x: x(from), y: y + band * 0.2, width: x(to) - x(from), height: band * 0.6, fill: fill,
                            tooltip: "\(entry.parameter): \(SVGCanvas.label(entry.lowMean)) → \(SVGCanvas.label(entry.highMean)) tCO2e, "
                                + "Spearman \(SVGCanvas.label(entry.spearman, digits: 2))")
            try canvas.text(entry.parameter, x: left - 8, y: y + band * 0.55, anchor: .end, size: 11)
        }
        try canvas.line(x(centre), top - 6, x(centre), plotBottom, stroke: "#333333", width: 1.5)
        try canvas.text(chinese ? "中位数 \(SVGCanvas.label(centre))" : "median \(SVGCanvas.label(centre))",
                        x: x(centre), y: top - 10, anchor: .middle, size: 11)
        try canvas.text("tCO2e", x: (left + plotRight) / 2, y: size.height - 15, anchor: .middle)
        try canvas.end()
    }
}
