/// A city plan file (YAML) as read, before its sector plans are loaded: the city header, the
/// sector plan paths, the fixed inventories, the import factor and the city targets.
///
/// ```yaml
/// city:
///   jurisdiction: {name: {en: Example City, zh-Hans: 示例市}, code: "320500"}
///   baseYear: 2020
///   targetYear: 2030          # MACC year
///   horizon: 2035
///   gwp: AR5
///   gdp: {value: 2.0e4, unit: 亿元, growth: [{until: 2035, rate: 0.05}], source: "..."}
///   population: {value: 1.3e7, unit: person, source: "..."}
///   electricityImportFactor: {value: 0.5306, unit: tCO2/MWh, source: "MEE/NBS 2023 national average"}
///   plateauTolerance: {value: 0.01, source: "..."}   # share of the peak; default ``defaultPlateauTolerance``
/// sectors: {transport: transport.yaml, power: power.yaml}    # relative to this file
/// fixedInventories:
///   - {id: buildings, source: "...", gases: {CO2: 1.0e6, CH4: 100}}
/// targets:
///   - {id: peak, year: 2030, kind: peak}
///   - {id: cap, year: 2035, kind: absolute, value: 5.0e6, boundary: territorial}
///   - {id: cut, year: 2035, kind: below-base, value: 0.2}
///   - {id: gdp-intensity, year: 2035, kind: intensity-below-base, value: 0.3, boundary: consumption}
///   - {id: per-head, year: 2035, kind: per-capita, value: 6.5}       # tCO2e per person; needs population
/// ```
public struct CityPlanFile: Sendable, Hashable {
    /// A fixed inventory: tonnes per gas per year (from the base year to the horizon).
    public struct Inventory: Sendable, Hashable {
        /// Id.
        public var id: String
        /// Where the figures come from.
        public var source: String
        /// Tonnes per year of each gas, base year to horizon.
        public var gases: [Gas: [Double]]
    }
    /// A target as written.
    public struct TargetSpec: Sendable, Hashable {
        /// Id.
        public var id: String
        /// Year.
        public var year: Int
        /// `peak`, `absolute` (tCO2e), `below-base` (share), `intensity-below-base` (share) or
        /// `per-capita` (tCO2e per person).
        public var kind: String
        /// The limit (0 for `peak`).
        public var value: Double
        /// `territorial` (default) or `consumption`.
        public var boundary: String
    }

    /// The city.
    public var jurisdiction: Jurisdiction
    /// First report year.
    public var baseYear: Int
    /// The MACC year.
    public var targetYear: Int
    /// Last report year.
    public var horizon: Int
    /// GWP set for fixed inventories.
    public var gwp: GWPSet
    /// GDP per year (base year to horizon), in `gdpUnit`; nil when not given.
    public var gdp: [Double]?
    /// GDP unit as written.
    public var gdpUnit: String?
    /// Population per year, nil when not given.
    public var population: [Double]?
    /// Factor of grid imports per year, tCO2/MWh; nil: the power plan's own.
    public var importFactor: [Double]?
    /// Share of the peak within which a year of a city total counts as its plateau (0–0.2).
    public var plateauTolerance: Double = CityPlanFile.defaultPlateauTolerance
    /// Where ``plateauTolerance`` comes from (the file's `source`, or the default's assumption).
    public var plateauToleranceSource: String = CityPlanFile.defaultPlateauToleranceSource
    /// Sector id → plan path as written (relative to the city file).
    public var sectors: [(id: String, path: String)]
    /// Fixed inventories.
    public var inventories: [Inventory]
    /// Targets.
    public var targets: [TargetSpec]
    /// Sectors the plan names in order, for hashing.
    public static func == (lhs: CityPlanFile, rhs: CityPlanFile) -> Bool {
        lhs.jurisdiction == rhs.jurisdiction && lhs.baseYear == rhs.baseYear && lhs.horizon == rhs.horizon
            && lhs.sectors.map(\.id) == rhs.sectors.map(\.id) && lhs.sectors.map(\.path) == rhs.sectors.map(\.path)
            && lhs.inventories == rhs.inventories && lhs.targets == rhs.targets && lhs.importFactor == rhs.importFactor
            && lhs.population == rhs.population && lhs.plateauTolerance == rhs.plateauTolerance
    }
    /// Hashes the header and sector paths.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(jurisdiction)
        hasher.combine(baseYear)
        hasher.combine(horizon)
        for sector in sectors { hasher.combine(sector.id); hasher.combine(sector.path) }
    }

    /// The report years.
    public var years: ClosedRange<Int> { baseYear...horizon }

    /// The plateau tolerance when the city file gives none: 1 % of the peak.
    public static let defaultPlateauTolerance = 0.01
    /// The default's stated assumption.
    public static let defaultPlateauToleranceSource = "assumption — a year within 1 % of the peak counts as the plateau "
        + "(range 0–0.05): a 1 % year-to-year change is within the uncertainty of a city inventory, so smaller swings "
        + "around the peak are read as a plateau, not a new peak"
    /// Target kinds a city file may name.
    public static let targetKinds = ["peak", "absolute", "below-base", "intensity-below-base", "per-capita"]

    /// Sector ids a city file may name.
    public static let sectorIDs: Set<String> = ["transport", "waste", "power", "textile"]

    /// Reads a city file; errors name `file`, the line and the key path (code `invalid-value`,
    /// `missing-key`, `unknown-key`, `wrong-type`).
    public static func load(bytes: [UInt8], file: String?) throws(PlanError) -> CityPlanFile {
        let root = try YAMLValue.parse(bytes: bytes, file: file)
        try root.allowOnly(["city", "sectors", "fixedInventories", "targets", "notes"])
        let city = try root.required("city")
        try city.allowOnly(["jurisdiction", "baseYear", "targetYear", "horizon", "gwp", "gdp", "population",
                            "electricityImportFactor", "plateauTolerance", "title"])
        let place = try city.required("jurisdiction")
        try place.allowOnly(["name", "code"])
        let jurisdiction = Jurisdiction(name: try place.required("name").localizedName(), code: try place.required("code").string())
        let baseNode = try city.required("baseYear"), horizonNode = try city.required("horizon")
        let baseYear = try baseNode.int(), horizon = try horizonNode.int()
        guard horizon > baseYear, horizon - baseYear <= 100 else {
            throw horizonNode.error(.invalidValue, "horizon \(horizon) must be after baseYear \(baseYear) and at most 100 years later")
        }
        let targetNode = try city.optional("targetYear")
        let targetYear = try targetNode?.int() ?? horizon
        if let targetNode, !(baseYear...horizon).contains(targetYear) {
            throw targetNode.error(.yearOutOfRange, "targetYear \(targetYear) is outside \(baseYear)–\(horizon)")
        }
        let years = baseYear...horizon
        func expand(_ node: YAMLValue, unit: String) throws(PlanError) -> [Double] {
            try node.series(unit: unit).expand(years: years, baseYear: baseYear)
        }
        let gwp = try city.optional("gwp")?.enumeration(GWPSet.self) ?? .ar5
        let gdpNode = try city.optional("gdp")
        let gdpUnit = try gdpNode.flatMap { node throws(PlanError) in node.isMapping ? try node.optional("unit")?.string() : nil }
        let gdp = try gdpNode.map { node throws(PlanError) in try expand(node, unit: gdpUnit ?? "") }
        let populationNode = try city.optional("population")
        let population = try populationNode.map { node throws(PlanError) in try expand(node, unit: "person") }
        if let populationNode, let population, let bad = population.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw populationNode.error(.invalidValue, "city.population must be more than 0 people in every year, found \(population[bad]) in \(baseYear + bad)")
        }
        let importFactor = try city.optional("electricityImportFactor").map { node throws(PlanError) in
            try expand(node, unit: "tCO2/MWh")
        }
        var plateau = (value: defaultPlateauTolerance, source: defaultPlateauToleranceSource)
        if let node = try city.optional("plateauTolerance") {
            let valueNode = node.isMapping ? try node.required("value") : node
            if node.isMapping { try node.allowOnly(["value", "unit", "source"]) }
            plateau.value = try valueNode.double()
            guard (0...0.2).contains(plateau.value) else {
                throw valueNode.error(.invalidValue, "plateauTolerance is a share of the peak between 0 and 0.2, found \(plateau.value)")
            }
            plateau.source = try node.isMapping ? node.optional("source")?.string() ?? "city file (no source given)" : "city file (no source given)"
        }
        var sectors: [(id: String, path: String)] = []
        if let node = try root.optional("sectors") {
            for (key, value) in try node.entries() {
                guard sectorIDs.contains(key) else {
                    throw value.error(.unknownKey, "unknown sector '\(key)'; expected one of \(sectorIDs.sorted().joined(separator: ", "))")
                }
                sectors.append((key, try value.string()))
            }
        }
        var inventories: [Inventory] = []
        for item in try root.optional("fixedInventories")?.items() ?? [] {
            try item.allowOnly(["id", "name", "source", "gases"])
            var gases: [Gas: [Double]] = [:]
            for (key, value) in try item.required("gases").entries() {
                guard let gas = Gas(rawValue: key) else {
                    throw value.error(.unknownKey, "unknown gas '\(key)'; expected one of \(Gas.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                gases[gas] = try expand(value, unit: "t")
            }
            inventories.append(Inventory(id: try item.required("id").string(), source: try item.required("source").string(),
                                         gases: gases))
        }
        var targets: [TargetSpec] = []
        for item in try root.optional("targets")?.items() ?? [] {
            try item.allowOnly(["id", "name", "year", "kind", "value", "boundary"])
            let yearNode = try item.required("year"), kindNode = try item.required("kind")
            let year = try yearNode.int(), kind = try kindNode.string()
            guard years.contains(year) else { throw yearNode.error(.yearOutOfRange, "target year \(year) is outside \(baseYear)–\(horizon)") }
            guard targetKinds.contains(kind) else {
                throw kindNode.error(.invalidValue, "unknown target kind '\(kind)'; expected \(targetKinds.joined(separator: ", "))")
            }
            let valueNode = kind == "peak" ? try item.optional("value") : try item.required("value")
            let value = try valueNode?.double() ?? 0
            if let valueNode, kind.hasSuffix("below-base"), !(0...1).contains(value) {
                throw valueNode.error(.invalidValue, "a share below the base year must be between 0 and 1, found \(value)")
            }
            if kind == "intensity-below-base", gdp == nil {
                throw kindNode.error(.missingKey, "an intensity target needs city.gdp")
            }
            if kind == "per-capita" {
                guard population != nil else { throw kindNode.error(.missingKey, "a per-capita target needs city.population") }
                if let valueNode, !(value >= 0 && value <= 1000) {
                    throw valueNode.error(.invalidValue, "a per-capita target is tCO2e per person between 0 and 1000, found \(value)")
                }
            }
            let boundaryNode = try item.optional("boundary")
            let boundary = try boundaryNode?.string() ?? "territorial"
            if let boundaryNode, !["territorial", "consumption"].contains(boundary) {
                throw boundaryNode.error(.invalidValue, "boundary must be territorial or consumption, found '\(boundary)'")
            }
            targets.append(TargetSpec(id: try item.required("id").string(), year: year, kind: kind, value: value, boundary: boundary))
        }
        var spec = CityPlanFile(jurisdiction: jurisdiction, baseYear: baseYear, targetYear: targetYear, horizon: horizon, gwp: gwp,
                                gdp: gdp, gdpUnit: gdpUnit, population: population, importFactor: importFactor, sectors: sectors,
                                inventories: inventories, targets: targets)
        spec.plateauTolerance = plateau.value
        spec.plateauToleranceSource = plateau.source
        return spec
    }
}
