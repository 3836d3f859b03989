public import ReductionCore

/// Which city total a figure refers to.
public enum CityBoundary: String, Sendable, Hashable, CaseIterable {
    /// All direct emissions in the city, power plants included.
    case territorial
    /// Non-power direct emissions plus the electricity the city consumes at the factor of its supply.
    case consumption
}

/// One step of the city MACC: a sector measure, its abatement as the difference of two coupled
/// runs (the city with every earlier step, without and with this one).
public struct CityMACCStep: Sendable, Hashable {
    /// The sector the measure belongs to.
    public var sector: String
    /// The measure id.
    public var measureID: String
    /// Consumption-total abatement in the MACC year, tCO2e (the step width).
    public var abatement: Double
    /// Territorial-total abatement in the MACC year, tCO2e.
    public var territorialAbatement: Double
    /// The sector's net annual cost of the measure in its pathway in the MACC year (currency).
    public var annualCost: Double
    /// annualCost / abatement (nil without positive abatement), currency/tCO2e.
    public var costPerTonne: Double?
    /// Consumption-total abatement per city year (the same difference of coupled runs in every
    /// year), tCO2e; the MACC year's entry is ``abatement``.
    public var byYear: [Double] = []
    /// Territorial-total abatement per city year, tCO2e.
    public var territorialByYear: [Double] = []
}

/// How a pathway total behaves around its peak, with the plateau tolerance applied.
public enum CityPeakClass: String, Sendable, Hashable {
    /// Highest in the base year and below the plateau in every later year after it: already past its peak.
    case declining
    /// Peaks inside the years and stays below the plateau until the horizon.
    case peaked
    /// Peaks before the horizon but the horizon year is still within the plateau tolerance of the peak.
    case plateau
    /// Highest in the horizon year: not yet peaked.
    case rising

    /// The class of `peak` over `years`.
    public init(_ peak: Peak, years: ClosedRange<Int>) {
        if peak.year == years.upperBound {
            self = .rising
        } else if !peak.declinesAfter {
            self = .plateau
        } else {
            self = peak.year == years.lowerBound ? .declining : .peaked
        }
    }
}

/// A city target.
public struct CityTarget: Sendable, Hashable {
    /// What the target limits.
    public enum Kind: Sendable, Hashable {
        /// At most this many tCO2e in the target year.
        case absolute(Double)
        /// At least this share (0–1) below the base year.
        case belowBase(Double)
        /// CO2e per unit GDP at least this share (0–1) below the base year's.
        case intensityBelowBase(Double)
        /// Emissions peak no later than the target year.
        case peakBy
        /// At most this many tCO2e per person in the target year (needs the population series).
        case perCapita(Double)
    }
    /// Id.
    public var id: String
    /// The target year.
    public var year: Int
    /// The kind.
    public var kind: Kind
    /// The total it applies to.
    public var boundary: CityBoundary

    /// Creates a target.
    public init(id: String, year: Int, kind: Kind, boundary: CityBoundary = .territorial) {
        self.id = id
        self.year = year
        self.kind = kind
        self.boundary = boundary
    }
}

/// A target checked on the pathway.
public struct CityTargetCheck: Sendable, Hashable {
    /// The target.
    public var target: CityTarget
    /// The value the target allows (tCO2e; for intensity the allowed tCO2e at that year's GDP;
    /// for a peak, the target year).
    public var allowed: Double
    /// The pathway's value (tCO2e; for a peak, the pathway's peak year).
    public var pathway: Double
    /// Whether it is met.
    public var met: Bool
}

/// The city roll-up: BAU and pathway coupled, both totals, the city MACC, peaks and targets.
public struct CityResult: Sendable {
    /// The city years.
    public var years: ClosedRange<Int>
    /// BAU coupled run.
    public var bau: CoupledRun
    /// Pathway coupled run (every sector's pathway measures).
    public var pathway: CoupledRun
    /// The MACC year.
    public var maccYear: Int
    /// City MACC steps in application order; widths sum to BAU − pathway (consumption) in ``maccYear``.
    public var macc: [CityMACCStep]
    /// Peak of the pathway's territorial and consumption totals (plateau within ``plateauTolerance``).
    public var peaks: [CityBoundary: Peak]
    /// The share of the peak within which a year counts as the plateau.
    public var plateauTolerance: Double
    /// Targets checked on the pathway.
    public var targets: [CityTargetCheck]
    /// Population per city year (persons), nil when the city file gives none.
    public var population: [Double]?
    /// GDP per city year, nil when the city file gives none.
    public var gdp: [Double]?

    /// The class of the pathway's peak of `boundary` (``CityPeakClass``).
    public func peakClass(_ boundary: CityBoundary) -> CityPeakClass? {
        peaks[boundary].map { CityPeakClass($0, years: years) }
    }

    /// tCO2e per person per city year of the `boundary` total (nil without a population series).
    public func perCapita(_ boundary: CityBoundary, pathway isPathway: Bool = true) -> [Double]? {
        guard let population, population.count == years.count else { return nil }
        return zip(total(boundary, pathway: isPathway).values, population).map { $1 > 0 ? $0 / $1 : 0 }
    }

    /// Tonnes of `pollutant` per city year, summed over the sectors (BAU or pathway).
    public func pollutant(_ pollutant: Pollutant, pathway isPathway: Bool = true) -> [Double] {
        (isPathway ? pathway : bau).pollutant(pollutant)
    }

    /// Couples BAU and pathway, then builds the MACC: the sectors' pathway measures are merged in
    /// ascending order of each sector's own cost per tonne (a sector's measures keep their own
    /// order; ties by sector id), and each step's abatement is total(before) − total(after) of
    /// coupled runs, so cross-sector interaction is exact and the widths telescope to BAU − pathway.
    public init(city: CityModel, maccYear: Int, targets: [CityTarget] = [], gdp: [Double]? = nil,
                population: [Double]? = nil, plateauTolerance: Double = 0) throws(CityError) {
        years = city.years
        self.maccYear = maccYear
        self.gdp = gdp
        self.population = population
        self.plateauTolerance = plateauTolerance
        bau = try city.couple()
        var queues: [(sector: CitySector, indices: [Int])] = city.sectors.map { ($0, $0.pathwayIndices) }
        var applied: [String: [Int]] = [:]
        var previous = bau
        var steps: [CityMACCStep] = []
        let t = min(max(maccYear - city.years.lowerBound, 0), city.years.count - 1)
        while true {
            var best: (queue: Int, cost: Double, id: String)?
            for (q, queue) in queues.enumerated() {
                guard let index = queue.indices.first else { continue }
                let id = queue.sector.evaluator.measureIDs[index]
                let cost = queue.sector.result.measure(id)?.costPerTonne ?? .infinity
                if let current = best {
                    let tie = cost == current.cost && queue.sector.id < queues[current.queue].sector.id
                    if cost < current.cost || tie { best = (q, cost, id) }
                } else {
                    best = (q, cost, id)
                }
            }
            guard let pick = best else { break }
            let sector = queues[pick.queue].sector
            let index = queues[pick.queue].indices.removeFirst()
            applied[sector.id, default: []].append(index)
            let next = try city.couple(applying: applied)
            let width = previous.consumption[t] - next.consumption[t]
            let annual = sector.result.measure(pick.id)?.annualCost[maccYear] ?? 0
            steps.append(CityMACCStep(sector: sector.id, measureID: pick.id, abatement: width,
                                      territorialAbatement: previous.territorial[t] - next.territorial[t],
                                      annualCost: annual, costPerTonne: width > 0 ? annual / width : nil,
                                      byYear: zip(previous.consumption, next.consumption).map { $0 - $1 },
                                      territorialByYear: zip(previous.territorial, next.territorial).map { $0 - $1 }))
            previous = next
        }
        pathway = previous
        macc = steps
        let yearList = Array(city.years)
        peaks = [
            .territorial: PlanEvaluator.peak(years: yearList, values: pathway.territorial, tolerance: plateauTolerance),
            .consumption: PlanEvaluator.peak(years: yearList, values: pathway.consumption, tolerance: plateauTolerance),
        ]
        let bauRun = bau, pathwayRun = previous, peakTable = peaks, years = city.years
        self.targets = targets.map {
            Self.check($0, bau: bauRun, pathway: pathwayRun, years: years, gdp: gdp, population: population, peaks: peakTable)
        }
    }

    /// The pathway (or BAU) total of `boundary`.
    public func total(_ boundary: CityBoundary, pathway isPathway: Bool = true) -> YearSeries {
        let run = isPathway ? pathway : bau
        return YearSeries(firstYear: years.lowerBound, values: boundary == .territorial ? run.territorial : run.consumption)
    }

    static func check(_ target: CityTarget, bau: CoupledRun, pathway: CoupledRun, years: ClosedRange<Int>,
                      gdp: [Double]?, population: [Double]? = nil, peaks: [CityBoundary: Peak]) -> CityTargetCheck {
        let series = target.boundary == .territorial ? pathway.territorial : pathway.consumption
        let base = target.boundary == .territorial ? bau.territorial[0] : bau.consumption[0]
        let t = min(max(target.year - years.lowerBound, 0), years.count - 1)
        let allowed: Double
        switch target.kind {
        case .absolute(let cap): allowed = cap
        case .belowBase(let share): allowed = base * (1 - share)
        case .intensityBelowBase(let share):
            if let gdp, gdp.count == years.count, gdp[0] > 0 {
                allowed = base / gdp[0] * (1 - share) * gdp[t]
            } else {
                allowed = -.infinity
            }
        case .perCapita(let perPerson):
            // allowed tCO2e = tCO2e per person × the target year's population (refused without one).
            allowed = population.map { $0.count == years.count ? perPerson * $0[t] : -.infinity } ?? -.infinity
        case .peakBy:
            let peakYear = Double(peaks[target.boundary]?.year ?? years.upperBound)
            return CityTargetCheck(target: target, allowed: Double(target.year), pathway: peakYear,
                                   met: peakYear <= Double(target.year) && (peaks[target.boundary]?.declinesAfter ?? false))
        }
        return CityTargetCheck(target: target, allowed: allowed, pathway: series[t], met: series[t] <= allowed + 1e-9)
    }
}
