extension PlanEvaluator {
    /// The MACC for `year`: one step per pathway measure with non-zero interacted abatement in
    /// that year. Abating steps are sorted by cost per tonne in that year (ties by pathway order),
    /// steps that raise emissions follow. Σ widths = BAU − pathway in `year` (the interacted
    /// abatements telescope).
    func macc(year: Int, pathway: Pathway) -> MACC {
        let offset = year - baseTable.years.lowerBound
        let rate = plan.header.socialDiscountRate
        var abating: [(position: Int, step: MACCStep)] = []
        var raising: [MACCStep] = []
        for (position, index) in pathway.order.enumerated() {
            let width = pathway.sequence.totals[position][offset] - pathway.sequence.totals[position + 1][offset]
            guard width != 0 else { continue }
            let net = annualCost(index, before: pathway.sequence.outputs[position],
                                 after: pathway.sequence.outputs[position + 1], rate: rate).net
            let measure = plan.measures[index]
            let indirect = pathway.sequence.outputs[position].totalCO2e(offset: offset, gwp: gwp, boundary: .indirect)
                - pathway.sequence.outputs[position + 1].totalCO2e(offset: offset, gwp: gwp, boundary: .indirect)
            if width > 0, let cost = CostMetrics.costPerTonne(annualCost: net[offset], abatement: width) {
                abating.append((position, MACCStep(measureID: measure.id, name: measure.name, costPerTonne: cost,
                                                   abatement: width, cumulativeStart: 0, indirectAbatement: indirect)))
            } else {
                raising.append(MACCStep(measureID: measure.id, name: measure.name,
                                        costPerTonne: net[offset] / abs(width), abatement: width, cumulativeStart: 0,
                                        indirectAbatement: indirect))
            }
        }
        abating.sort { a, b in
            a.step.costPerTonne != b.step.costPerTonne ? a.step.costPerTonne < b.step.costPerTonne : a.position < b.position
        }
        var steps = abating.map(\.step) + raising
        var cumulative = 0.0
        for i in steps.indices {
            steps[i].cumulativeStart = cumulative
            cumulative += steps[i].abatement
        }
        return MACC(year: year, steps: steps)
    }

    /// The peak of `series` preceded by the plan's `history` (years before the base year), with
    /// the plan's plateau tolerance: the plateau is every year from the first to the last within
    /// `peak × (1 − tolerance)`; "declines after" when the plateau ends before the last year; the
    /// largest rebound is the largest rise from a low point after the peak to a later year.
    func peak(_ series: YearSeries, withHistory: Bool) -> Peak {
        var years = Array(series.firstYear..<(series.firstYear + series.values.count))
        var values = series.values
        if withHistory, !plan.rules.history.isEmpty {
            let earlier = plan.rules.history.keys.filter { $0 < series.firstYear }.sorted()
            years = earlier + years
            values = earlier.map { plan.rules.history[$0] ?? 0 } + values
        }
        return Self.peak(years: years, values: values, tolerance: plan.rules.plateauTolerance)
    }

    /// The peak of `values` (one per year in `years`, ascending) with a plateau tolerance (share).
    public static func peak(years: [Int], values: [Double], tolerance: Double) -> Peak {
        guard let firstYear = years.first, !values.isEmpty, values.count == years.count else {
            return Peak(year: years.first ?? 0, value: 0, declinesAfter: false)
        }
        var best = 0
        for (offset, value) in values.enumerated() where value > values[best] { best = offset }
        let peakValue = values[best]
        let floor = peakValue - abs(peakValue) * tolerance
        let within = values.indices.filter { values[$0] >= floor }
        let plateauStart = within.first ?? best, plateauEnd = within.last ?? best
        var rebound: Rebound?
        var low = best
        for offset in (best + 1)..<max(best + 1, values.count) {
            if values[offset] < values[low] { low = offset; continue }
            let rise = values[offset] - values[low]
            if rise > 0, rise > (rebound?.increase ?? 0) {
                rebound = Rebound(fromYear: years[low], toYear: years[offset], increase: rise,
                                  share: values[low] != 0 ? rise / abs(values[low]) : 0)
            }
        }
        return Peak(year: years[best], value: peakValue, declinesAfter: plateauEnd < values.count - 1,
                    plateauTolerance: tolerance, plateau: years[plateauStart]...years[plateauEnd],
                    atSeriesStart: best == 0, seriesStart: firstYear, rebound: rebound)
    }

    /// The highest value (first year on ties) and whether every later year is lower (no tolerance, no history).
    public static func peak(_ series: YearSeries) -> Peak {
        peak(years: Array(series.firstYear..<(series.firstYear + series.values.count)), values: series.values, tolerance: 0)
    }
}
