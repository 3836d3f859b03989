public import ReductionCore

extension PlanReport {
    /// Base-year emissions by source.
    public struct Inventory: Sendable, Hashable {
        public var year: Int
        public var sources: [Source]
        /// Sum over sources, tCO2e.
        public var total: ReportQuantity
        public init(year: Int, sources: [Source], total: ReportQuantity) {
            self.year = year
            self.sources = sources
            self.total = total
        }
    }

    /// One emission source: category codes with their schemes, activity, gases, pollutants.
    public struct Source: Sendable, Hashable {
        public var id: String
        public var name: LocalizedName
        public var categories: [Category]
        public var activity: ReportQuantity
        public var gases: [GasEmission]
        public var pollutants: [PollutantAmount]
        /// tCO2e with the report's GWP set.
        public var total: ReportQuantity
        public init(id: String, name: LocalizedName, categories: [Category], activity: ReportQuantity,
                    gases: [GasEmission], pollutants: [PollutantAmount] = [], total: ReportQuantity) {
            self.id = id
            self.name = name
            self.categories = categories
            self.activity = activity
            self.gases = gases
            self.pollutants = pollutants
            self.total = total
        }
    }

    /// A category code with its scheme, e.g. `IPCC2006` `1.A.3.b`, `UNFCCC-CRT` `5.A`.
    public struct Category: Sendable, Hashable {
        public var scheme: String
        public var code: String
        public init(scheme: String, code: String) {
            self.scheme = scheme
            self.code = code
        }
    }

    /// One gas of a source: implied factor (absent without activity), mass, CO2-equivalent.
    public struct GasEmission: Sendable, Hashable {
        /// `CO2`, `CH4`, `CH4-fossil`, `N2O`.
        public var gas: String
        public var name: LocalizedName
        public var factor: ReportQuantity?
        public var mass: ReportQuantity
        public var co2e: ReportQuantity
        public init(gas: String, name: LocalizedName, factor: ReportQuantity?, mass: ReportQuantity,
                    co2e: ReportQuantity) {
            self.gas = gas
            self.name = name
            self.factor = factor
            self.mass = mass
            self.co2e = co2e
        }
    }

    /// An amount of an air pollutant (`SO2`, `NOx`, `PM2.5`).
    public struct PollutantAmount: Sendable, Hashable {
        public var pollutant: String
        public var name: LocalizedName
        public var amount: ReportQuantity
        public init(pollutant: String, name: LocalizedName, amount: ReportQuantity) {
            self.pollutant = pollutant
            self.name = name
            self.amount = amount
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

        /// One bar: width = abatement in the year, height = cost per tonne, left edge at
        /// ``cumulativeStart``.
        public struct Step: Sendable, Hashable {
            public var measureID: String
            public var abatement: ReportQuantity
            public var costPerTonne: ReportQuantity
            public var cumulativeStart: ReportQuantity
            public init(measureID: String, abatement: ReportQuantity, costPerTonne: ReportQuantity,
                        cumulativeStart: ReportQuantity) {
                self.measureID = measureID
                self.abatement = abatement
                self.costPerTonne = costPerTonne
                self.cumulativeStart = cumulativeStart
            }
        }
    }

    /// Emissions with every measure applied, the peaks and the target checks.
    public struct Pathway: Sendable, Hashable {
        public var emissions: ReportSeries
        public var bauPeak: Peak
        public var peak: Peak
        public var targets: [TargetCheck]
        public init(emissions: ReportSeries, bauPeak: Peak, peak: Peak, targets: [TargetCheck]) {
            self.emissions = emissions
            self.bauPeak = bauPeak
            self.peak = peak
            self.targets = targets
        }
    }

    /// The year of the highest emissions, its value, and whether every later year is lower.
    public struct Peak: Sendable, Hashable {
        public var year: Int
        public var emissions: ReportQuantity
        public var declinesAfter: Bool
        public init(year: Int, emissions: ReportQuantity, declinesAfter: Bool) {
            self.year = year
            self.emissions = emissions
            self.declinesAfter = declinesAfter
        }
    }

    /// How the pathway fares against one target.
    public struct TargetCheck: Sendable, Hashable {
        public var id: String
        public var name: LocalizedName?
        /// `absoluteCap`, `belowBaseYear`, `intensityPerGDP`, `intensityPerActivity`.
        public var kind: String
        public var year: Int
        public var met: Bool
        /// The target's own number: tCO2e for a cap, a share (unit `1`) otherwise.
        public var level: ReportQuantity
        public var allowed: ReportQuantity
        public var bau: ReportQuantity
        public var pathway: ReportQuantity
        /// Pathway minus allowed; ≤ 0 when met.
        public var gap: ReportQuantity
        public var leastCost: LeastCost?
        public init(id: String, name: LocalizedName? = nil, kind: String, year: Int, met: Bool,
                    level: ReportQuantity, allowed: ReportQuantity, bau: ReportQuantity,
                    pathway: ReportQuantity, gap: ReportQuantity, leastCost: LeastCost? = nil) {
            self.id = id
            self.name = name
            self.kind = kind
            self.year = year
            self.met = met
            self.level = level
            self.allowed = allowed
            self.bau = bau
            self.pathway = pathway
            self.gap = gap
            self.leastCost = leastCost
        }
    }

    /// The cheapest prefix of the MACC order that meets a target.
    public struct LeastCost: Sendable, Hashable {
        public var measureIDs: [String]
        public var marginalCost: ReportQuantity?
        public var annualCost: ReportQuantity
        public var emissions: ReportQuantity
        public init(measureIDs: [String], marginalCost: ReportQuantity?, annualCost: ReportQuantity,
                    emissions: ReportQuantity) {
            self.measureIDs = measureIDs
            self.marginalCost = marginalCost
            self.annualCost = annualCost
            self.emissions = emissions
        }
    }
}
