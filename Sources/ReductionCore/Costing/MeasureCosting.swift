/// What one measure's costs rest on, as computed by the cost model for the pathway
/// (interacted run: the measure on top of those before it in the MACC order).
public struct MeasureCosting: Sendable, Hashable {
    /// What capex and opex are given per.
    public var basis: CostBasis
    /// The unit of the basis quantity, e.g. `vehicle`, `t/yr`; `project` for a project.
    public var unit: String
    /// Units deployed per report year: after-run − before-run basis quantity (p(t) for a project).
    public var unitsDeployed: YearSeries
    /// Investment spent per report year (currency): `capex × max(0, units(t) − units(t−1))`.
    public var investment: YearSeries
    /// Investment from the base year to the target year, undiscounted (currency).
    public var cumulativeInvestment: Double
    /// Energy-cost change valued at private (retail) prices per report year (currency/yr);
    /// ``MeasureResult/energyCostChange`` holds the social-price one.
    public var privateEnergyCostChange: YearSeries

    /// Creates a measure's costing.
    public init(basis: CostBasis, unit: String, unitsDeployed: YearSeries, investment: YearSeries,
                cumulativeInvestment: Double, privateEnergyCostChange: YearSeries) {
        self.basis = basis
        self.unit = unit
        self.unitsDeployed = unitsDeployed
        self.investment = investment
        self.cumulativeInvestment = cumulativeInvestment
        self.privateEnergyCostChange = privateEnergyCostChange
    }
}

/// A plan's cost totals over the measures in the pathway (interacted figures).
public struct PlanCosting: Sendable, Hashable {
    /// Investment spent per report year (currency).
    public var investment: YearSeries
    /// Investment from the base year to the target year (currency).
    public var cumulativeInvestment: Double
    /// Annual net cost per report year (currency/yr, social prices and rate).
    public var annualCost: YearSeries
    /// Net present cost of the annual net costs at the social rate, to the base year (currency).
    public var netPresentCost: Double
    /// Net present cost at private energy prices and the private rate, to the base year (currency):
    /// the sum of the measures' ``MeasureResult/privateNetPresentCost``.
    public var privateNetPresentCost: Double = 0
    /// Pathway abatement from the base year to the horizon, undiscounted (tCO2e).
    public var undiscountedAbatement: Double = 0
    /// ``netPresentCost`` ÷ ``undiscountedAbatement`` (``CostConvention/npvPerUndiscountedTonne``);
    /// nil without abatement.
    public var npvPerUndiscountedTonne: Double? { undiscountedAbatement > 0 ? netPresentCost / undiscountedAbatement : nil }
    /// Ids of pathway measures whose costs are project lump sums (they do not follow the city's size).
    public var projectMeasures: [String]
}

extension PlanResult {
    /// Investment and cost totals over the measures in the pathway. Sums only: every figure
    /// is computed per measure by the cost model.
    public var costing: PlanCosting {
        let years = plan.header.reportYears
        var investment = [Double](repeating: 0, count: years.count)
        var annual = [Double](repeating: 0, count: years.count)
        var npv = 0.0, privateNPV = 0.0, tonnes = 0.0
        var projects: [String] = []
        for result in measures where result.inPathway {
            npv += result.netPresentCost
            privateNPV += result.privateNetPresentCost
            tonnes += result.interactedAbatement.values.reduce(0, +)
            for (offset, year) in years.enumerated() {
                annual[offset] += (result.annualCost[year] ?? 0)
                investment[offset] += result.costing?.investment[year] ?? 0
            }
            if result.measure.basis == .project { projects.append(result.id) }
        }
        let toTarget = years.enumerated().filter { $0.element <= plan.header.targetYear }.reduce(0.0) { $0 + investment[$1.offset] }
        return PlanCosting(investment: YearSeries(firstYear: years.lowerBound, values: investment),
                           cumulativeInvestment: toTarget,
                           annualCost: YearSeries(firstYear: years.lowerBound, values: annual),
                           netPresentCost: npv, privateNetPresentCost: privateNPV, undiscountedAbatement: tonnes,
                           projectMeasures: projects)
    }
}

/// Synthesized coding.
extension MeasureCosting: Codable {}
