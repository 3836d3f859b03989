public import ReductionCore

extension PlanReport {
    /// What the costs rest on (schema 1.2 `rp:Costing`): the plan's investment and cost totals
    /// and, per pathway measure, its cost basis, units deployed, investment by year and the
    /// energy-cost part at private prices. Values as the core's cost model computed them.
    public struct Costing: Sendable, Hashable {
        /// One pathway measure's costing.
        public struct MeasureCost: Sendable, Hashable {
            /// The measure's id.
            public var measureID: String
            /// `project`, or `per <quantity>` / `per <quantity> (decrease)`.
            public var basis: String
            /// Unit of the basis quantity (`project` for a project).
            public var unit: String
            /// Investment from the base year to the target year (currency).
            public var cumulativeInvestment: ReportQuantity
            /// Units deployed per year.
            public var unitsDeployed: ReportSeries
            /// Investment per year (currency).
            public var investment: ReportSeries
            /// Energy-cost change at private prices (currency/a).
            public var privateEnergyCost: ReportSeries

            /// Creates a measure's costing from its parts.
            public init(measureID: String, basis: String, unit: String, cumulativeInvestment: ReportQuantity,
                        unitsDeployed: ReportSeries, investment: ReportSeries, privateEnergyCost: ReportSeries) {
                self.measureID = measureID
                self.basis = basis
                self.unit = unit
                self.cumulativeInvestment = cumulativeInvestment
                self.unitsDeployed = unitsDeployed
                self.investment = investment
                self.privateEnergyCost = privateEnergyCost
            }
        }

        /// The year cumulative investment runs to (the target year).
        public var year: Int
        /// Plan investment from the base year to ``year`` (currency).
        public var cumulativeInvestment: ReportQuantity
        /// Net present cost of the pathway measures' annual net costs (currency, social rate).
        public var netPresentCost: ReportQuantity
        /// Plan investment per year (currency).
        public var investment: ReportSeries
        /// Plan annual net cost per year (currency/a).
        public var annualCost: ReportSeries
        /// Per pathway measure, in plan order.
        public var measures: [MeasureCost]

        /// Creates the section from its parts.
        public init(year: Int, cumulativeInvestment: ReportQuantity, netPresentCost: ReportQuantity,
                    investment: ReportSeries, annualCost: ReportSeries, measures: [MeasureCost]) {
            self.year = year
            self.cumulativeInvestment = cumulativeInvestment
            self.netPresentCost = netPresentCost
            self.investment = investment
            self.annualCost = annualCost
            self.measures = measures
        }

        /// The section for a core result (formats only: every figure is the cost model's).
        public init(_ result: PlanResult) {
            let currency = result.plan.header.currency
            let totals = result.costing
            func series(_ values: YearSeries, _ unit: String) -> ReportSeries {
                ReportSeries(unit: unit, firstYear: values.firstYear, values: values.values)
            }
            self.init(year: result.plan.header.targetYear,
                      cumulativeInvestment: ReportQuantity(totals.cumulativeInvestment, currency),
                      netPresentCost: ReportQuantity(totals.netPresentCost, currency),
                      investment: series(totals.investment, currency), annualCost: series(totals.annualCost, "\(currency)/a"),
                      measures: result.measures.compactMap { measure in
                          guard measure.inPathway, let costing = measure.costing else { return nil }
                          return MeasureCost(measureID: measure.id, basis: costing.basis.label, unit: costing.unit,
                                             cumulativeInvestment: ReportQuantity(costing.cumulativeInvestment, currency),
                                             unitsDeployed: series(costing.unitsDeployed, costing.unit),
                                             investment: series(costing.investment, currency),
                                             privateEnergyCost: series(costing.privateEnergyCostChange, "\(currency)/a"))
                      })
        }
    }
}
