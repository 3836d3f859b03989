public import ReductionCore

/// The city roll-up as the city XML report holds it (`city-plan-1.1.xsd`): plain figures the
/// city library computed; the encoder only formats them.
public struct CityReport: Sendable, Hashable {
    /// One year of one coupled run.
    public struct CouplingYear: Sendable, Hashable {
        /// Year.
        public var year: Int
        /// ΣDₛ, MWh.
        public var sectorDemand: Double
        /// ΣSₛ, MWh.
        public var sectorSupply: Double
        /// Demand of consumers not modelled in a sector, MWh.
        public var otherDemand: Double
        /// Demand set on the power model, MWh.
        public var powerDemand: Double
        /// Factor of electricity supplied to the city, tCO2/MWh.
        public var gridFactor: Double
        /// Creates a year.
        public init(year: Int, sectorDemand: Double, sectorSupply: Double, otherDemand: Double, powerDemand: Double,
                    gridFactor: Double) {
            self.year = year
            self.sectorDemand = sectorDemand
            self.sectorSupply = sectorSupply
            self.otherDemand = otherDemand
            self.powerDemand = powerDemand
            self.gridFactor = gridFactor
        }
    }
    /// One coupled run (BAU or pathway).
    public struct CouplingRun: Sendable, Hashable {
        /// `bau` or `pathway`.
        public var scenario: String
        /// Iterations to the fixed point.
        public var iterations: Int
        /// Last change of the grid factor, tCO2/MWh.
        public var residual: Double
        /// The electricity balance by year.
        public var years: [CouplingYear]
        /// Creates a run.
        public init(scenario: String, iterations: Int, residual: Double, years: [CouplingYear]) {
            self.scenario = scenario
            self.iterations = iterations
            self.residual = residual
            self.years = years
        }
    }
    /// A series of tCO2e from the base year.
    public struct Series: Sendable, Hashable {
        /// `bau` or `pathway`.
        public var scenario: String
        /// tCO2e per year from ``CityReport/baseYear``.
        public var values: [Double]
        /// Creates a series.
        public init(scenario: String, values: [Double]) {
            self.scenario = scenario
            self.values = values
        }
    }
    /// A city total.
    public struct Total: Sendable, Hashable {
        /// `territorial` or `consumption`.
        public var boundary: String
        /// The series.
        public var series: Series
        /// Peak year and value (pathway totals).
        public var peak: (year: Int, value: Double)?
        /// First and last year within the plateau tolerance of the peak (pathway totals).
        public var plateau: ClosedRange<Int>?
        /// `declining`, `peaked`, `plateau` or `rising` (pathway totals).
        public var peakClass: String?
        /// Creates a total.
        public init(boundary: String, series: Series, peak: (year: Int, value: Double)? = nil,
                    plateau: ClosedRange<Int>? = nil, peakClass: String? = nil) {
            self.boundary = boundary
            self.series = series
            self.peak = peak
            self.plateau = plateau
            self.peakClass = peakClass
        }
        /// Equality of boundary, series, peak and its class.
        public static func == (lhs: Total, rhs: Total) -> Bool {
            lhs.boundary == rhs.boundary && lhs.series == rhs.series && lhs.peak?.year == rhs.peak?.year
                && lhs.peak?.value == rhs.peak?.value && lhs.plateau == rhs.plateau && lhs.peakClass == rhs.peakClass
        }
        /// Hashes boundary and series.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(boundary)
            hasher.combine(series)
        }
    }
    /// A series of one city figure other than tCO2e (per-capita tCO2e, pollutant tonnes).
    public struct Figure: Sendable, Hashable {
        /// What it is: a boundary for per-capita totals, a pollutant (`SO2`, `NOx`, `PM2.5`) for co-benefits.
        public var subject: String
        /// `bau` or `pathway`.
        public var scenario: String
        /// Values per year from ``CityReport/baseYear``.
        public var values: [Double]
        /// Creates a figure.
        public init(subject: String, scenario: String, values: [Double]) {
            self.subject = subject
            self.scenario = scenario
            self.values = values
        }
    }
    /// One sector's abatement wedge: BAU − pathway of the city total attributed to its measures.
    public struct Wedge: Sendable, Hashable {
        /// Sector id.
        public var sector: String
        /// Name for charts.
        public var name: LocalizedName
        /// tCO2e per year from ``CityReport/baseYear`` (negative where its measures add emissions).
        public var values: [Double]
        /// Creates a wedge.
        public init(sector: String, name: LocalizedName, values: [Double]) {
            self.sector = sector
            self.name = name
            self.values = values
        }
    }
    /// One sector's direct and indirect emissions, BAU and pathway.
    public struct Sector: Sendable, Hashable {
        /// Sector id.
        public var id: String
        /// True for a fixed inventory.
        public var fixed: Bool
        /// Source of a fixed inventory.
        public var source: String?
        /// BAU and pathway direct.
        public var direct: [Series]
        /// BAU and pathway indirect.
        public var indirect: [Series]
        /// Creates a sector.
        public init(id: String, fixed: Bool = false, source: String? = nil, direct: [Series], indirect: [Series]) {
            self.id = id
            self.fixed = fixed
            self.source = source
            self.direct = direct
            self.indirect = indirect
        }
    }
    /// A city MACC step.
    public struct Step: Sendable, Hashable {
        /// Sector id, measure id.
        public var sector: String, measure: String
        /// Widths, tCO2e.
        public var abatement: Double, territorialAbatement: Double
        /// Net annual cost and cost per tonne (nil without positive abatement).
        public var annualCost: Double, costPerTonne: Double?
        /// The measure's name (charts label it; the XML gives the ids).
        public var name: LocalizedName?
        /// Creates a step.
        public init(sector: String, measure: String, abatement: Double, territorialAbatement: Double, annualCost: Double,
                    costPerTonne: Double?, name: LocalizedName? = nil) {
            self.sector = sector
            self.measure = measure
            self.abatement = abatement
            self.territorialAbatement = territorialAbatement
            self.annualCost = annualCost
            self.costPerTonne = costPerTonne
            self.name = name
        }
    }
    /// A checked target.
    public struct Target: Sendable, Hashable {
        /// Id, kind (`peak`, `absolute`, `below-base`, `intensity-below-base`, `per-capita`), boundary.
        public var id: String, kind: String, boundary: String
        /// Year.
        public var year: Int
        /// Allowed and pathway values (peak: years).
        public var allowed: Double, pathway: Double
        /// Whether met.
        public var met: Bool
        /// Creates a target.
        public init(id: String, kind: String, boundary: String, year: Int, allowed: Double, pathway: Double, met: Bool) {
            self.id = id
            self.kind = kind
            self.boundary = boundary
            self.year = year
            self.allowed = allowed
            self.pathway = pathway
            self.met = met
        }
    }

    /// City names by language tag (`en`, `zh-Hans`).
    public var names: [(lang: String, text: String)]
    /// Administrative division code.
    public var divisionCode: String
    /// Base year, MACC year, horizon.
    public var baseYear: Int, targetYear: Int, horizon: Int
    /// Convergence tolerance, tCO2/MWh.
    public var tolerance: Double
    /// How the power model is driven.
    public var method: String
    /// BAU and pathway runs.
    public var runs: [CouplingRun]
    /// Territorial and consumption totals, BAU and pathway.
    public var totals: [Total]
    /// Sectors.
    public var sectors: [Sector]
    /// MACC boundary (`consumption`) and steps.
    public var maccBoundary: String, steps: [Step]
    /// Targets.
    public var targets: [Target]
    /// Sector id → SHA-256 of its inputs and the file name of its own report written beside
    /// the city report (nil when none was written).
    public var sectorReports: [(sector: String, sha256: String, file: String?)]
    /// Share of the peak within which a year counts as the plateau, and its source.
    public var plateauTolerance: Double = 0, plateauSource: String = ""
    /// Persons per year (nil: the city file gives no population).
    public var population: [Double]?
    /// tCO2e per person by boundary (`subject`) and scenario.
    public var perCapita: [Figure] = []
    /// Air pollutants summed over the sectors, tonnes, by pollutant (`subject`) and scenario.
    public var coBenefits: [Figure] = []
    /// Boundary of the wedges (the MACC's) and one wedge per sector in ``steps`` order.
    public var wedges: [Wedge] = []
    /// The currency of the sector plans' costs.
    public var currency: String = "CNY"

    /// Creates a report.
    public init(names: [(lang: String, text: String)], divisionCode: String, baseYear: Int, targetYear: Int, horizon: Int,
                tolerance: Double, method: String, runs: [CouplingRun], totals: [Total], sectors: [Sector],
                maccBoundary: String, steps: [Step], targets: [Target], sectorReports: [(sector: String, sha256: String, file: String?)]) {
        self.names = names
        self.divisionCode = divisionCode
        self.baseYear = baseYear
        self.targetYear = targetYear
        self.horizon = horizon
        self.tolerance = tolerance
        self.method = method
        self.runs = runs
        self.totals = totals
        self.sectors = sectors
        self.maccBoundary = maccBoundary
        self.steps = steps
        self.targets = targets
        self.sectorReports = sectorReports
    }

    /// Equality of the figures.
    public static func == (lhs: CityReport, rhs: CityReport) -> Bool {
        lhs.divisionCode == rhs.divisionCode && lhs.runs == rhs.runs && lhs.totals == rhs.totals && lhs.sectors == rhs.sectors
            && lhs.steps == rhs.steps && lhs.targets == rhs.targets && lhs.perCapita == rhs.perCapita
            && lhs.coBenefits == rhs.coBenefits && lhs.wedges == rhs.wedges && lhs.population == rhs.population
    }
    /// Hashes the header.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(divisionCode)
        hasher.combine(baseYear)
    }
}
