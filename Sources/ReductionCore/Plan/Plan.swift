/// The administrative area a plan is for.
public struct Jurisdiction: Sendable, Hashable {
    /// The area's bilingual name.
    public var name: LocalizedName
    /// The 6-digit administrative division code (GB/T 2260), e.g. `370100`.
    public var code: String

    /// Creates a jurisdiction.
    public init(name: LocalizedName, code: String) {
        self.name = name
        self.code = code
    }
}

/// Everything a plan says about itself: who, where, which years, which conventions.
public struct PlanHeader: Sendable, Hashable {
    /// The sector id (must match the model's ``SectorInfo/id``).
    public var sector: String
    /// The plan's bilingual title.
    public var title: LocalizedName
    /// The area the plan is for.
    public var jurisdiction: Jurisdiction
    /// The body responsible for the plan.
    public var authority: LocalizedName
    /// Who drafted the plan, if named.
    public var preparer: LocalizedName?
    /// The inventory year; reporting starts here.
    public var baseYear: Int
    /// The year the MACC, costs per tonne and target-year figures refer to.
    public var targetYear: Int
    /// The last year projected.
    public var horizon: Int
    /// The GWP-100 set used to sum gases to tCO2e.
    public var gwp: GWPSet
    /// ISO 4217 code of every money amount in the plan.
    public var currency: String
    /// The year whose prices every money amount is expressed in.
    public var priceYear: Int
    /// Social discount rate (cost per tonne, NPV).
    public var socialDiscountRate: Double
    /// Private discount rate (break-even carbon price, investor view).
    public var privateDiscountRate: Double
    /// The factor set chosen from the sector's `factors.yaml`.
    public var factorSet: String
    /// Carbon price (currency/tCO2e) used to choose between either-or alternatives by
    /// incremental analysis: the larger of two non-dominated alternatives replaces the smaller
    /// when `(annual cost B − A) / (abatement B − A)` in the target year is at most this price
    /// (`Ordering/Alternatives.swift`). In the plan's currency; default 100, meant as 100 CNY/t — `source: assumption —
    /// about the upper end of China's national ETS allowance prices in 2024 (roughly 60–100
    /// CNY/t)`. Plans in another currency should set it.
    public var referenceCarbonPrice: Double = 100
    /// The social discount rate's range when the plan gives one (drawn by ``UncertaintyEngine``);
    /// nil for a plain number.
    public var socialDiscountRateRange: Estimate?
    /// The private discount rate's range when the plan gives one; nil for a plain number.
    public var privateDiscountRateRange: Estimate?
    /// The reference carbon price's range when the plan gives one (currency/tCO2e); nil for a
    /// plain number or the default.
    public var referenceCarbonPriceRange: Estimate?

    /// Creates a header; defaults: AR5, CNY, social rate 0.05, private rate 0.08.
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
    /// What a target limits: a cap in tCO2e, or a reduction as a share in [0, 1].
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

    /// The target's id, unique in the plan.
    public var id: String
    /// An optional bilingual name.
    public var name: LocalizedName?
    /// The year the target applies to.
    public var year: Int
    /// What the target limits.
    public var kind: Kind
    /// The boundary the target applies to; nil means the sector's ``SectorInfo/defaultTargetBoundary``.
    public var boundary: ReportingBoundary?

    /// Creates a target.
    public init(id: String, name: LocalizedName? = nil, year: Int, kind: Kind, boundary: ReportingBoundary? = nil) {
        self.id = id
        self.name = name
        self.year = year
        self.kind = kind
        self.boundary = boundary
    }
}

/// A named set of default factor inputs from a sector's `factors.yaml`
/// (e.g. IPCC 2006 vs China's guideline parameters).
public struct FactorSet: Sendable, Hashable {
    /// The set's id, as named by a plan's `factorSet`.
    public var id: String
    /// The set's bilingual name.
    public var name: LocalizedName
    /// The document the set comes from, if given.
    public var reference: String?
    /// The inputs the set provides, in the model's units.
    public var inputs: [String: SeriesSpec]

    /// Creates a factor set.
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
    /// Who, where, which years and conventions.
    public var header: PlanHeader
    /// Years the model runs over: the earliest year any input names (history) to the horizon.
    public var modelYears: ClosedRange<Int>
    /// Every input key with its series, already in the unit the model declared.
    public var inputs: [String: SeriesSpec]
    /// The unit of each input key (the model's unit).
    public var inputUnits: [String: String]
    /// The selected measures, in catalogue order.
    public var measures: [Measure]
    /// The targets to check, in plan order.
    public var targets: [Target]
    /// Social energy prices (resource cost, no taxes or subsidies) per carrier id, in the
    /// plan's currency per GJ: social cost per tonne, at the social discount rate.
    public var energyPrices: [String: SeriesSpec]
    /// Private energy prices (retail, taxes included) per carrier id, currency per GJ: the
    /// break-even carbon price, at the private rate. A carrier without one uses its social price.
    public var privateEnergyPrices: [String: SeriesSpec] = [:]
    /// GDP series (for intensity targets), in the unit the plan gave.
    public var gdp: SeriesSpec?
    /// The unit of ``gdp`` as the plan gave it, if any.
    public var gdpUnit: String?
    /// Documents the plan cites.
    public var references: [String]
    /// Hex SHA-256 of the plan file, catalogue and factor file bytes (the report header's
    /// `inputsSHA256`); empty for a plan built in code. Set by ``PlanLoader``.
    package var inputDigest = ""
    /// The plan, catalogue and factor bytes the plan was loaded from (empty for a plan built in code).
    public var sources = PlanSources()
    /// What loading noticed but did not refuse (carried into ``PlanResult/warnings``).
    public var warnings: [String] = []
    /// The plan's choices for the decision rules (MACC years, plateau tolerance, history).
    public var rules = DecisionRules()
    /// Rank correlations between drawn parameters (`uncertainty.correlations` in the plan
    /// file), induced by the Monte Carlo analysis.
    public var correlations: [RankCorrelation] = []

    /// Creates a plan from already validated parts.
    public init(header: PlanHeader, modelYears: ClosedRange<Int>, inputs: [String: SeriesSpec],
                inputUnits: [String: String], measures: [Measure], targets: [Target] = [],
                energyPrices: [String: SeriesSpec] = [:], gdp: SeriesSpec? = nil, gdpUnit: String? = nil,
                references: [String] = []) {
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

/// Synthesized coding.
extension Jurisdiction: Codable {}
/// Synthesized coding.
extension PlanHeader: Codable {}
/// Synthesized coding: `{"absoluteCap": {"_0": 1.2e6}}`, `{"belowBaseYear": {"_0": 0.3}}`, ….
extension Target.Kind: Codable {}
/// Synthesized coding.
extension Target: Codable {}
/// Synthesized coding.
extension Plan: Codable {}
