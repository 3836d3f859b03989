public import ReductionCore
internal import ReductionSystem
import TextileSector
import ThermalPowerSector
import TransportSector
import WasteSortingSector

/// A city read from its file: the file as written, the coupled city model and each sector's plan.
public struct CityPlan: Sendable {
    /// The city file as read.
    public var file: CityPlanFile
    /// The city, ready to couple.
    public var model: CityModel
    /// Each sector's plan (power first, then the file's order).
    public var plans: [Plan]
    /// City targets.
    public var targets: [CityTarget]

    /// Couples BAU and pathway and builds the city MACC in the file's target year.
    public func evaluate() throws(CityError) -> CityResult {
        try CityResult(city: model, maccYear: file.targetYear, targets: targets, gdp: file.gdp, population: file.population,
                       plateauTolerance: file.plateauTolerance)
    }
}

/// Reads city plan files and the embedded example city.
public enum CityPlanLoader {
    /// The embedded example: the four sectors' own example plans, coupled (report years 2024–2035,
    /// the years all four examples cover).
    public static let example = """
    # Example city: the four sector examples coupled through electricity (all figures illustrative).
    city:
      jurisdiction: {name: {en: "Example City (illustrative)", zh-Hans: "示例市（示意）"}, code: "990100"}
      baseYear: 2024
      targetYear: 2030
      horizon: 2035
      gwp: AR5
      gdp: {value: 8000, unit: 亿元, growth: 0.05, source: "assumption — illustrative city of 5 million people, 160,000 CNY GDP per head"}
      population: {value: 5000000, unit: person, source: "assumption — the power example's 5 million people"}
      electricityImportFactor: {value: 0.55, unit: tCO2/MWh, source: "MEE/NBS 2023 East China regional factor 0.5500 tCO2/MWh"}
    fixedInventories:
      - id: buildings
        source: "assumption — illustrative: direct gas and coal use of buildings, about 0.6 tCO2 per person"
        gases: {CO2: 3000000}
    targets:
      - {id: peak-2030, year: 2030, kind: peak}
      - {id: intensity-2030, year: 2030, kind: intensity-below-base, value: 0.25, boundary: territorial}
      - {id: per-capita-2035, year: 2035, kind: per-capita, value: 3.5, boundary: territorial}
    """

    /// Largest file read (city and sector plans), bytes.
    static let maxBytes = 16 << 20

    /// Loads the embedded example city.
    public static func loadExample() throws(PlanError) -> CityPlan {
        try load(bytes: Array(example.utf8), file: "<embedded example city>", directory: nil)
    }

    /// Loads the city file at `path`; sector paths resolve relative to its folder.
    public static func load(path: String) throws(PlanError) -> CityPlan {
        let bytes = try read(path, at: SourceLocation(file: path))
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return try load(bytes: bytes, file: path, directory: path.hasPrefix("/") && folder.isEmpty ? "/" : folder)
    }

    /// Loads a city file from bytes; `directory` resolves sector paths (nil: every sector's embedded example).
    public static func load(bytes: [UInt8], file: String?, directory: String?) throws(PlanError) -> CityPlan {
        let spec = try CityPlanFile.load(bytes: bytes, file: file)
        let named = spec.sectors.isEmpty ? CityPlanFile.sectorIDs.sorted().map { ($0, "") } : spec.sectors
        var power: CitySector?
        var others: [CitySector] = []
        for (id, path) in named {
            let location = SourceLocation(file: file, keyPath: "sectors.\(id)")
            let sector: CitySector
            var resolved: String?
            if !path.isEmpty {
                resolved = path.hasPrefix("/") || (directory ?? "").isEmpty ? path : "\(directory ?? "")/\(path)"
            }
            let fileBytes = try resolved.map { path throws(PlanError) in try read(path, at: location) }
            switch id {
            case "transport": sector = try make(TransportModel(), fileBytes, resolved)
            case "waste": sector = try make(WasteSortingModel(), fileBytes, resolved)
            case "textile": sector = try make(TextileModel(), fileBytes, resolved)
            default: sector = try make(ThermalPowerModel(), fileBytes, resolved)
            }
            guard sector.evaluator.baseInputs.years.contains(spec.baseYear),
                  sector.evaluator.baseInputs.years.contains(spec.horizon) else {
                throw PlanError(.yearOutOfRange, "the \(id) plan's years \(sector.evaluator.baseInputs.years) do not cover the city years \(spec.baseYear)–\(spec.horizon)", at: location)
            }
            if id == "power" { power = sector } else { others.append(sector) }
        }
        guard let power else {
            throw PlanError(.missingKey, "a city needs a power sector plan (sectors.power)", at: SourceLocation(file: file, keyPath: "sectors"))
        }
        let gwp = spec.gwp
        let fixed = spec.inventories.map { inventory in
            FixedInventory(id: inventory.id, values: (0..<spec.years.count).map { t in
                inventory.gases.reduce(0) { $0 + $1.value[t] * gwp.factor(for: $1.key) }
            }, source: inventory.source)
        }
        var model = CityModel(years: spec.years, power: power, others: others, importFactor: spec.importFactor, fixed: fixed)
        model.demandIncludesSectors = true
        let targets = spec.targets.map { target in
            let boundary = CityBoundary(rawValue: target.boundary) ?? .territorial
            let kind: CityTarget.Kind = switch target.kind {
            case "absolute": .absolute(target.value)
            case "below-base": .belowBase(target.value)
            case "intensity-below-base": .intensityBelowBase(target.value)
            case "per-capita": .perCapita(target.value)
            default: .peakBy
            }
            return CityTarget(id: target.id, year: target.year, kind: kind, boundary: boundary)
        }
        return CityPlan(file: spec, model: model, plans: [power.result.plan] + others.map(\.result.plan), targets: targets)
    }

    static func make(_ model: some SectorModel, _ bytes: [UInt8]?, _ path: String?) throws(PlanError) -> CitySector {
        let plan: Plan
        if let bytes {
            plan = try PlanLoader.load(bytes: bytes, file: path, model: model)
        } else {
            plan = try PlanLoader.loadExample(for: model)
        }
        return try CitySector(plan: plan, model: model)
    }

    static func read(_ path: String, at location: SourceLocation) throws(PlanError) -> [UInt8] {
        do throws(FileReadError) {
            return try RegularFile.read(path, maxBytes: maxBytes)
        } catch {
            throw PlanError(.malformedInput, "cannot read \(path): \(error)", at: location)
        }
    }
}
