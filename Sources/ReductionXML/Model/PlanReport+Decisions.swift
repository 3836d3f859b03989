public import ReductionCore

extension PlanReport {
    /// The decisions section (schema 1.2): the alternatives' rule and reference price, the
    /// ordering, the MACCs by year, attribution by method and the peak rules. Values only; the
    /// core (`PlanDecisions`) computed them.
    public struct Decisions: Sendable, Hashable {
        /// The reference carbon price the alternatives were decided at.
        public var referencePrice: ReportQuantity
        /// One record per alternative that lost.
        public var alternatives: [Alternative]
        /// Measures that left the pathway (no abatement in the target year given the others).
        public var leftPathway: [String]
        /// Committed measures kept although they do not abate.
        public var committed: [String]
        /// Model runs the evaluation made.
        public var modelRuns: Int
        /// One MACC per MACC year.
        public var maccs: [MACC]
        /// Attribution by method, when computed.
        public var attribution: Attribution?
        /// Peak rules: BAU first, then the pathway.
        public var peaks: [PeakRule]

        /// Creates the decisions section from the reference price and the core's decisions: alternatives chosen, measures that left the pathway, committed measures and the rest.
        public init(referencePrice: ReportQuantity, alternatives: [Alternative], leftPathway: [String], committed: [String],
                    modelRuns: Int, maccs: [MACC], attribution: Attribution?, peaks: [PeakRule]) {
            self.referencePrice = referencePrice
            self.alternatives = alternatives
            self.leftPathway = leftPathway
            self.committed = committed
            self.modelRuns = modelRuns
            self.maccs = maccs
            self.attribution = attribution
            self.peaks = peaks
        }
    }

    /// Why one alternative lost (standalone, target year).
    public struct Alternative: Sendable, Hashable {
        /// The loser's id.
        public var loser: String
        /// The winner's id.
        public var winner: String
        /// `dominated`, `incrementalCostBelowPrice`, `incrementalCostAbovePrice` or `noAbatement`.
        public var reason: String
        /// tCO2e abated: loser, winner.
        public var loserAbatement: ReportQuantity, winnerAbatement: ReportQuantity
        /// Net annual cost: loser, winner.
        public var loserAnnualCost: ReportQuantity, winnerAnnualCost: ReportQuantity
        /// Incremental cost per extra tonne, when the rule used one.
        public var incrementalCost: ReportQuantity?
    }

    /// Abatement of one measure by method.
    public struct AttributedMeasure: Sendable, Hashable {
        /// The measure's id.
        public var measureID: String
        /// Sequential, standalone, disable-one and Shapley abatement (tCO2e).
        public var sequential: ReportQuantity, standalone: ReportQuantity, disableOne: ReportQuantity, shapley: ReportQuantity
        /// Half-width of the sampled Shapley value's 95 % interval (nil when exact).
        public var shapleyHalfWidth: ReportQuantity?
    }

    /// Attribution of the target-year abatement.
    public struct Attribution: Sendable, Hashable {
        /// The year attributed.
        public var year: Int
        /// Permutations sampled for Shapley (0 = exact).
        public var shapleySamples: Int
        /// BAU − pathway in that year.
        public var packageTotal: ReportQuantity
        /// One entry per pathway measure, in pathway order.
        public var measures: [AttributedMeasure]
    }

    /// The peak rule applied to one series.
    public struct PeakRule: Sendable, Hashable {
        /// `bau` or `pathway`.
        public var series: String
        /// The plateau tolerance (share of the peak).
        public var plateauTolerance: Double
        /// First and last plateau year.
        public var plateauFrom: Int, plateauTo: Int
        /// The first year of the series searched (before the base year with history).
        public var seriesStart: Int
        /// True when the peak is the series' first year.
        public var atSeriesStart: Bool
        /// The largest rebound after the peak.
        public var rebound: Rebound?
    }

    /// A rise after the peak.
    public struct Rebound: Sendable, Hashable {
        /// Low point and later high point.
        public var from: Int, to: Int
        /// tCO2e of the rise and the rise as a share of the low point (unit 1).
        public var increase: ReportQuantity, share: ReportQuantity
    }
}

extension PlanReport.Decisions {
    /// The section for a core result.
    public init(_ result: PlanResult) {
        let decisions = result.decisions
        let perTonne = "\(result.plan.header.currency)/tCO2e", perYear = "\(result.plan.header.currency)/a"
        func t(_ value: Double) -> ReportQuantity { ReportQuantity(value, "tCO2e") }
        let alternatives = decisions.alternatives.map { decision in
            PlanReport.Alternative(
                loser: decision.loser, winner: decision.winner, reason: decision.reason.rawValue,
                loserAbatement: t(decision.loserAbatement), winnerAbatement: t(decision.winnerAbatement),
                loserAnnualCost: ReportQuantity(decision.loserAnnualCost, perYear),
                winnerAnnualCost: ReportQuantity(decision.winnerAnnualCost, perYear),
                incrementalCost: decision.incrementalCost.map { ReportQuantity($0, perTonne) })
        }
        let maccs = decisions.maccs.map { macc in
            PlanReport.MACC(year: macc.year, steps: macc.steps.map { step in
                PlanReport.MACC.Step(measureID: step.measureID, abatement: t(step.abatement),
                                     costPerTonne: ReportQuantity(step.costPerTonne, perTonne),
                                     cumulativeStart: t(step.cumulativeStart))
            })
        }
        let attribution = decisions.attribution.map { attribution in
            PlanReport.Attribution(
                year: attribution.year, shapleySamples: attribution.shapleySamples, packageTotal: t(attribution.packageTotal),
                measures: attribution.measures.map { measure in
                    PlanReport.AttributedMeasure(
                        measureID: measure.measureID, sequential: t(measure.sequential), standalone: t(measure.standalone),
                        disableOne: t(measure.disableOne), shapley: t(measure.shapley),
                        shapleyHalfWidth: attribution.shapleyExact ? nil : t(measure.shapleyHalfWidth))
                })
        }
        func rule(_ name: String, _ peak: Peak) -> PlanReport.PeakRule {
            PlanReport.PeakRule(series: name, plateauTolerance: peak.plateauTolerance,
                                plateauFrom: peak.plateau?.lowerBound ?? peak.year, plateauTo: peak.plateau?.upperBound ?? peak.year,
                                seriesStart: peak.seriesStart ?? result.plan.header.baseYear, atSeriesStart: peak.atSeriesStart,
                                rebound: peak.rebound.map {
                                    PlanReport.Rebound(from: $0.fromYear, to: $0.toYear, increase: t($0.increase),
                                                       share: ReportQuantity($0.share, "1"))
                                })
        }
        self.init(referencePrice: ReportQuantity(decisions.referenceCarbonPrice, perTonne), alternatives: alternatives,
                  leftPathway: decisions.leftPathway, committed: decisions.committedIncreases, modelRuns: decisions.modelRuns,
                  maccs: maccs, attribution: attribution,
                  peaks: [rule("bau", result.bauPeak), rule("pathway", result.pathwayPeak)])
    }
}

extension PlanReport {
    /// This report with the decisions section's MACC for `macc`'s year as the main MACC, for a
    /// chart of another year (`report --macc-year`); unchanged when nil or not found.
    public func showingMACC(_ macc: ReductionCore.MACC?) -> PlanReport {
        guard let year = macc?.year, let found = decisions?.maccs.first(where: { $0.year == year }) else { return self }
        var copy = self
        copy.macc = found
        return copy
    }
}
