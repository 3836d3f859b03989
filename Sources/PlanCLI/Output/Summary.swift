public import ReductionCore

/// The terminal summary of a plan result: inventory, BAU vs plan, peak, MACC, targets,
/// co-benefits and warnings, in English or Chinese.
public struct Summary: Sendable {
    /// The evaluated plan to summarise.
    public var result: PlanResult
    /// The language of the summary text.
    public var language: Language

    /// Creates a summary of `result` in `language`.
    public init(result: PlanResult, language: Language) {
        self.result = result
        self.language = language
    }

    func t(_ text: UIText) -> String { text.text(language) }

    /// The whole summary as text, every line at most `TextWrap.terminalWidth` columns.
    public func render() -> String {
        TextWrap.fit([header(), inventory(), trajectory(), milestones(), boundaries(), macc(), decisions(), captured(), targets(),
                      costs(), pathwayNetCost(), coBenefits(), memos(), warnings()]
            .filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    func header() -> String {
        let h = result.plan.header
        return """
        \(t(.plan)): \(h.title.text(language))
        \(t(.sector)): \(result.sector.name.text(language))    \(t(.jurisdiction)): \(h.jurisdiction.name.text(language)) (\(h.jurisdiction.code))
        \(t(.years)): \(h.baseYear) / \(h.targetYear) / \(h.horizon)    \(t(.gwpSet)): \(h.gwp.rawValue)    \(t(.factorSet)): \(h.factorSet)

        """
    }

    func inventory() -> String {
        let inventory = result.inventory
        var table = TextTable(headers: [t(.source), t(.category), t(.activity), "tCO2e", t(.share)], rightAligned: [2, 3, 4])
        let total = inventory.total
        for entry in inventory.entries where entry.co2e != 0 || entry.activity != 0 {
            let code = entry.source.categories.first { $0.scheme == .ipcc2006 }?.code ?? ""
            table.append([entry.source.name.text(language), code,
                          quantity(entry.activity, entry.source.activityUnit),
                          NumberFormat.grouped(entry.co2e), NumberFormat.percent(total > 0 ? entry.co2e / total : nil)])
        }
        table.append(["\(t(.total)) (\(ReportingBoundary.total.label.text(language)))", "", "", NumberFormat.grouped(total), ""])
        return "\(t(.inventory)) \(inventory.year)\n" + table.render()
    }

    func trajectory() -> String {
        let year = result.plan.header.targetYear
        let bau = result.bau[year] ?? 0, plan = result.pathway[year] ?? 0
        let base = result.bau[result.plan.header.baseYear] ?? 0
        func peak(_ peak: Peak) -> String {
            "\(peak.year) (\(NumberFormat.grouped(peak.value)) tCO2e, \(peak.declinesAfter ? t(.declines) : t(.stillRising)))"
        }
        return """
        \(t(.bauAndPlan)) \(year)
          \(t(.bau)): \(NumberFormat.grouped(bau)) tCO2e (\(signedPercent(bau, base)))
          \(t(.pathway)): \(NumberFormat.grouped(plan)) tCO2e (\(signedPercent(plan, base)))
          \(t(.reduction)): \(NumberFormat.grouped(bau - plan)) tCO2e (\(NumberFormat.percent(bau > 0 ? (bau - plan) / bau : nil)))
          \(t(.peakYear)) \(t(.bau)): \(peak(result.bauPeak))
          \(t(.peakYear)) \(t(.pathway)): \(peak(result.pathwayPeak))

        """
    }

    func signedPercent(_ value: Double, _ base: Double) -> String {
        guard base > 0 else { return "–" }
        let change = (value - base) / base
        return (change >= 0 ? "+" : "") + NumberFormat.percent(change) + " vs \(result.plan.header.baseYear)"
    }

    func macc() -> String {
        let currency = result.plan.header.currency
        var table = TextTable(headers: [t(.rank), t(.measure), "\(t(.costPerTonne)) \(currency)/t", "\(t(.abatement)) t",
                                        "\(t(.cumulative)) t", "\(t(.standalone)) t"], rightAligned: [0, 2, 3, 4, 5])
        let year = result.macc.year
        for (rank, step) in result.macc.steps.enumerated() {
            let standalone = result.measure(step.measureID)?.standaloneAbatement[year]
            table.append(["\(rank + 1)", step.name.text(language), NumberFormat.grouped(step.costPerTonne, decimals: 1),
                          NumberFormat.grouped(step.abatement), NumberFormat.grouped(step.cumulativeEnd),
                          NumberFormat.grouped(standalone)])
        }
        for measure in result.measures where !measure.inPathway {
            let winner = measure.excludedBy.flatMap { result.measure($0)?.measure.name.text(language) } ?? measure.excludedBy ?? ""
            table.append(["–", measure.measure.name.text(language) + " (\(t(.excludedBy)) \(winner))",
                          NumberFormat.grouped(measure.standaloneCostPerTonne, decimals: 1), "–", "–",
                          NumberFormat.grouped(measure.standaloneAbatement[year])])
        }
        return "\(t(.macc)) \(year)\n" + table.render()
    }

    func targets() -> String {
        guard !result.targets.isEmpty else { return "" }
        let currency = result.plan.header.currency
        var lines = ["\(t(.targets))"]
        for check in result.targets {
            let name = check.target.name?.text(language) ?? check.target.id
            lines.append("  \(name) (\(check.target.year), \(check.boundary.label.text(language))): \(check.met ? t(.met) : t(.notMet)); "
                         + "\(t(.pathway)) \(NumberFormat.grouped(check.pathwayEmissions)) / "
                         + "\(NumberFormat.grouped(check.allowedEmissions)) tCO2e, \(t(.gap)) \(NumberFormat.grouped(check.gap))")
            lines += explanation(check)
            if let selection = check.leastCost {
                let names = selection.measureIDs.compactMap { result.measure($0)?.measure.name.text(language) }
                lines.append("    \(t(.leastCost)): \(names.isEmpty ? "–" : names.joined(separator: ", "))")
                lines.append("    \(t(.marginalCost)): \(NumberFormat.grouped(selection.marginalCost, decimals: 1)) \(currency)/tCO2e; "
                             + "\(t(.annualCost)): \(NumberFormat.grouped(selection.annualCost)) \(currency)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func coBenefits() -> String {
        let year = result.plan.header.targetYear
        var table = TextTable(headers: [t(.pollutant), "\(t(.bau)) t", "\(t(.pathway)) t", "\(t(.cut)) t"], rightAligned: [1, 2, 3])
        var any = false
        for pollutant in Pollutant.allCases {
            let bau = result.bauPollutants[pollutant]?[year] ?? 0, plan = result.pathwayPollutants[pollutant]?[year] ?? 0
            if bau != 0 || plan != 0 { any = true }
            table.append([pollutant.name.text(language), NumberFormat.grouped(bau, decimals: 1),
                          NumberFormat.grouped(plan, decimals: 1), NumberFormat.grouped(bau - plan, decimals: 1)])
        }
        return any ? "\(t(.coBenefits)) \(year)\n" + table.render() : ""
    }

    /// Measures that capture CO2: captured (gross) and avoided (net of the energy penalty).
    func captured() -> String {
        let year = result.plan.header.targetYear
        let capturing = result.measures.filter { $0.inPathway && ($0.captured[year] ?? 0) > 0 }
        guard !capturing.isEmpty else { return "" }
        var table = TextTable(headers: [t(.measure), "\(t(.captured)) tCO2", "\(t(.avoided)) tCO2e"], rightAligned: [1, 2])
        for measure in capturing {
            table.append([measure.measure.name.text(language), NumberFormat.grouped(measure.captured[year]),
                          NumberFormat.grouped(measure.interactedAbatement[year])])
        }
        return "\(t(.captureHeading)) \(year)\n" + table.render()
    }

    /// Memo items: reported beside the inventory, never added to it.
    func memos() -> String {
        let layout = result.layout
        guard !layout.memos.isEmpty else { return "" }
        let h = result.plan.header
        var table = TextTable(headers: [t(.memo), t(.unit), "\(h.baseYear)", "\(t(.bau)) \(h.targetYear)", "\(t(.pathway)) \(h.targetYear)"],
                              rightAligned: [2, 3, 4])
        for (index, memo) in layout.memos.enumerated() {
            let decimals = abs((result.pathwayMemos[index][h.targetYear] ?? 0)) < 10 ? 3 : 0
            table.append([memo.name.text(language), memo.unit,
                          NumberFormat.grouped(result.bauMemos[index][h.baseYear], decimals: decimals),
                          NumberFormat.grouped(result.bauMemos[index][h.targetYear], decimals: decimals),
                          NumberFormat.grouped(result.pathwayMemos[index][h.targetYear], decimals: decimals)])
        }
        return "\(t(.memoHeading))\n" + table.render()
    }

    func warnings() -> String {
        guard !result.warnings.isEmpty else { return "" }
        return "\(t(.warnings))\n" + result.warnings.map { "  - \($0)" }.joined(separator: "\n") + "\n"
    }
}
