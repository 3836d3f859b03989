public import ReductionCore

/// Low, median and high percentile of a sampled quantity, in one unit.
public struct ReportPercentiles: Sendable, Hashable {
    /// 5th percentile.
    public var p5: Double
    /// Median.
    public var p50: Double
    /// 95th percentile.
    public var p95: Double
    /// Unit symbol.
    public var unit: String

    /// Creates the 5th, 50th and 95th percentiles of a drawn quantity, all in `unit`.
    public init(p5: Double, p50: Double, p95: Double, unit: String) {
        self.p5 = p5
        self.p50 = p50
        self.p95 = p95
        self.unit = unit
    }

    /// The core's percentiles in `unit`; `nil` when any of them is not finite (no draw had a
    /// value, e.g. the cost per tonne of a measure that never abates).
    public init?(_ percentiles: Percentiles, unit: String) {
        guard percentiles.p5.isFinite, percentiles.p50.isFinite, percentiles.p95.isFinite else { return nil }
        self.init(p5: percentiles.p5, p50: percentiles.p50, p95: percentiles.p95, unit: unit)
    }
}

extension PlanReport {
    /// A memo item (schema 1.1): a quantity reported beside the inventory and never added
    /// to any total (energy recovered, avoided emissions from recycling, lifetime methane
    /// commitment, grid emission factor, CO2 captured, imports, …).
    public struct Memo: Sendable, Hashable {
        /// Stable identifier.
        public var id: String
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// Unit symbol of both series.
        public var unit: String
        /// Business-as-usual values by year.
        public var bau: ReportSeries
        /// Pathway values by year.
        public var pathway: ReportSeries
        /// Creates a memo item: its model id and names, its unit, and its BAU and pathway series.
        public init(id: String, name: LocalizedName, unit: String, bau: ReportSeries, pathway: ReportSeries) {
            self.id = id
            self.name = name
            self.unit = unit
            self.bau = bau
            self.pathway = pathway
        }
    }

    /// The Monte Carlo section (schema 1.1): spreads in the target year.
    public struct Uncertainty: Sendable, Hashable {
        /// Number of draws.
        public var draws: Int
        /// Seed of the counter-based random streams.
        public var seed: UInt64
        /// Number of parameters with a range that were drawn.
        public var parameterCount: Int
        /// Carbon price behind ``MeasureSpread/probabilityBelowPrice`` (currency/tCO2e).
        public var referencePrice: ReportQuantity
        /// The year the spreads are for.
        public var targetYear: Int
        /// One entry per measure, in the core's order.
        public var measures: [MeasureSpread]
        /// Pathway emissions in the target year (tCO2e); `nil` when not available.
        public var pathwayEmissions: ReportPercentiles?
        /// Share of draws peaking in each year, ascending years.
        public var peakYears: [PeakYearShare]
        /// Share of draws meeting each target, in plan order.
        public var targets: [TargetProbability]
        /// The question the run answers (`fixed-plan`), schema 1.2; nil in older reports.
        public var mode: String?
        /// How many parameters of each kind were drawn (schema 1.2), kinds in name order.
        public var drawn: [DrawnKind] = []
        /// Declared rank correlations with the achieved value (schema 1.2).
        public var correlations: [Correlation] = []
        /// Sensitivity of the pathway and of each measure's cost per tonne (schema 1.2).
        public var sensitivity: [SensitivityResult] = []

        /// Creates the Monte Carlo section: how it was drawn (draws, seed, parameters, reference price, target year) and the spreads it found.
        public init(draws: Int, seed: UInt64, parameterCount: Int, referencePrice: ReportQuantity, targetYear: Int,
                    measures: [MeasureSpread], pathwayEmissions: ReportPercentiles?, peakYears: [PeakYearShare],
                    targets: [TargetProbability]) {
            self.draws = draws
            self.seed = seed
            self.parameterCount = parameterCount
            self.referencePrice = referencePrice
            self.targetYear = targetYear
            self.measures = measures
            self.pathwayEmissions = pathwayEmissions
            self.peakYears = peakYears
            self.targets = targets
        }
    }

    /// What the draws say about one measure in the target year.
    public struct MeasureSpread: Sendable, Hashable {
        /// The measure's id.
        public var measureID: String
        /// Interacted abatement, tCO2e; `nil` when no draw has a value.
        public var abatement: ReportPercentiles?
        /// Interacted cost per tonne, currency/tCO2e; `nil` when the measure never abates.
        public var costPerTonne: ReportPercentiles?
        /// Share of draws with a negative net annual cost.
        public var probabilitySavesMoney: Double
        /// Share of draws keeping the central MACC rank.
        public var probabilityKeepsRank: Double
        /// Share of draws with a cost per tonne below the reference price.
        public var probabilityBelowPrice: Double
        /// Draws with positive abatement, on which ``costPerTonne`` rests (schema 1.2).
        public var abatingDraws: Int?
        /// Share of draws in which the measure raises emissions (schema 1.2).
        public var probabilityIncreasesEmissions: Double?
        /// Cost per tonne at the private rate and prices, over the abating draws (schema 1.2).
        public var privateCostPerTonne: ReportPercentiles?
        /// Its place in the draws' MACCs, unit `1` (schema 1.2; see `MeasureUncertainty/rank`).
        public var rank: ReportPercentiles?
        /// Share of draws that have it in the pathway (schema 1.2, re-decide).
        public var probabilityChosen: Double?
        /// Its 1-based rank in the central MACC, 0 when out of the central pathway (schema 1.2).
        public var centralRank: Int?
        /// Creates one measure's spread; a percentile set is nil where the draws give no value (no abatement, so no cost per tonne).
        public init(measureID: String, abatement: ReportPercentiles?, costPerTonne: ReportPercentiles?,
                    probabilitySavesMoney: Double, probabilityKeepsRank: Double, probabilityBelowPrice: Double,
                    abatingDraws: Int? = nil, probabilityIncreasesEmissions: Double? = nil) {
            self.measureID = measureID
            self.abatement = abatement
            self.costPerTonne = costPerTonne
            self.probabilitySavesMoney = probabilitySavesMoney
            self.probabilityKeepsRank = probabilityKeepsRank
            self.probabilityBelowPrice = probabilityBelowPrice
            self.abatingDraws = abatingDraws
            self.probabilityIncreasesEmissions = probabilityIncreasesEmissions
        }
    }

    /// Share of draws whose pathway peaks in ``year``.
    public struct PeakYearShare: Sendable, Hashable {
        /// Calendar year.
        public var year: Int
        /// Share of draws (unit `1`).
        public var share: Double
        /// Records that `share` (0…1) of the draws peak in `year`.
        public init(year: Int, share: Double) {
            self.year = year
            self.share = share
        }
    }

    /// Share of draws meeting one target.
    public struct TargetProbability: Sendable, Hashable {
        /// Id of a ``TargetCheck``.
        public var targetID: String
        /// Share of draws (unit `1`).
        public var probability: Double
        /// Records that `probability` (0…1) of the draws meet the target `targetID`.
        public init(targetID: String, probability: Double) {
            self.targetID = targetID
            self.probability = probability
        }
    }

    /// The schema version the content needs: `1.2` with any 1.2 section (`uses12`),
    /// `1.1` with memos, a breakdown, captured CO2 or an uncertainty section, else `1.0`.
    public var requiredSchemaVersion: String {
        if uses12 || uncertainty?.usesVersion12 == true { return ReportFormat.version }
        let uses11 = !memos.isEmpty || breakdown != nil || uncertainty != nil || measures.contains { $0.captured != nil }
        return uses11 ? ReportFormat.version11 : ReportFormat.baseVersion
    }

    /// Whether the report uses content added in schema 1.2 (costing, decisions, boundaries,
    /// resolved inputs). Each 1.2 section adds its own condition here.
    var uses12: Bool {
        false || costing != nil || decisions != nil || boundaries != nil || resolvedInputs != nil || header.significantDigits != nil
    }
}

extension PlanReport.Uncertainty {
    /// The report section of a core Monte Carlo result. Targets follow `targetOrder`
    /// (the plan's order), any others come after in id order; peak years ascend.
    public init(_ result: UncertaintyResult, currency: String, targetOrder: [String] = []) {
        let perTonne = "\(currency)/tCO2e"
        let known = targetOrder.filter { result.targetProbabilities[$0] != nil }
        let others = result.targetProbabilities.keys.filter { !known.contains($0) }.sorted()
        var seen = Set<String>()
        let ids = (known + others).filter { seen.insert($0).inserted }
        self.init(
            draws: result.draws, seed: result.seed, parameterCount: result.parameterCount,
            referencePrice: ReportQuantity(result.referencePrice, perTonne), targetYear: result.targetYear,
            measures: result.measures.map { measure in
                PlanReport.MeasureSpread(
                    measureID: measure.id, abatement: ReportPercentiles(measure.abatement, unit: "tCO2e"),
                    costPerTonne: ReportPercentiles(measure.costPerTonne, unit: perTonne),
                    probabilitySavesMoney: measure.probabilitySavesMoney,
                    probabilityKeepsRank: measure.probabilityKeepsRank,
                    probabilityBelowPrice: measure.probabilityBelowPrice,
                    abatingDraws: measure.drawsWithAbatement,
                    probabilityIncreasesEmissions: measure.probabilityIncreasesEmissions)
                    .ranked(measure, perTonne: perTonne, redecide: result.mode == .reDecide)
            },
            pathwayEmissions: ReportPercentiles(result.pathwayEmissions, unit: "tCO2e"),
            peakYears: result.peakYearDistribution.sorted { $0.key < $1.key }
                .map { PlanReport.PeakYearShare(year: $0.key, share: $0.value) },
            targets: ids.map { PlanReport.TargetProbability(targetID: $0, probability: result.targetProbabilities[$0] ?? 0) })
        mode = result.mode.rawValue
        drawn = result.drawnByKind.sorted { $0.key < $1.key }.map { PlanReport.DrawnKind(kind: $0.key, count: $0.value) }
        correlations = result.correlations.map {
            PlanReport.Correlation(first: $0.first, second: $0.second, target: $0.target, achieved: $0.achieved, draws: $0.draws)
        }
        sensitivity = result.sensitivity.map { item in
            PlanReport.SensitivityResult(result: item.result, unit: item.unit, draws: item.draws, parameters: item.parameters.map {
                PlanReport.ParameterSensitivity(parameter: $0.parameter, spearman: $0.spearman, firstOrder: $0.firstOrder,
                                                lowMean: $0.lowMean, highMean: $0.highMean)
            })
        }
    }
}

extension PlanReport.MeasureSpread {
    /// With the private cost, the rank percentiles and the central rank; P(chosen) only under
    /// re-decide (it is 1 under fixed-plan).
    func ranked(_ measure: MeasureUncertainty, perTonne: String, redecide: Bool) -> Self {
        var copy = self
        copy.privateCostPerTonne = ReportPercentiles(measure.privateCostPerTonne, unit: perTonne)
        copy.rank = ReportPercentiles(measure.rank, unit: "1")
        copy.centralRank = measure.centralRank
        copy.probabilityChosen = redecide ? measure.probabilityChosen : nil
        return copy
    }
}
