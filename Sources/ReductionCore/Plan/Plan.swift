/// The administrative area a plan is for.
public struct Jurisdiction: Sendable, Hashable {
    public var name: LocalizedName
    /// The 6-digit administrative division code (GB/T 2260), e.g. `370100`.
    public var code: String

    public init(name: LocalizedName, code: String) {
        self.name = name
        self.code = code
    }
}

/// Everything a plan says about itself: who, where, which years, which conventions.
public struct PlanHeader: Sendable, Hashable {
    /// The sector id (must match the model's ``SectorInfo/id``).
    public var sector: String
    public var title: LocalizedName
    public var jurisdiction: Jurisdiction
    public var authority: LocalizedName
    public var preparer: LocalizedName?
    public var baseYear: Int
    public var targetYear: Int
    /// The last year projected.
    public var horizon: Int
    public var gwp: GWPSet
    /// ISO 4217 code of every money amount in the plan.
    public var currency: String
    public var priceYear: Int
    /// Social discount rate (cost per tonne, NPV).
    public var socialDiscountRate: Double
    /// Private discount rate (break-even carbon price, investor view).
    public var privateDiscountRate: Double
    /// The factor set chosen from the sector's `factors.yaml`.
    public var factorSet: String
    /// Carbon price (currency/tCO2e) used to choose between either-or alternatives: the one
    /// with the largest net benefit `abatement × (price − cost per tonne)` in the target year
    /// is kept. Default 100 CNY/t — `source: assumption — about the upper end of China's
    /// national ETS allowance prices in 2024 (roughly 60–100 CNY/t)`.
    public var referenceCarbonPrice: Double = 100

    public init(sector: String, title: LocalizedName, jurisdiction: Jurisdiction, authority: LocalizedName,
                preparer: LocalizedName? = nil, baseYear: Int, targetYear: Int, horizon: Int,
                gwp: GWPSet = .ar5, currency: String = "CNY", priceYear: Int,
                socialDiscountRate: Double = 0.05, privateDiscountRate: Double = 0.08, factorSet: String) {
        self.sector = sector
        self.title = title
        self.jurisdiction = jurisdiction
        self.authority = authority
        self.preparer = preparer
        self.baseYear = baseYear
        self.targetYear = targetYear
        self.horizon = horizon
        self.gwp = gwp
        self.currency = currency
        self.priceYear = priceYear
        self.socialDiscountRate = socialDiscountRate
        self.privateDiscountRate = privateDiscountRate
        self.factorSet = factorSet
    }

    /// The years results are reported for: base year to horizon.
    public var reportYears: ClosedRange<Int> { baseYear...horizon }
}

/// An emission target the plan is checked against.
public struct Target: Sendable, Hashable, Identifiable {
    public enum Kind: Sendable, Hashable {
        /// Emissions in the year at most this many tCO2e.
        case absoluteCap(Double)
        /// Emissions at least this share (0–1) below the base year.
        case belowBaseYear(Double)
        /// Emissions per unit of GDP at least this share below the base year's.
        case intensityPerGDP(Double)
        /// Emissions per unit of the sector's activity at least this share below the base year's.
        case intensityPerActivity(Double)
    }

    public var id: String
    public var name: LocalizedName?
    public var year: Int
    public var kind: Kind

    public init(id: String, name: LocalizedName? = nil, year: Int, kind: Kind) {
        self.id = id
        self.name = name
        self.year = year
        self.kind = kind
    }
}

/// A named set of default factor inputs from a sector's `factors.yaml`
/// (e.g. IPCC 2006 vs China's guideline parameters).
public struct FactorSet: Sendable, Hashable {
    public var id: String
    public var name: LocalizedName
    public var reference: String?
    public var inputs: [String: SeriesSpec]

    public init(id: String, name: LocalizedName, reference: String? = nil, inputs: [String: SeriesSpec]) {
        self.id = id
        self.name = name
        self.reference = reference
        self.inputs = inputs
    }
}

/// A decoded, validated plan: header, inputs as series specs, measures, targets and prices.
///
/// Load one with ``PlanLoader``; evaluate it with ``PlanEvaluator``.
public struct Plan: Sendable, Hashable {
    public var header: PlanHeader
    /// Years the model runs over: the earliest year any input names (history) to the horizon.
    public var modelYears: ClosedRange<Int>
    /// Every input key with its series, already in the unit the model declared.
    public var inputs: [String: SeriesSpec]
    /// The unit of each input key (the model's unit).
    public var inputUnits: [String: String]
    /// The selected measures, in catalogue order.
    public var measures: [Measure]
    public var targets: [Target]
    /// Energy prices per carrier id, in the plan's currency per GJ.
    public var energyPrices: [String: SeriesSpec]
    /// GDP series (for intensity targets), in the unit the plan gave.
    public var gdp: SeriesSpec?
    public var gdpUnit: String?
    /// Documents the plan cites.
    public var references: [String]
    /// Hex SHA-256 of the plan file, catalogue and factor file bytes.
    public var inputDigest: String
    /// What loading noticed but did not refuse (carried into ``PlanResult/warnings``).
    public var warnings: [String] = []

    public init(header: PlanHeader, modelYears: ClosedRange<Int>, inputs: [String: SeriesSpec],
                inputUnits: [String: String], measures: [Measure], targets: [Target] = [],
                energyPrices: [String: SeriesSpec] = [:], gdp: SeriesSpec? = nil, gdpUnit: String? = nil,
                references: [String] = [], inputDigest: String = "") {
        self.header = header
        self.modelYears = modelYears
        self.inputs = inputs
        self.inputUnits = inputUnits
        self.measures = measures
        self.targets = targets
        self.energyPrices = energyPrices
        self.gdp = gdp
        self.gdpUnit = gdpUnit
        self.references = references
        self.inputDigest = inputDigest
    }

    /// Expands every input to one value per model year.
    public func inputTable() -> InputTable {
        var series: [String: (unit: String, values: [Double])] = [:]
        for (key, spec) in inputs {
            series[key] = (inputUnits[key] ?? spec.unit ?? "", spec.expand(years: modelYears, baseYear: header.baseYear))
        }
        return InputTable(years: modelYears, series: series)
    }
}
