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
        guard let costing else { return nil }
        let year = plan.header.targetYear
        let units = costing.unitsDeployed[year]
        return CostMetrics.simplePayback(capex: measure.capex.value * units,
                                         yearlySaving: -(measure.opex.value * units + energy))
    }
}
