internal import ReductionCore

/// What the MACC chart draws, in the chart's language: one bar per step in order. Built from a
/// sector report (colour = the measure's position in the report) or from a city report
/// (colour = the sector's position, label = sector and measure).
struct MACCChartData {
    struct Bar {
        var name: String
        var abatement: Double
        var cost: Double
        var colour: Int
    }
    var year: Int
    var costUnit: String
    var abatementUnit: String
    var bars: [Bar]
    /// A line under the chart (the city MACC: the steps it leaves out).
    var note: String?

    init(_ report: PlanReport, language: Language) {
        let indexes = Dictionary(report.measures.enumerated().map { ($0.element.id, $0.offset) },
                                 uniquingKeysWith: { first, _ in first })
        year = report.macc.year
        costUnit = report.macc.steps.first?.costPerTonne.unit ?? "\(report.header.currency)/tCO2e"
        abatementUnit = report.macc.steps.first?.abatement.unit ?? "tCO2e"
        bars = report.macc.steps.enumerated().map { rank, step in
            Bar(name: indexes[step.measureID].map { report.measures[$0].name.text(language) } ?? step.measureID,
                abatement: step.abatement.value, cost: step.costPerTonne.value, colour: indexes[step.measureID] ?? rank)
        }
    }

    /// The city MACC: the steps with positive abatement, in ascending order of their city cost
    /// per tonne (each width is still its step's difference of coupled runs, so the widths add up
    /// to the abatement of those steps whatever the drawing order); colour = the sector's.
    init(_ report: CityReport, language: Language) {
        let sectors = report.sectors.map(\.id)
        year = report.targetYear
        costUnit = "\(report.currency)/tCO2e"
        abatementUnit = "tCO2e"
        let drawn = report.steps.enumerated().compactMap { offset, step in
            step.costPerTonne.map { (offset: offset, step: step, cost: $0) }
        }.filter { $0.step.abatement > 0 }
        bars = drawn.sorted { ($0.cost, $0.offset) < ($1.cost, $1.offset) }.map { item in
            let sector = report.wedges.first { $0.sector == item.step.sector }?.name.text(language) ?? item.step.sector
            return Bar(name: "\(sector) · \(item.step.name?.text(language) ?? item.step.measure)", abatement: item.step.abatement,
                       cost: item.cost, colour: sectors.firstIndex(of: item.step.sector) ?? item.offset)
        }
        let left = report.steps.count - drawn.count
        if left > 0 {
            note = language == .simplifiedChinese
                ? "另有 \(left) 项措施在 \(year) 年无正减排量（未绘出，见 XML 报告）"
                : "\(left) more measure\(left == 1 ? "" : "s") with no positive abatement in \(year) not drawn (listed in the XML report)"
        }
    }
}

/// What the wedge chart draws: BAU and pathway per year, and the layers between them.
struct WedgeChartData {
    struct Layer {
        var name: String
        var colour: Int
        /// Abatement per year of ``WedgeChartData/years`` (negative: adds emissions).
        var values: [Double]
    }
    var title: String
    var unit: String
    var years: [Int]
    var baseline: [Double]
    var pathway: [Double]
    /// Layers from the pathway up (the first applied sits just under BAU, so it comes last).
    var stack: [Layer]
    /// Layers in legend order.
    var legend: [Layer]
    var targetYear: Int
    var peak: (year: Int, value: Double)
    var targets: [(year: Int, allowed: Double)]

    init(_ report: PlanReport, language: Language) {
        let chinese = language == .simplifiedChinese
        let sector = report.header.sector.name.text(language)
        title = chinese ? "\(sector)排放路径与分措施减排量" : "\(sector): emission pathway and abatement by measure"
        unit = report.pathway.emissions.unit
        years = report.pathway.emissions.points.map(\.year)
        pathway = report.pathway.emissions.points.map(\.value)
        let years = years
        baseline = years.map { report.baseline.value(in: $0) ?? 0 }
        func layer(_ index: Int) -> Layer {
            let measure = report.measures[index]
            return Layer(name: measure.name.text(language), colour: index,
                         values: years.map { measure.interactedAbatement.value(in: $0) ?? 0 })
        }
        stack = report.measures.indices.filter { report.measures[$0].order != nil }
            .sorted { (report.measures[$0].order ?? 0) > (report.measures[$1].order ?? 0) }.map(layer)
        legend = report.measures.indices.filter { report.measures[$0].order != nil }.map(layer)
        targetYear = report.header.targetYear
        peak = (report.pathway.peak.year, report.pathway.peak.emissions.value)
        targets = report.pathway.targets.map { ($0.year, $0.allowed.value) }
    }

    /// The city wedge chart on the MACC boundary: one wedge per sector (its measures' step
    /// widths per year), the sector's colour as in the city MACC; targets on that boundary.
    init(_ report: CityReport, language: Language) {
        let chinese = language == .simplifiedChinese
        let city = report.names.first { $0.lang == (chinese ? "zh-Hans" : "en") }?.text ?? report.divisionCode
        let consumption = report.maccBoundary == "consumption"
        title = chinese
            ? "\(city)：城市排放路径与分部门减排量（\(consumption ? "消费端" : "属地")口径）"
            : "\(city): emission pathway and abatement by sector (\(report.maccBoundary) total)"
        unit = "tCO2e"
        years = Array(report.baseYear...report.horizon)
        let totals = report.totals.filter { $0.boundary == report.maccBoundary }
        baseline = totals.first { $0.series.scenario == "bau" }?.series.values ?? []
        let pathwayTotal = totals.first { $0.series.scenario == "pathway" }
        pathway = pathwayTotal?.series.values ?? []
        let sectors = report.sectors.map(\.id)
        let layers = report.wedges.enumerated().map { offset, wedge in
            Layer(name: wedge.name.text(language), colour: sectors.firstIndex(of: wedge.sector) ?? offset, values: wedge.values)
        }
        stack = layers.reversed()
        legend = layers
        targetYear = report.targetYear
        peak = (pathwayTotal?.peak?.year ?? report.baseYear, pathwayTotal?.peak?.value ?? 0)
        targets = report.targets.filter { $0.boundary == report.maccBoundary && $0.kind != "peak" }.map { ($0.year, $0.allowed) }
            .filter { $0.allowed.isFinite }
    }
}
