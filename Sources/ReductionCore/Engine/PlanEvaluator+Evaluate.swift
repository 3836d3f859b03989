extension PlanEvaluator {
    /// Runs the whole evaluation without attribution by method (``PlanDecisions/attribution`` nil).
    public func evaluate() throws(PlanError) -> PlanResult {
        try evaluate(attribution: false)
    }

    /// Runs the whole evaluation and assembles the result: a coordinator over the stages in
    /// `Runs/`, `Ordering/`, `Attribution/` and `Assembly/` (see the type's documentation).
    /// With `attribution`, also attributes the target-year abatement by four methods (Shapley
    /// costs up to 2¹⁰ model runs, or the sampled permutations; see `attribution(_:standalone:cache:)`).
    public func evaluate(attribution withAttribution: Bool) throws(PlanError) -> PlanResult {
        let header = plan.header
        let bau = model(baseTable)
        let bauTotals = bau.totalCO2e(gwp: gwp)
        var warnings = plan.warnings
        for (index, carrier) in model.layout.carriers.enumerated() where prices[index] == nil {
            warnings.append("no energy price for '\(carrier.id)': its cost changes count as 0")
        }
        var cache = RunCache()
        let standalone = standaloneRuns(bau: bau, cache: &cache)
        let (kept, alternatives) = chooseAlternatives(standalone)
        let pathway = pathwayOrder(kept, bau: bau, cache: &cache)
        let order = pathway.order, sequence = pathway.sequence
        let excludedBy = Dictionary(alternatives.map { ($0.loser, $0.winner) }, uniquingKeysWith: { first, _ in first })
        for index in pathway.leftPathway {
            warnings.append("measure '\(plan.measures[index].id)' does not abate in \(header.targetYear) given the other measures: "
                            + "it leaves the pathway (mark it `committed: true` to keep it)")
        }
        for index in pathway.committedIncreases {
            warnings.append("committed measure '\(plan.measures[index].id)' does not abate in \(header.targetYear): "
                            + "it stays in the pathway as a negative-width step at the end of the MACC")
        }

        let results = measures.indices.map { index in
            var result = measureResult(index, order: order, sequence: sequence, bau: bau,
                                       standaloneAbatement: standalone.abatement[index], standaloneNet: standalone.net[index],
                                       standaloneCost: standalone.cost[index], excludedBy: excludedBy[plan.measures[index].id])
            result.indirectAbatement = indirectWidth(index, order: order, sequence: sequence)
            return result
        }
        var decisions = PlanDecisions()
        decisions.referenceCarbonPrice = header.referenceCarbonPrice
        decisions.alternatives = alternatives
        decisions.leftPathway = pathway.leftPathway.map { plan.measures[$0].id }
        decisions.committedIncreases = pathway.committedIncreases.map { plan.measures[$0].id }
        decisions.maccs = plan.rules.maccYears(for: header).map { macc(year: $0, pathway: pathway) }
        if withAttribution { decisions.attribution = attribution(pathway, standalone: standalone, cache: &cache) }
        decisions.modelRuns = cache.runs

        let final = sequence.outputs[sequence.outputs.count - 1]
        let pathwayTotals = sequence.totals[sequence.totals.count - 1]
        return PlanResult(
            plan: plan, sector: sector, layout: model.layout, inventory: inventory(bau),
            bau: report(bauTotals), pathway: report(pathwayTotals),
            bauBySource: bySource(bau), pathwayBySource: bySource(final),
            bauPollutants: pollutants(bau), pathwayPollutants: pollutants(final),
            bauActivity: report(bau.activity), pathwayActivity: report(final.activity),
            bauEnergy: energy(bau), pathwayEnergy: energy(final),
            bauMemos: memos(bau), pathwayMemos: memos(final),
            measures: results, order: order.map { plan.measures[$0].id }, orderStable: true,
            macc: decisions.macc(header.targetYear) ?? macc(year: header.targetYear, pathway: pathway),
            bauPeak: peak(report(bauTotals), withHistory: true), pathwayPeak: peak(report(pathwayTotals), withHistory: true),
            targets: targetChecks(order: order, sequence: sequence, results: results, bau: bau),
            decisions: decisions, warnings: warnings)
    }

    func measureResult(_ index: Int, order: [Int], sequence: Sequence, bau: ModelOutput,
                       standaloneAbatement: [Double], standaloneNet: [Double], standaloneCost: Double?,
                       excludedBy: String?) -> MeasureResult {
        let header = plan.header
        let measure = plan.measures[index]
        let zeros = [Double](repeating: 0, count: baseTable.years.count)
        var abatement = zeros, net = zeros, energy = zeros, privateNet = zeros, captured = zeros
        var pollutantCut: [Pollutant: Double] = [:]
        var costing: MeasureCosting?
        let targetOffset = header.targetYear - baseTable.years.lowerBound
        if let step = order.firstIndex(of: index) {
            let before = sequence.outputs[step], after = sequence.outputs[step + 1]
            abatement = zip(sequence.totals[step], sequence.totals[step + 1]).map { $0 - $1 }
            (net, energy) = annualCost(index, before: before, after: after, rate: header.socialDiscountRate)
            privateNet = annualCost(index, before: before, after: after, rate: header.privateDiscountRate, prices: .private).net
            costing = self.costing(index, before: before, after: after)
            captured = zip(after.captured, before.captured).map { $0 - $1 }
            for pollutant in Pollutant.allCases {
                pollutantCut[pollutant] = before.pollutant(pollutant, offset: targetOffset) - after.pollutant(pollutant, offset: targetOffset)
            }
        }
        let abated = abatement[targetOffset]
        var ratio: [Pollutant: Double] = [:]
        if abated > 0 { for (pollutant, cut) in pollutantCut { ratio[pollutant] = cut / abated } }
        let reportAbatement = report(abatement), reportNet = report(net)
        return MeasureResult(
            measure: measure, penetration: report(measures[index].penetration),
            inPathway: order.contains(index), excludedBy: excludedBy,
            standaloneAbatement: report(standaloneAbatement), interactedAbatement: reportAbatement,
            standaloneAnnualCost: report(standaloneNet), annualCost: reportNet, energyCostChange: report(energy),
            captured: report(captured), standaloneCostPerTonne: standaloneCost,
            costPerTonne: costPerTonne(net: net, abatement: abatement),
            levelisedCost: CostMetrics.levelisedCost(costs: reportNet.values, tonnes: reportAbatement.values,
                                                     firstYear: header.baseYear, rate: header.socialDiscountRate,
                                                     referenceYear: header.baseYear),
            netPresentCost: CostMetrics.presentValue(reportNet.values, firstYear: header.baseYear,
                                                     rate: header.socialDiscountRate, referenceYear: header.baseYear),
            breakEvenCarbonPrice: CostMetrics.levelisedCost(costs: report(privateNet).values, tonnes: reportAbatement.values,
                                                            firstYear: header.baseYear, rate: header.privateDiscountRate,
                                                            referenceYear: header.baseYear),
            simplePayback: simplePayback(costing, measure: measure, energy: energy[targetOffset]),
            pollutantReduction: pollutantCut, coControlRatio: ratio, costing: costing,
            npvPerUndiscountedTonne: Costing.npvPerUndiscountedTonne(costs: reportNet.values, tonnes: reportAbatement.values,
                                                                      firstYear: header.baseYear, rate: header.socialDiscountRate,
                                                                      referenceYear: header.baseYear),
            privateNetPresentCost: CostMetrics.presentValue(report(privateNet).values, firstYear: header.baseYear,
                                                            rate: header.privateDiscountRate, referenceYear: header.baseYear))
    }

    func inventory(_ output: ModelOutput) -> Inventory {
        let offset = reportOffset
        let entries = output.layout.sources.enumerated().map { index, source in
            var gases: [Gas: Double] = [:]
            for gas in Gas.allCases { gases[gas] = output.tonnes(gas, source: index, year: plan.header.baseYear) }
            var pollutants: [Pollutant: Double] = [:]
            for pollutant in Pollutant.allCases { pollutants[pollutant] = output.pollutant(pollutant, source: index, offset: offset) }
            return InventoryEntry(source: source, activity: output.activity(source: index, offset: offset), gases: gases,
                                  co2e: output.co2e(source: index, offset: offset, gwp: gwp), pollutants: pollutants)
        }
        return Inventory(year: plan.header.baseYear, entries: entries)
    }

    func bySource(_ output: ModelOutput) -> [YearSeries] {
        output.layout.sources.indices.map { source in
            report((0..<output.years.count).map { output.co2e(source: source, offset: $0, gwp: gwp) })
        }
    }

    func pollutants(_ output: ModelOutput) -> [Pollutant: YearSeries] {
        var out: [Pollutant: YearSeries] = [:]
        for pollutant in Pollutant.allCases {
            out[pollutant] = report((0..<output.years.count).map { output.pollutant(pollutant, offset: $0) })
        }
        return out
    }

    func energy(_ output: ModelOutput) -> [YearSeries] {
        output.layout.carriers.indices.map { carrier in
            report((0..<output.years.count).map { output.energy(carrier: carrier, offset: $0) })
        }
    }

    func memos(_ output: ModelOutput) -> [YearSeries] {
        output.layout.memos.indices.map { memo in report((0..<output.years.count).map { output.memo(memo, offset: $0) }) }
    }
}
