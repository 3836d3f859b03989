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
            /// Energy-cost change at social prices, the part of the annual cost (currency/a); nil
            /// in reports written before it was added.
            public var energyCost: ReportSeries?
            /// Net present cost at private prices and the private rate (currency).
            public var privateNetPresentCost: ReportQuantity?

            /// Creates a measure's costing from its parts.
            public init(measureID: String, basis: String, unit: String, cumulativeInvestment: ReportQuantity,
                        unitsDeployed: ReportSeries, investment: ReportSeries, privateEnergyCost: ReportSeries,
                        energyCost: ReportSeries? = nil, privateNetPresentCost: ReportQuantity? = nil) {
                self.energyCost = energyCost
                self.privateNetPresentCost = privateNetPresentCost
                self.measureID = measureID
                self.basis = basis
                self.unit = unit
                self.cumulativeInvestment = cumulativeInvestment
                self.unitsDeployed = unitsDeployed
                self.investment = investment
                self.privateEnergyCost = privateEnergyCost
            }
        }

        /// One carrier's energy price on one basis, currency/GJ per year.
        public struct EnergyPrice: Sendable, Hashable {
            /// The carrier id.
            public var carrier: String
            /// `social` or `private`.
            public var basis: String
            /// True when the plan gives no private price and the social one stands in.
            public var fromSocial: Bool
            /// Currency/GJ per report year.
            public var values: ReportSeries

            /// Creates a price series from its parts.
            public init(carrier: String, basis: String, fromSocial: Bool, values: ReportSeries) {
                self.carrier = carrier
                self.basis = basis
                self.fromSocial = fromSocial
                self.values = values
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
        /// Net present cost at private prices and the private rate (currency).
        public var privateNetPresentCost: ReportQuantity?
        /// ``netPresentCost`` ÷ undiscounted pathway tonnes (convention
        /// `npv-over-undiscounted-tonnes`); nil without abatement.
        public var npvPerUndiscountedTonne: ReportQuantity?
        /// The reference carbon price (currency/tCO2e).
        public var referenceCarbonPrice: ReportQuantity?
        /// The energy prices the costs rest on, social then private per carrier.
        public var energyPrices: [EnergyPrice] = []

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

        /// Creates the section with the 1.2 figures the costs rest on.
        public init(year: Int, cumulativeInvestment: ReportQuantity, netPresentCost: ReportQuantity,
                    investment: ReportSeries, annualCost: ReportSeries, measures: [MeasureCost],
                    privateNetPresentCost: ReportQuantity?, npvPerUndiscountedTonne: ReportQuantity?,
                    referenceCarbonPrice: ReportQuantity?, energyPrices: [EnergyPrice]) {
            self.init(year: year, cumulativeInvestment: cumulativeInvestment, netPresentCost: netPresentCost,
                      investment: investment, annualCost: annualCost, measures: measures)
            self.privateNetPresentCost = privateNetPresentCost
            self.npvPerUndiscountedTonne = npvPerUndiscountedTonne
            self.referenceCarbonPrice = referenceCarbonPrice
            self.energyPrices = energyPrices
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
                                             privateEnergyCost: series(costing.privateEnergyCostChange, "\(currency)/a"),
                                             energyCost: series(measure.energyCostChange, "\(currency)/a"),
                                             privateNetPresentCost: ReportQuantity(measure.privateNetPresentCost, currency))
                      },
                      privateNetPresentCost: ReportQuantity(totals.privateNetPresentCost, currency),
                      npvPerUndiscountedTonne: totals.npvPerUndiscountedTonne.map { ReportQuantity($0, "\(currency)/tCO2e") },
                      referenceCarbonPrice: ReportQuantity(result.plan.header.referenceCarbonPrice, "\(currency)/tCO2e"),
                      energyPrices: result.energyPrices.map { price in
                          EnergyPrice(carrier: price.carrier, basis: price.basis.rawValue, fromSocial: price.privateFromSocial,
                                      values: series(price.values, "\(currency)/GJ"))
                      })
        }
    }
}
