extension PlanReport {
    /// Base-year emissions by source.
    public struct Inventory: Sendable, Hashable {
        public var year: Int
        public var sources: [Source]
        /// Sum over sources, tCO2e.
        public var total: Quantity
        public init(year: Int, sources: [Source], total: Quantity) {
            self.year = year
            self.sources = sources
            self.total = total
        }
    }

    /// One emission source: category code with its scheme, activity, gases.
    public struct Source: Sendable, Hashable {
        public var id: String
        public var name: LocalizedName
        /// Category code, e.g. `1.A.3.b` or `5.A`.
        public var categoryCode: String
        /// The numbering the code belongs to, e.g. `IPCC-2006` or `UNFCCC-CRT`.
        public var categoryScheme: String
        public var activity: Quantity
        public var gases: [GasEmission]
        public var total: Quantity
        public init(id: String, name: LocalizedName, categoryCode: String, categoryScheme: String,
                    activity: Quantity, gases: [GasEmission], total: Quantity) {
            self.id = id
            self.name = name
            self.categoryCode = categoryCode
            self.categoryScheme = categoryScheme
            self.activity = activity
            self.gases = gases
            self.total = total
        }
    }

    /// One gas of a source: emission factor, mass emitted, CO2-equivalent.
    public struct GasEmission: Sendable, Hashable {
        /// `CO2`, `CH4`, `N2O`, …
        public var gas: String
        public var factor: Quantity
        public var mass: Quantity
        public var co2e: Quantity
        public init(gas: String, factor: Quantity, mass: Quantity, co2e: Quantity) {
            self.gas = gas
            self.factor = factor
            self.mass = mass
            self.co2e = co2e
        }
    }

    /// The marginal abatement cost curve for one year: steps in ascending cost order.
    public struct MACC: Sendable, Hashable {
        public var year: Int
        public var steps: [Step]
        public init(year: Int, steps: [Step]) {
            self.year = year
            self.steps = steps
        }

        /// One bar: width = abatement in the year, height = cost per tonne.
        public struct Step: Sendable, Hashable {
            public var measureID: String
            public var abatement: Quantity
            public var costPerTonne: Quantity
            /// Abatement of this and every cheaper step.
            public var cumulative: Quantity
            public init(measureID: String, abatement: Quantity, costPerTonne: Quantity, cumulative: Quantity) {
                self.measureID = measureID
                self.abatement = abatement
                self.costPerTonne = costPerTonne
                self.cumulative = cumulative
            }
        }
    }

    /// Emissions with every measure applied, the peak and the target checks.
    public struct Pathway: Sendable, Hashable {
        public var emissions: YearSeries
        public var peak: Peak
        public var targets: [TargetCheck]
        public init(emissions: YearSeries, peak: Peak, targets: [TargetCheck]) {
            self.emissions = emissions
            self.peak = peak
            self.targets = targets
        }
    }

    /// The year of the highest pathway emissions, its value, and whether they fall after it.
    public struct Peak: Sendable, Hashable {
        public var year: Int
        public var emissions: Quantity
        public var declinesAfter: Bool
        public init(year: Int, emissions: Quantity, declinesAfter: Bool) {
            self.year = year
            self.emissions = emissions
            self.declinesAfter = declinesAfter
        }
    }

    /// One target (absolute cap, % below base year, intensity): required vs achieved.
    public struct TargetCheck: Sendable, Hashable {
        /// `absoluteCap`, `percentBelowBase`, `intensity`, …
        public var kind: String
        public var year: Int
        public var required: Quantity
        public var achieved: Quantity
        public var met: Bool
        public init(kind: String, year: Int, required: Quantity, achieved: Quantity, met: Bool) {
            self.kind = kind
            self.year = year
            self.required = required
            self.achieved = achieved
            self.met = met
        }
    }
}
