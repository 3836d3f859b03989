extension PlanEvaluator {
    /// The emission level a target allows in its year, given the activity of the run.
    ///
    /// - absolute cap: the cap;
    /// - % below base: `E(base) × (1 − s)`;
    /// - intensity per GDP: `E(base)/GDP(base) × (1 − s) × GDP(year)`;
    /// - intensity per activity: `E(base)/A(base) × (1 − s) × A(year)` with the run's activity.
    func allowedEmissions(_ target: Target, baseEmissions: Double, baseActivity: Double,
                          activity: Double) -> Double {
        switch target.kind {
        case let .absoluteCap(cap):
            return cap
        case let .belowBaseYear(share):
            return baseEmissions * (1 - share)
        case let .intensityPerGDP(share):
            guard let gdp = plan.gdp else { return 0 }
            let values = gdp.expand(years: baseTable.years, baseYear: plan.header.baseYear)
            let base = values[baseTable.offset(of: plan.header.baseYear)]
            let later = values[baseTable.offset(of: target.year)]
            return base > 0 ? baseEmissions / base * (1 - share) * later : 0
        case let .intensityPerActivity(share):
            return baseActivity > 0 ? baseEmissions / baseActivity * (1 - share) * activity : 0
        }
    }

    func targetChecks(order: [Int], sequence: Sequence, results: [MeasureResult], bau: ModelOutput) -> [TargetCheck] {
        let baseOffset = reportOffset
        let baseActivity = bau.activity[baseOffset]
        return plan.targets.map { target in
            let offset = baseTable.offset(of: target.year)
            let boundary = target.boundary ?? sector.defaultTargetBoundary
            // Emissions of a step inside the target's boundary (the plain totals for `.total`).
            func level(_ step: Int, _ offset: Int) -> Double {
                boundary == .total ? sequence.totals[step][offset]
                    : sequence.outputs[step].totalCO2e(offset: offset, gwp: gwp, boundary: boundary)
            }
            let baseEmissions = level(0, baseOffset)
            func allowed(_ step: Int) -> Double {
                allowedEmissions(target, baseEmissions: baseEmissions, baseActivity: baseActivity,
                                 activity: sequence.outputs[step].activity[offset])
            }
            let last = sequence.totals.count - 1
            let pathway = level(last, offset)
            var selection: LeastCostSelection?
            if let step = (0...last).first(where: { level($0, offset) <= allowed($0) + 1e-9 }) {
                let chosen = order.prefix(step).map { plan.measures[$0].id }
                let chosenResults = chosen.compactMap { id in results.first { $0.id == id } }
                selection = LeastCostSelection(
                    measureIDs: chosen, marginalCost: chosenResults.last.flatMap { ownYearCost($0, year: target.year) },
                    annualCost: chosenResults.reduce(0) { $0 + ($1.annualCost[target.year] ?? 0) },
                    emissions: level(step, offset))
            }
            let allowedNow = allowed(last)
            return TargetCheck(target: target, allowedEmissions: allowedNow, bauEmissions: level(0, offset),
                               pathwayEmissions: pathway, met: pathway <= allowedNow + 1e-9,
                               gap: pathway - allowedNow, leastCost: selection, boundary: boundary)
        }
    }

    /// A measure's interacted cost per tonne in `year` (a target's own year, not the plan's target year).
    func ownYearCost(_ result: MeasureResult, year: Int) -> Double? {
        guard let cost = result.annualCost[year], let tonnes = result.interactedAbatement[year] else { return nil }
        return CostMetrics.costPerTonne(annualCost: cost, abatement: tonnes)
    }
}
