extension PlanEvaluator {
    /// The costing of measure `index` in the pathway run (outputs before and after it):
    /// basis, units deployed, investment by year and the private-price energy-cost part.
    func costing(_ index: Int, before: ModelOutput, after: ModelOutput) -> MeasureCosting {
        let measure = plan.measures[index]
        let flows = costs.flows(index, measure: measure, penetration: measures[index].penetration,
                                before: before, after: after, rate: plan.header.privateDiscountRate, prices: .private)
        let units = report(flows.units)
        let investment = report(Costing.investment(capex: measure.capex.value, units: flows.units))
        let toTarget = investment.slice(plan.header.baseYear...plan.header.targetYear).values.reduce(0, +)
        return MeasureCosting(basis: measure.basis, unit: costs.entries[index].unit, unitsDeployed: units,
                              investment: investment, cumulativeInvestment: toTarget,
                              privateEnergyCostChange: report(flows.energy))
    }

    /// Simple payback (years) in the target year: investment to date / yearly saving, where the
    /// saving is −(opex × units + energy-cost change); nil when nothing is saved.
    func simplePayback(_ costing: MeasureCosting?, measure: Measure, energy: Double) -> Double? {
        guard let costing, let units = costing.unitsDeployed[plan.header.targetYear] else { return nil }
        return CostMetrics.simplePayback(capex: measure.capex.value * units,
                                         yearlySaving: -(measure.opex.value * units + energy))
    }
}

extension PlanResult {
    /// A warning when the plan's base-year activity differs from the sector example's by more
    /// than 2× (either way) and some pathway measures' costs are project lump sums, which do
    /// not follow the city's size; nil otherwise. `exampleActivity` is the example plan's BAU
    /// activity metric in its base year.
    public func projectCostWarning(exampleActivity: Double) -> String? {
        guard let activity = bauActivity[plan.header.baseYear], exampleActivity > 0, activity > 0 else { return nil }
        let ratio = activity / exampleActivity
        guard ratio > 2 || ratio < 0.5 else { return nil }
        let projects = costing.projectMeasures
        guard !projects.isEmpty else { return nil }
        let times = ratio > 1 ? ratio : 1 / ratio
        let formatted = (times * 10).rounded() / 10
        return "the plan's activity (\(sector.activityUnit)) is \(formatted)× \(ratio > 1 ? "larger" : "smaller") than the example's; "
            + "these measures' costs are project lump sums that were not scaled: \(projects.joined(separator: ", "))"
    }
}

extension PlanEvaluator {
    /// The BAU activity metric of `plan` in its base year (one model run).
    public static func baseYearActivity(of plan: Plan, model: some SectorModel) throws(PlanError) -> Double {
        let evaluator = try PlanEvaluator(plan: plan, model: model)
        return evaluator.model(evaluator.baseTable).activity[evaluator.reportOffset]
    }
}
