internal import ReductionCore

/// The boundary section of the summary: direct, indirect and total emissions, the grid-factor
/// path each run used, the sector's default target boundary and the boundary notes and warnings.
/// Every figure comes from the core (`PlanResult.bauBoundaries`, `boundaryNotes`, …).
extension Summary {
    func l(_ english: String, _ chinese: String) -> String { LocalizedName(english, chinese).text(language) }

    func boundaries() -> String {
        let h = result.plan.header
        let bau = result.bauBoundaries, plan = result.pathwayBoundaries
        var table = TextTable(headers: [l("Boundary", "边界"), "\(h.baseYear) tCO2e", "\(t(.bau)) \(h.targetYear) tCO2e",
                                        "\(t(.pathway)) \(h.targetYear) tCO2e"], rightAligned: [1, 2, 3])
        for boundary in ReportingBoundary.allCases {
            table.append([boundary.shortLabel.text(language), NumberFormat.grouped(bau.series(boundary)[h.baseYear]),
                          NumberFormat.grouped(bau.series(boundary)[h.targetYear]),
                          NumberFormat.grouped(plan.series(boundary)[h.targetYear])])
        }
        if let location = result.bauLocationBased, let planLocation = result.pathwayLocationBased {
            table.append([l("location-based electricity", "电力（基于位置）"),
                          NumberFormat.grouped(location[h.baseYear]), NumberFormat.grouped(location[h.targetYear]),
                          NumberFormat.grouped(planLocation[h.targetYear])])
        }
        var lines = ["\(l("Boundaries", "核算边界")) (\(l("indirect", "间接排放")): \(result.sector.indirectView); "
                     + "\(l("targets default to", "目标默认边界")): \(result.sector.defaultTargetBoundary.label.text(language)))",
                     table.render().trimmingSuffixNewline()]
        if let grid = result.bauGridFactor {
            lines.append("  \(l("Grid factor (tCO2/MWh), BAU", "电网排放因子（tCO2/MWh），基准情景")): \(path(grid))")
            if let pathway = result.pathwayGridFactor, pathway != grid {
                lines.append("  \(l("Grid factor (tCO2/MWh), pathway", "电网排放因子（tCO2/MWh），规划路径")): \(path(pathway))")
            }
        }
        for note in result.boundaryNotes { lines.append("  - \(note)") }
        let split = maccSplit()
        if !split.isEmpty { lines.append(split) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// MACC widths by boundary, for the steps with an indirect part (the rest are all direct).
    func maccSplit() -> String {
        let steps = result.macc.steps.filter { abs($0.indirectAbatement) >= 0.5 }
        guard !steps.isEmpty else { return "" }
        var table = TextTable(headers: [t(.measure), "\(l("direct", "直接")) t", "\(l("indirect", "间接")) t", "\(t(.abatement)) t"],
                              rightAligned: [1, 2, 3])
        for step in steps {
            table.append([step.name.text(language), NumberFormat.grouped(step.directAbatement),
                          NumberFormat.grouped(step.indirectAbatement), NumberFormat.grouped(step.abatement)])
        }
        return "  \(l("MACC widths by boundary", "边际减排成本曲线宽度（按边界）")) \(result.macc.year)\n" + table.render().trimmingSuffixNewline()
    }

    /// The base year, every fifth year and the horizon: `2024 0.5306 → 2030 0.45 → …`.
    func path(_ series: YearSeries) -> String {
        let h = result.plan.header
        let years = series.years.filter { $0 >= h.baseYear && ($0 == h.baseYear || $0 % 5 == 0 || $0 == h.horizon) }
        return years.map { "\($0) \(NumberFormat.grouped(series[$0], decimals: 4))" }.joined(separator: " → ")
    }
}

extension String {
    /// The string without one trailing newline.
    func trimmingSuffixNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
