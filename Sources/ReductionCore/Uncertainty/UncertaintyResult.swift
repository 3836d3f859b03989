/// Low, median and high percentiles of a sampled quantity.
public struct Percentiles: Sendable, Hashable {
    /// 5th percentile.
    public var p5: Double
    /// Median.
    public var p50: Double
    /// 95th percentile.
    public var p95: Double

    /// Creates percentiles from known values.
    public init(p5: Double, p50: Double, p95: Double) {
        self.p5 = p5
        self.p50 = p50
        self.p95 = p95
    }

    /// Percentiles of `values` by linear interpolation between order statistics
    /// (the "type 7" rule of Hyndman & Fan 1996: position (n − 1) p). NaNs are ignored.
    /// Uses selection (expected linear time), not a full sort.
    public init(of values: [Double]) {
        var data = values.filter { !$0.isNaN }
        func quantile(_ p: Double) -> Double {
            guard !data.isEmpty else { return .nan }
            let position = Double(data.count - 1) * p
            let lower = Int(position.rounded(.down))
            let a = Self.select(&data, lower)
            // After selecting, everything right of `lower` is ≥ a: the next order statistic is their minimum.
            let b = lower + 1 < data.count ? data[(lower + 1)...].min() ?? a : a
            return a + (b - a) * (position - Double(lower))
        }
        self.init(p5: quantile(0.05), p50: quantile(0.5), p95: quantile(0.95))
    }

    /// The `k`-th smallest value (0-based), partially reordering `data` (Hoare's quickselect
    /// with a median-of-three pivot).
    static func select(_ data: inout [Double], _ k: Int) -> Double {
        var low = 0, high = data.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let candidates = [data[low], data[middle], data[high]].sorted()
            let pivot = candidates[1]
            var i = low, j = high
            while i <= j {
                while data[i] < pivot { i += 1 }
                while data[j] > pivot { j -= 1 }
                if i <= j {
                    data.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return data[k] }
        }
        return data[k]
    }
}

/// What the Monte Carlo analysis found for one measure in the target year.
public struct MeasureUncertainty: Sendable, Hashable {
    /// The measure's id.
    public var id: String
    /// Interacted abatement, tCO2e.
    public var abatement: Percentiles
    /// Interacted cost per tonne over the draws with positive abatement only
    /// (``drawsWithAbatement`` of them); draws without abatement have no cost per tonne.
    public var costPerTonne: Percentiles
    /// Share of draws in which the measure's net annual cost is negative.
    public var probabilitySavesMoney: Double
    /// Share of draws in which the measure keeps its central MACC rank.
    public var probabilityKeepsRank: Double
    /// Share of draws in which its cost per tonne is below the reference carbon price.
    public var probabilityBelowPrice: Double
    /// Draws in which the measure's interacted abatement is positive (the cost percentiles
    /// rest on these).
    public var drawsWithAbatement: Int = 0
    /// Draws in which it abates nothing or raises emissions.
    public var drawsWithoutAbatement: Int = 0
    /// Share of draws in which the measure raises emissions (interacted abatement < 0).
    public var probabilityIncreasesEmissions: Double = 0
    /// Interacted cost per tonne in the target year at the private discount rate and private
    /// (retail) energy prices, over the draws with positive abatement: the investor's view.
    public var privateCostPerTonne = Percentiles(p5: .nan, p50: .nan, p95: .nan)
    /// Its place in each draw's MACC (1 = cheapest), over the draws that have it in the pathway:
    /// under fixed-plan the rank of its drawn cost per tonne among the central pathway's
    /// measures; under re-decide its place in the re-ordered pathway.
    public var rank = Percentiles(p5: .nan, p50: .nan, p95: .nan)
    /// Its 1-based rank in the central MACC; 0 when the central pathway leaves it out.
    public var centralRank = 0
    /// Share of draws in which the measure is in the pathway: 1 under fixed-plan; under
    /// re-decide, the share in which it wins its either-or choice and abates given the others
    /// (or is committed).
    public var probabilityChosen: Double = 1
}

/// Which question a Monte Carlo run answers.
public enum UncertaintyMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The central plan — its order and either-or choices — under uncertainty: "what does
    /// this plan, as decided, deliver?"
    case fixedPlan = "fixed-plan"
    /// Each draw re-chooses the either-or alternatives and re-orders the MACC with the central
    /// rules: "how robust are the choices and the ranking themselves?"
    case reDecide = "re-decide"
}

/// A declared rank correlation and the rank correlation the sample achieved.
public struct AchievedCorrelation: Sendable, Hashable, Codable {
    /// The first parameter's name.
    public var first: String
    /// The second parameter's name.
    public var second: String
    /// The declared rank correlation.
    public var target: Double
    /// Spearman rank correlation of the two parameters over ``draws`` draws.
    public var achieved: Double
    /// The draws measured (the sensitivity sample).
    public var draws: Int
}

/// The result of a Monte Carlo run.
public struct UncertaintyResult: Sendable, Hashable {
    /// Number of Monte Carlo draws.
    public var draws: Int
    /// The random seed; the same seed and inputs give the same result.
    public var seed: UInt64
    /// Number of parameters with a range that were drawn.
    public var parameterCount: Int
    /// The carbon price used for ``MeasureUncertainty/probabilityBelowPrice`` (currency/tCO2e).
    public var referencePrice: Double
    /// The year the figures refer to.
    public var targetYear: Int
    /// One entry per pathway measure, in the central MACC order.
    public var measures: [MeasureUncertainty]
    /// Pathway emissions in the target year, tCO2e.
    public var pathwayEmissions: Percentiles
    /// Share of draws in which each year is the pathway's peak (years with no draws omitted).
    public var peakYearDistribution: [Int: Double]
    /// Share of draws meeting each target, by target id.
    public var targetProbabilities: [String: Double]
    /// The question the run answers.
    public var mode: UncertaintyMode = .fixedPlan
    /// How many parameters of each kind were drawn: `input`, `factor`, `growth` (an input's
    /// growth rate), `change`, `ratio`, `penetration`, `lifetime`, `capex`, `opex`, `price`,
    /// `price-growth` (an energy price's growth rate), `discount-rate` and `carbon-price`; a kind
    /// with nothing drawn is absent.
    public var drawnByKind: [String: Int] = [:]
    /// Declared correlations with the rank correlation achieved.
    public var correlations: [AchievedCorrelation] = []
    /// Sensitivity of the target-year pathway (first) and of each measure's cost per tonne.
    public var sensitivity: [ResultSensitivity] = []
    /// The drawn parameters whose untruncated distribution puts more than 0.1 % of its mass
    /// outside the values they can take, in draw order (their draws are truncated to them).
    public var truncated: [TruncatedParameter] = []
}

/// Synthesized coding.
extension Percentiles: Codable {}
/// Synthesized coding.
extension MeasureUncertainty: Codable {}
/// Synthesized encoding (`peakYearDistribution` as an object keyed by year). Decoding reads
/// documents written before `truncated` existed (JSON 1.0) as having none.
extension UncertaintyResult: Codable {
    enum CodingKeys: String, CodingKey {
        case draws, seed, parameterCount, referencePrice, targetYear, measures, pathwayEmissions
        case peakYearDistribution, targetProbabilities, mode, drawnByKind, correlations, sensitivity, truncated
    }

    /// Decodes a result; `truncated` may be absent (JSON 1.0).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        draws = try c.decode(Int.self, forKey: .draws)
        seed = try c.decode(UInt64.self, forKey: .seed)
        parameterCount = try c.decode(Int.self, forKey: .parameterCount)
        referencePrice = try c.decode(Double.self, forKey: .referencePrice)
        targetYear = try c.decode(Int.self, forKey: .targetYear)
        measures = try c.decode([MeasureUncertainty].self, forKey: .measures)
        pathwayEmissions = try c.decode(Percentiles.self, forKey: .pathwayEmissions)
        peakYearDistribution = try c.decode([Int: Double].self, forKey: .peakYearDistribution)
        targetProbabilities = try c.decode([String: Double].self, forKey: .targetProbabilities)
        mode = try c.decode(UncertaintyMode.self, forKey: .mode)
        drawnByKind = try c.decode([String: Int].self, forKey: .drawnByKind)
        correlations = try c.decode([AchievedCorrelation].self, forKey: .correlations)
        sensitivity = try c.decode([ResultSensitivity].self, forKey: .sensitivity)
        truncated = try c.decodeIfPresent([TruncatedParameter].self, forKey: .truncated) ?? []
    }
}
