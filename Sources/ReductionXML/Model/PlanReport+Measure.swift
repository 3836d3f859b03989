public import ReductionCore

extension PlanReport {
    /// One measure: its inputs (changes, deployment, costs) and its results.
    public struct Measure: Sendable, Hashable {
        /// Stable identifier.
        public var id: String
        /// 1-based position in the pathway's application order; `nil` when not in the pathway.
        public var order: Int?
        /// True when the measure is part of the pathway.
        public var inPathway: Bool
        /// The either-or alternative that replaced it, when not in the pathway.
        public var excludedBy: String?
        /// `candidate`, `planned`, `adopted`, `implemented`.
        public var status: String
        /// `regulation`, `economic`, `investment`, `information`, `planning`, `voluntary`.
        public var instrument: String
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// Optional description in both languages.
        public var description: LocalizedName?
        /// Typed changes to the model inputs.
        public var changes: [Change]
        /// Roll-out over time.
        public var deployment: Deployment
        /// Years (unit `a`).
        public var lifetime: ReportEstimate
        /// Investment at 100 % penetration, in the report currency.
        public var capex: ReportEstimate
        /// Change of non-energy operating cost per year at 100 % penetration.
        public var opex: ReportEstimate
        /// Ids of either-or alternatives.
        public var excludes: [String]
        /// tCO2e per year, the measure alone on the BAU inputs.
        public var standaloneAbatement: ReportSeries
        /// tCO2e per year, in the pathway after the measures before it.
        public var interactedAbatement: ReportSeries
        /// Change of tCO2 captured per year that the measure causes in the pathway (schema 1.1):
        /// positive for capture measures (CCUS), negative when the measure leaves less for an
        /// earlier capture measure to catch. Reported beside the avoided emissions in
        /// ``interactedAbatement`` and never added to them; `nil` when all zero.
        public var captured: ReportSeries?
        /// Net annual cost in the pathway (capex × CRF + Δopex + Δenergy cost), currency per year.
        public var annualCost: ReportSeries
        /// Cost per tonne by basis and method (see ``CostPerTonne``).
        public var costsPerTonne: [CostPerTonne]
        /// Net present cost at the social rate (positive = costs money).
        public var netPresentCost: ReportQuantity
        /// Carbon price making the investor's NPV zero (private rate); absent without abatement.
        public var breakEvenPrice: ReportQuantity?
        /// capex / yearly saving in the target year, years; absent when nothing is saved.
        public var simplePayback: ReportQuantity?
        /// Pollutant cuts in the target year.
        public var coBenefits: [CoBenefit]
        /// Ids of ``PlanReport/Reference``s.
        public var references: [String]

        /// Creates a measure row: its identity and pathway status, its inputs (changes, deployment, costs) and its results (abatement, costs, co-benefits).
        public init(id: String, order: Int?, inPathway: Bool, excludedBy: String? = nil, status: String,
                    instrument: String, name: LocalizedName, description: LocalizedName? = nil,
                    changes: [Change], deployment: Deployment, lifetime: ReportEstimate, capex: ReportEstimate,
                    opex: ReportEstimate, excludes: [String] = [], standaloneAbatement: ReportSeries,
                    interactedAbatement: ReportSeries, captured: ReportSeries? = nil, annualCost: ReportSeries, costsPerTonne: [CostPerTonne],
                    netPresentCost: ReportQuantity, breakEvenPrice: ReportQuantity?, simplePayback: ReportQuantity?,
                    coBenefits: [CoBenefit], references: [String]) {
            self.id = id
            self.order = order
            self.inPathway = inPathway
            self.excludedBy = excludedBy
            self.status = status
            self.instrument = instrument
            self.name = name
            self.description = description
            self.changes = changes
            self.deployment = deployment
            self.lifetime = lifetime
            self.capex = capex
            self.opex = opex
            self.excludes = excludes
            self.standaloneAbatement = standaloneAbatement
            self.interactedAbatement = interactedAbatement
            self.captured = captured
            self.annualCost = annualCost
            self.costsPerTonne = costsPerTonne
            self.netPresentCost = netPresentCost
            self.breakEvenPrice = breakEvenPrice
            self.simplePayback = simplePayback
            self.coBenefits = coBenefits
            self.references = references
        }
    }

    /// A typed change to the model inputs (`scale`, `shift`, `shiftAmount`, `add`, `blend`,
    /// `capture`) with its numbers as named parameters (`by`, `fraction`, `ratio`, `amount`, `target`).
    public struct Change: Sendable, Hashable {
        /// Kind, as named in the schema.
        public var kind: String
        /// Input key (or pattern) changed.
        public var key: String?
        /// Input key moved from.
        public var from: String?
        /// Input key moved to.
        public var to: String?
        /// Source pattern of a `capture`.
        public var source: String?
        /// Gas code.
        public var gas: String?
        /// The change's numbers.
        public var parameters: [Parameter]
        /// Creates a change of `kind`; only the fields that kind uses are set, the numbers go in `parameters`.
        public init(kind: String, key: String? = nil, from: String? = nil, to: String? = nil,
                    source: String? = nil, gas: String? = nil, parameters: [Parameter]) {
            self.kind = kind
            self.key = key
            self.from = from
            self.to = to
            self.source = source
            self.gas = gas
            self.parameters = parameters
        }
    }

    /// A named number of a ``Change``.
    public struct Parameter: Sendable, Hashable {
        /// Name in English and Simplified Chinese.
        public var name: String
        /// Value, unit, range and source.
        public var estimate: ReportEstimate
        /// Creates a named parameter (`by`, `fraction`, `ratio`, `amount` or `target`) with its estimate.
        public init(name: String, estimate: ReportEstimate) {
            self.name = name
            self.estimate = estimate
        }
    }

    /// Roll-out: from `start`, rising over `rampYears` to `maxPenetration`, optionally ending
    /// after `end`; ``penetration`` is p(t) over the report years (unit `1`).
    public struct Deployment: Sendable, Hashable {
        /// First deployment year.
        public var start: Int
        /// Years to reach the maximum penetration.
        public var rampYears: Int
        /// Last deployment year, if any.
        public var end: Int?
        /// Share of the potential reached (unit `1`).
        public var maxPenetration: ReportEstimate
        /// p(t) by year (unit `1`).
        public var penetration: ReportSeries
        /// Creates a deployment: start year, ramp length, optional end year, maximum penetration and the resulting penetration series.
        public init(start: Int, rampYears: Int, end: Int? = nil, maxPenetration: ReportEstimate,
                    penetration: ReportSeries) {
            self.start = start
            self.rampYears = rampYears
            self.end = end
            self.maxPenetration = maxPenetration
            self.penetration = penetration
        }
    }

    /// Cost per tonne in one year. `basis`: `interacted` (in the pathway) or `standalone`;
    /// `method`: `annualised` (annualised net cost / abatement in that year) or `levelised`
    /// (PV(net costs) / PV(tonnes) at the social rate, base year to horizon).
    public struct CostPerTonne: Sendable, Hashable {
        /// `interacted` or `standalone`.
        public var basis: String
        /// `annualised` or `levelised`.
        public var method: String
        /// Calendar year.
        public var year: Int
        /// The number.
        public var value: ReportQuantity
        /// Creates a cost per tonne for one cost basis, method and year.
        public init(basis: String, method: String, year: Int, value: ReportQuantity) {
            self.basis = basis
            self.method = method
            self.year = year
            self.value = value
        }
    }

    /// Tonnes of an air pollutant cut in one year, in the pathway.
    public struct CoBenefit: Sendable, Hashable {
        /// Pollutant code: `SO2`, `NOx`, `PM2.5`.
        public var pollutant: String
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// Calendar year.
        public var year: Int
        /// Tonnes.
        public var amount: ReportQuantity
        /// Records the tonnes of `pollutant` the measure cuts in `year`.
        public init(pollutant: String, name: LocalizedName, year: Int, amount: ReportQuantity) {
            self.pollutant = pollutant
            self.name = name
            self.year = year
            self.amount = amount
        }
    }
}
