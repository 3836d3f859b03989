public import ReductionCore

/// A city: one power sector and the sectors that take electricity from it or feed it, coupled
/// through the shared electricity vocabulary (`Coupling`).
///
/// Coupling, for one scenario (a set of applied measures per sector), year by year:
///
/// 1. start from the import factor g⁰ (tCO2/MWh);
/// 2. run every non-power sector s with its `electricity.grid-factor` input set to gᵏ; read its
///    demand Dₛ and supply Sₛ (memos `electricity.demanded` / `electricity.supplied`);
/// 3. run the power sector with its demand input set to B + ΣDₛ − ΣSₛ, where B is the power plan's
///    own demand, read as the demand of consumers the city does not model in another sector
///    (the power model has a demand input, so it is driven directly; embedded supply — WtE,
///    biogas, rooftop PV — nets off the demand it must meet);
/// 4. gᵏ⁺¹ = (CO2 of local plants allocated to electricity + CO2 of imports) / (power supplied + ΣSₛ):
///    the factor of all electricity the city uses, embedded supply at zero because its emissions
///    are already direct emissions of the sector that generates it;
/// 5. stop when max over years |gᵏ⁺¹ − gᵏ| ≤ ``tolerance``; after ``maxIterations`` without that,
///    throw ``CityError/notConverged(iterations:residual:)``.
///
/// Totals (tCO2e per city year), each sector counted once:
/// - territorial = Σ direct of every sector (power plants included) + fixed inventories;
/// - consumption = Σ direct of the non-power sectors + power's direct emissions not allocated to
///   electricity (heat, CH4/N2O) + (B + ΣDₛ) × g + fixed inventories. Electricity is counted
///   once, at the factor of the city's supply, so moving demand between sectors leaves it unchanged.
public struct CityModel: Sendable {
    /// The city's report years.
    public var years: ClosedRange<Int>
    /// The power sector.
    public var power: CitySector
    /// The other sectors.
    public var others: [CitySector]
    /// Where the power model is driven and read.
    public var link: PowerLink
    /// Factor of grid imports per city year, tCO2/MWh, set as the power plan's
    /// `electricity.grid-factor` input (nil: the power plan's own).
    public var importFactor: [Double]?
    /// Inventories held fixed (unmodelled sectors).
    public var fixed: [FixedInventory]
    /// Convergence tolerance on the grid factor, tCO2/MWh (default 1e-9).
    public var tolerance: Double
    /// Most iterations before the coupling is declared non-converging (default 50).
    public var maxIterations: Int
    /// True when the power plan's demand input is the whole city's (the modelled sectors'
    /// own BAU demand included): B is then that demand less ΣDₛ of each sector's uncoupled BAU
    /// run, floored at 0. False (default): the power plan's demand is the rest of the city alone.
    public var demandIncludesSectors: Bool = false

    /// Creates a city.
    public init(years: ClosedRange<Int>, power: CitySector, others: [CitySector], link: PowerLink = .thermalPower,
                importFactor: [Double]? = nil, fixed: [FixedInventory] = [], tolerance: Double = 1e-9,
                maxIterations: Int = 50) {
        self.years = years
        self.power = power
        self.others = others
        self.link = link
        self.importFactor = importFactor
        self.fixed = fixed
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// All sectors, power first.
    public var sectors: [CitySector] { [power] + others }
}

/// Why a city cannot be coupled.
public enum CityError: Error, Sendable, Hashable {
    /// The fixed point was not reached within the iteration limit; `residual` is the last
    /// change of the grid factor, tCO2/MWh.
    case notConverged(iterations: Int, residual: Double)
    /// A sector plan does not hold an input the city must set, or does not cover the city years.
    case missingInput(sector: String, key: String)
}

/// One sector's emissions in a coupled run, tCO2e per city year.
public struct SectorEmissions: Sendable, Hashable {
    /// The sector id.
    public var id: String
    /// Direct (territorial) emissions.
    public var direct: [Double]
    /// Indirect emissions as the sector counts them (purchased electricity at the coupled factor;
    /// power: net imports).
    public var indirect: [Double]
    /// Air pollutants emitted in the city, tonnes per city year, one row per pollutant in
    /// `Pollutant.allCases` order (SO2, NOx, PM2.5).
    public var pollutants: [[Double]] = []
}

/// The result of coupling one scenario to its fixed point.
public struct CoupledRun: Sendable, Hashable {
    /// Iterations run (each = all non-power sectors, then power).
    public var iterations: Int
    /// max over years |gᵏ⁺¹ − gᵏ| at the last iteration, tCO2/MWh.
    public var residual: Double
    /// The factor of electricity supplied to the city, per city year, tCO2/MWh.
    public var gridFactor: [Double]
    /// ΣDₛ: electricity the modelled non-power sectors demand, MWh.
    public var sectorDemand: [Double]
    /// ΣSₛ: electricity the non-power sectors supply, MWh.
    public var sectorSupply: [Double]
    /// B: the power plan's own demand (consumers not modelled elsewhere), MWh.
    public var otherDemand: [Double]
    /// The demand set on the power model, B + ΣD − ΣS, MWh.
    public var powerDemand: [Double]
    /// Emissions by sector, power first.
    public var sectors: [SectorEmissions]
    /// Territorial total (all direct + fixed), tCO2e.
    public var territorial: [Double]
    /// Consumption total (non-power direct + power non-electricity direct + (B + ΣD) × g + fixed), tCO2e.
    public var consumption: [Double]

    /// Tonnes of `pollutant` per city year, summed over every modelled sector (power plants
    /// included; fixed inventories carry no pollutants).
    public func pollutant(_ pollutant: Pollutant) -> [Double] {
        let count = territorial.count
        return (0..<count).map { t in
            sectors.reduce(0) { sum, sector in
                let row = pollutant.index < sector.pollutants.count ? sector.pollutants[pollutant.index] : []
                return sum + (t < row.count ? row[t] : 0)
            }
        }
    }
}

extension CityModel {
    /// Couples the scenario in which `applied[sector id]` (indices into that sector's plan
    /// measures, in order) are applied; sectors not named run their BAU.
    public func couple(applying applied: [String: [Int]] = [:]) throws(CityError) -> CoupledRun {
        let count = years.count
        guard var other = power.baseValues(link.demandKey, years: years) else {
            throw .missingInput(sector: power.id, key: link.demandKey)
        }
        if demandIncludesSectors {
            for sector in others {
                let own = sector.memo(Coupling.electricityDemand, of: sector.evaluator.run(applying: [], overriding: [:]).output,
                                      years: years)
                for t in 0..<count { other[t] = max(other[t] - own[t], 0) }
            }
        }
        var powerOverrides: [String: [Double]] = [:]
        if let importFactor {
            guard let row = power.overrideRow(Coupling.gridFactor, cityYears: years, values: importFactor) else {
                throw .missingInput(sector: power.id, key: Coupling.gridFactor)
            }
            powerOverrides[Coupling.gridFactor] = row
        }
        var g = importFactor ?? power.baseValues(Coupling.gridFactor, years: years) ?? Array(repeating: 0, count: count)
        var residual = Double.infinity
        for iteration in 1...max(maxIterations, 1) {
            var demand = Array(repeating: 0.0, count: count), supply = demand
            var emissions: [SectorEmissions] = []
            for sector in others {
                var overrides: [String: [Double]] = [:]
                if let row = sector.overrideRow(Coupling.gridFactor, cityYears: years, values: g) {
                    overrides[Coupling.gridFactor] = row
                }
                let output = sector.evaluator.run(applying: applied[sector.id] ?? [], overriding: overrides).output
                let d = sector.memo(Coupling.electricityDemand, of: output, years: years)
                let s = sector.memo(Coupling.electricitySupply, of: output, years: years)
                for t in 0..<count { demand[t] += d[t]; supply[t] += s[t] }
                emissions.append(SectorEmissions(id: sector.id, direct: sector.total(output, boundary: .direct, years: years),
                                                 indirect: sector.total(output, boundary: .indirect, years: years),
                                                 pollutants: sector.pollutants(output, years: years)))
            }
            let powerDemand = (0..<count).map { other[$0] + demand[$0] - supply[$0] }
            guard let demandRow = power.overrideRow(link.demandKey, cityYears: years, values: powerDemand) else {
                throw .missingInput(sector: power.id, key: link.demandKey)
            }
            var overrides = powerOverrides
            overrides[link.demandKey] = demandRow
            let output = power.evaluator.run(applying: applied[power.id] ?? [], overriding: overrides).output
            let supplied = power.memo(link.suppliedMemo, of: output, years: years)
            let plantCO2 = power.memo(link.electricityCO2Memo, of: output, years: years)
            let importCO2 = power.memo(link.importCO2Memo, of: output, years: years)
            let next = (0..<count).map { t in
                let all = supplied[t] + supply[t]
                return all > 0 ? (plantCO2[t] + importCO2[t]) / all : 0
            }
            residual = zip(next, g).map { abs($0 - $1) }.max() ?? 0
            g = next
            guard residual <= tolerance else { continue }
            let powerDirect = power.total(output, boundary: .direct, years: years)
            emissions.insert(SectorEmissions(id: power.id, direct: powerDirect,
                                             indirect: power.total(output, boundary: .indirect, years: years),
                                             pollutants: power.pollutants(output, years: years)), at: 0)
            let fixedTotal = (0..<count).map { t in fixed.reduce(0) { $0 + (t < $1.values.count ? $1.values[t] : 0) } }
            let territorial = (0..<count).map { t in emissions.reduce(fixedTotal[t]) { $0 + $1.direct[t] } }
            let consumption = (0..<count).map { t in
                let nonPower = emissions.dropFirst().reduce(fixedTotal[t]) { $0 + $1.direct[t] }
                return nonPower + (powerDirect[t] - plantCO2[t]) + (other[t] + demand[t]) * g[t]
            }
            return CoupledRun(iterations: iteration, residual: residual, gridFactor: g, sectorDemand: demand,
                              sectorSupply: supply, otherDemand: other, powerDemand: powerDemand, sectors: emissions,
                              territorial: territorial, consumption: consumption)
        }
        throw .notConverged(iterations: max(maxIterations, 1), residual: residual)
    }
}
