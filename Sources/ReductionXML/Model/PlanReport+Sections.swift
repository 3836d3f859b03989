public import ReductionCore

extension PlanReport {
    /// Base-year emissions by source.
    public struct Inventory: Sendable, Hashable {
        /// Calendar year.
        public var year: Int
        /// Sources in the model's layout order.
        public var sources: [Source]
        /// Sum over sources, tCO2e.
        public var total: ReportQuantity
        /// Creates the base-year inventory: its year, its sources and their total (the sum of the sources' CO2e).
        public init(year: Int, sources: [Source], total: ReportQuantity) {
            self.year = year
            self.sources = sources
            self.total = total
        }
    }

    /// One emission source: category codes with their schemes, activity, gases, pollutants.
    public struct Source: Sendable, Hashable {
        /// Stable identifier.
        public var id: String
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// Category codes, one per scheme.
        public var categories: [Category]
        /// Activity in the source's unit.
        public var activity: ReportQuantity
        /// Gases in `Gas.allCases` order.
        public var gases: [GasEmission]
        /// Air pollutants in `Pollutant.allCases` order.
        public var pollutants: [PollutantAmount]
        /// tCO2e with the report's GWP set.
        public var total: ReportQuantity
        /// Creates a source row: id, names, category codes, activity, and its gases and pollutants.
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
        /// Numbering scheme, e.g. `IPCC2006`, `UNFCCC-CRT`.
        public var scheme: String
        /// The code within its scheme.
        public var code: String
        /// Creates a category code in a scheme (`CategoryCode.Scheme` raw values).
        public init(scheme: String, code: String) {
            self.scheme = scheme
            self.code = code
        }
    }

    /// One gas of a source: implied factor (absent without activity), mass, CO2-equivalent.
    public struct GasEmission: Sendable, Hashable {
        /// `CO2`, `CH4`, `CH4-fossil`, `N2O`.
        public var gas: String
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// Implied emission factor, tonnes per unit of activity.
        public var factor: ReportQuantity?
        /// Tonnes of the gas.
        public var mass: ReportQuantity
        /// CO2-equivalent with the report's GWP set.
        public var co2e: ReportQuantity
        /// Creates one gas row of a source: the gas, its names, its implied factor (nil without activity), mass and CO2e.
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
        /// Pollutant code: `SO2`, `NOx`, `PM2.5`.
        public var pollutant: String
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// Tonnes.
        public var amount: ReportQuantity
        /// Creates a pollutant amount (`pollutant` is a `Pollutant` raw value).
        public init(pollutant: String, name: LocalizedName, amount: ReportQuantity) {
            self.pollutant = pollutant
            self.name = name
            self.amount = amount
        }
    }

    /// The marginal abatement cost curve for one year: steps in ascending cost order.
    public struct MACC: Sendable, Hashable {
        /// Calendar year.
        public var year: Int
        /// Steps in ascending cost order.
        public var steps: [Step]
        /// Creates the curve for `year`; `steps` must already be in ascending cost order.
        public init(year: Int, steps: [Step]) {
            self.year = year
            self.steps = steps
        }

        /// One bar: width = abatement in the year, height = cost per tonne, left edge at
        /// ``cumulativeStart``.
        public struct Step: Sendable, Hashable {
            /// The measure the step belongs to.
            public var measureID: String
            /// Bar width: tCO2e abated in the MACC year.
            public var abatement: ReportQuantity
            /// Bar height: currency per tCO2e.
            public var costPerTonne: ReportQuantity
            /// Abatement of all cheaper steps (the bar's left edge).
            public var cumulativeStart: ReportQuantity
            /// Creates one step: the measure, its width (abatement), its height (cost per tonne) and where it starts on the abatement axis.
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
        /// tCO2e.
        public var emissions: ReportSeries
        /// Peak of the BAU emissions.
        public var bauPeak: Peak
        /// Peak of the pathway emissions.
        public var peak: Peak
        /// Target checks in plan order.
        public var targets: [TargetCheck]
        /// Creates the pathway section: the emissions series, the BAU and pathway peaks and the target checks.
        public init(emissions: ReportSeries, bauPeak: Peak, peak: Peak, targets: [TargetCheck]) {
            self.emissions = emissions
            self.bauPeak = bauPeak
            self.peak = peak
            self.targets = targets
        }
    }

    /// The year of the highest emissions, its value, and whether every later year is lower.
    public struct Peak: Sendable, Hashable {
        /// Calendar year.
        public var year: Int
        /// tCO2e.
        public var emissions: ReportQuantity
        /// True when every later year is below the peak.
        public var declinesAfter: Bool
        /// Creates a peak: its year, the emissions that year, and whether every later year is lower.
        public init(year: Int, emissions: ReportQuantity, declinesAfter: Bool) {
            self.year = year
            self.emissions = emissions
            self.declinesAfter = declinesAfter
        }
    }

    /// How the pathway fares against one target.
    public struct TargetCheck: Sendable, Hashable {
        /// Stable identifier.
        public var id: String
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName?
        /// `absoluteCap`, `belowBaseYear`, `intensityPerGDP`, `intensityPerActivity`.
        public var kind: String
        /// Calendar year.
        public var year: Int
        /// True when the pathway meets the target.
        public var met: Bool
        /// The target's own number: tCO2e for a cap, a share (unit `1`) otherwise.
        public var level: ReportQuantity
        /// Emissions the target allows in its year, tCO2e.
        public var allowed: ReportQuantity
        /// BAU emissions in the target year, tCO2e.
        public var bau: ReportQuantity
        /// Pathway emissions in the target year, tCO2e.
        public var pathway: ReportQuantity
        /// Pathway minus allowed; ≤ 0 when met.
        public var gap: ReportQuantity
        /// The cheapest prefix of the MACC order that meets the target, if any.
        public var leastCost: LeastCost?
        /// Creates a target check: the target, its kind and year, whether it is met, and the level, allowance and gap behind that verdict.
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
        /// Measures in MACC order.
        public var measureIDs: [String]
        /// Cost per tonne of the last measure needed.
        public var marginalCost: ReportQuantity?
        /// Net annual cost in the target year.
        public var annualCost: ReportQuantity
        /// tCO2e.
        public var emissions: ReportQuantity
        /// Creates a least-cost selection: the chosen measures in MACC order, the cost per tonne of the last one, and the annual cost and emissions they reach.
        public init(measureIDs: [String], marginalCost: ReportQuantity?, annualCost: ReportQuantity,
                    emissions: ReportQuantity) {
            self.measureIDs = measureIDs
            self.marginalCost = marginalCost
            self.annualCost = annualCost
            self.emissions = emissions
        }
    }
}
