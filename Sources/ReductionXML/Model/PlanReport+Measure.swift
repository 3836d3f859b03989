extension PlanReport {
    /// One measure with its inputs, deployment, costs and results.
    public struct Measure: Sendable, Hashable {
        public var id: String
        /// 1-based position in the application order (interacted cost order).
        public var order: Int
        /// Planning status, e.g. `planned`, `adopted`, `candidate`.
        public var status: String
        /// Policy instrument, e.g. `regulation`, `subsidy`, `investment`.
        public var instrument: String
        public var name: LocalizedName
        /// Optional free text.
        public var description: String?
        public var parameters: [Parameter]
        public var deployment: Deployment
        public var costs: [Cost]
        /// Abatement of the measure applied alone to the BAU inputs, tCO2e by year.
        public var standaloneAbatement: YearSeries
        /// Abatement after the measures before it in ``order``, tCO2e by year.
        public var interactedAbatement: YearSeries
        public var costPerTonne: CostPerTonne
        /// Net present value of net costs (social view).
        public var npv: Quantity
        /// Carbon price that makes the investor's NPV zero; absent when there is no abatement.
        public var breakEvenPrice: Quantity?
        public var coBenefits: [CoBenefit]
        /// Ids of ``Reference``s backing the measure.
        public var references: [String]

        public init(id: String, order: Int, status: String, instrument: String, name: LocalizedName,
                    description: String? = nil, parameters: [Parameter], deployment: Deployment, costs: [Cost],
                    standaloneAbatement: YearSeries, interactedAbatement: YearSeries,
                    costPerTonne: CostPerTonne, npv: Quantity, breakEvenPrice: Quantity?,
                    coBenefits: [CoBenefit], references: [String]) {
            self.id = id
            self.order = order
            self.status = status
            self.instrument = instrument
            self.name = name
            self.description = description
            self.parameters = parameters
            self.deployment = deployment
            self.costs = costs
            self.standaloneAbatement = standaloneAbatement
            self.interactedAbatement = interactedAbatement
            self.costPerTonne = costPerTonne
            self.npv = npv
            self.breakEvenPrice = breakEvenPrice
            self.coBenefits = coBenefits
            self.references = references
        }
    }

    /// A measure input with its unit and where the number comes from.
    public struct Parameter: Sendable, Hashable {
        public var key: String
        public var name: LocalizedName
        public var value: Quantity
        /// Free text: the source of the number.
        public var source: String
        public init(key: String, name: LocalizedName, value: Quantity, source: String) {
            self.key = key
            self.name = name
            self.value = value
            self.source = source
        }
    }

    /// When and how far a measure is rolled out: share deployed by year (unit `1`).
    public struct Deployment: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var share: YearSeries
        public init(start: Int, end: Int, share: YearSeries) {
            self.start = start
            self.end = end
            self.share = share
        }
    }

    /// One cost item: `capex`, `opex`, `energySavings`, `lifetime`, … with its unit.
    public struct Cost: Sendable, Hashable {
        public var kind: String
        public var amount: Quantity
        public init(kind: String, amount: Quantity) {
            self.kind = kind
            self.amount = amount
        }
    }

    /// Cost per tonne in one year; `method` says which form (`annualised`, `levelised`).
    public struct CostPerTonne: Sendable, Hashable {
        public var year: Int
        public var method: String
        public var value: Quantity
        public init(year: Int, method: String, value: Quantity) {
            self.year = year
            self.method = method
            self.value = value
        }
    }

    /// Air-pollutant reduction (`SO2`, `NOx`, `PM2.5`) in one year.
    public struct CoBenefit: Sendable, Hashable {
        public var pollutant: String
        public var year: Int
        public var amount: Quantity
        public init(pollutant: String, year: Int, amount: Quantity) {
            self.pollutant = pollutant
            self.year = year
            self.amount = amount
        }
    }
}
