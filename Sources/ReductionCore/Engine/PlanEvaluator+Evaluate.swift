extension PlanEvaluator {
    /// Runs the whole evaluation and assembles the result.
    public func evaluate() throws(PlanError) -> PlanResult {
        let header = plan.header
        let bau = model(baseTable)
        let bauTotals = bau.totalCO2e(gwp: gwp)
        var warnings = plan.warnings
        for (index, carrier) in model.layout.carriers.enumerated() where prices[index] == nil {
            warnings.append("no energy price for '\(carrier.id)': its cost changes count as 0")
        }

        // Standalone runs.
        var standaloneAbatement: [[Double]] = []
        var standaloneNet: [[Double]] = []
        for index in measures.indices {
            let output = run(applying: [index])
            let totals = output.totalCO2e(gwp: gwp)
            standaloneAbatement.append(zip(bauTotals, totals).map { $0 - $1 })
            standaloneNet.append(annualCost(index, before: bau, after: output, rate: header.socialDiscountRate).net)
        }
        let standaloneCost = measures.indices.map { costPerTonne(net: standaloneNet[$0], abatement: standaloneAbatement[$0]) }

        // Either-or alternatives: the largest net benefit at the reference carbon price wins.
        let price = header.referenceCarbonPrice
        let targetOffset = header.targetYear - baseTable.years.lowerBound
        func netBenefit(_ index: Int) -> Double {
            guard let cost = standaloneCost[index] else { return -.infinity }
            return standaloneAbatement[index][targetOffset] * (price - cost)
        }
        var excludedBy: [Int: String] = [:]
        var kept: [Int] = []
        let byBenefit = measures.indices.sorted { a, b in
            let na = netBenefit(a), nb = netBenefit(b)
            return na != nb ? na > nb : plan.measures[a].id < plan.measures[b].id
        }
        for index in byBenefit {
            let measure = plan.measures[index]
            if let winner = kept.first(where: { plan.measures[$0].excludes.contains(measure.id) || measure.excludes.contains(plan.measures[$0].id) }) {
                excludedBy[index] = plan.measures[winner].id
            } else {
                kept.append(index)
            }
        }
        kept = ordered(kept, cost: { standaloneCost[$0] })

        // Interaction until the order is stable.
        var order = kept
        var sequence = cumulative(order, bau: bau)
        var stable = false
        var seen: Set<[Int]> = [order]
        for _ in 0..<20 {
            let costs = interactedCosts(order, sequence)
            let next = ordered(order) { costs[$0] ?? nil }
            if next == order { stable = true; break }
            order = next
            sequence = cumulative(order, bau: bau)
            if !seen.insert(order).inserted { break }  // a cycle: it will never settle
        }
        if !stable {
            order = greedyOrder(kept, bau: bau)
            sequence = cumulative(order, bau: bau)
            warnings.append("re-ordering by interacted cost does not settle (the measures interact in a cycle); "
                            + "the greedy order is used: each next measure is the cheapest per tonne given those before it")
        }

        // Per-measure results.
        var results: [MeasureResult] = []
        for index in measures.indices {
            results.append(measureResult(index, order: order, sequence: sequence, bau: bau,
                                         standaloneAbatement: standaloneAbatement[index],
                                         standaloneNet: standaloneNet[index], standaloneCost: standaloneCost[index],
                                         excludedBy: excludedBy[index]))
            results[index].indirectAbatement = indirectWidth(index, order: order, sequence: sequence)
        }
        for result in results where result.inPathway && result.interactedAbatement[header.targetYear] <= 0 {
            warnings.append("measure '\(result.id)' abates nothing in \(header.targetYear) in the pathway")
        }

        let final = sequence.outputs[sequence.outputs.count - 1]
        let pathwayTotals = sequence.totals[sequence.totals.count - 1]
        var macc = MACC(year: header.targetYear, steps: [])
        var cumulativeAbatement = 0.0
        for index in order {
            guard let result = results.first(where: { $0.id == plan.measures[index].id }),
                  let cost = result.costPerTonne else { continue }
            let width = result.interactedAbatement[header.targetYear]
            macc.steps.append(MACCStep(measureID: result.id, name: result.measure.name, costPerTonne: cost,
                                       abatement: width, cumulativeStart: cumulativeAbatement,
                                       indirectAbatement: indirectWidth(index, order: order, sequence: sequence)))
            cumulativeAbatement += width
        }

        return PlanResult(
            plan: plan, sector: sector, layout: model.layout, inventory: inventory(bau),
            bau: report(bauTotals), pathway: report(pathwayTotals),
            bauBySource: bySource(bau), pathwayBySource: bySource(final),
            bauPollutants: pollutants(bau), pathwayPollutants: pollutants(final),
            bauActivity: report(bau.activity), pathwayActivity: report(final.activity),
            bauEnergy: energy(bau), pathwayEnergy: energy(final),
            bauMemos: memos(bau), pathwayMemos: memos(final),
            measures: results, order: order.map { plan.measures[$0].id }, orderStable: stable, macc: macc,
            bauPeak: Self.peak(report(bauTotals)), pathwayPeak: Self.peak(report(pathwayTotals)),
            targets: targetChecks(order: order, sequence: sequence, results: results, bau: bau),
            warnings: warnings)
    }

    func measureResult(_ index: Int, order: [Int], sequence: Sequence, bau: ModelOutput,
                       standaloneAbatement: [Double], standaloneNet: [Double], standaloneCost: Double?,
                       excludedBy: String?) -> MeasureResult {
        let header = plan.header
        let measure = plan.measures[index]
        let zeros = [Double](repeating: 0, count: baseTable.years.count)
        var abatement = zeros, net = zeros, energy = zeros, privateNet = zeros, captured = zeros
        var pollutantCut: [Pollutant: Double] = [:]
        let targetOffset = header.targetYear - baseTable.years.lowerBound
        if let step = order.firstIndex(of: index) {
            let before = sequence.outputs[step], after = sequence.outputs[step + 1]
            abatement = zip(sequence.totals[step], sequence.totals[step + 1]).map { $0 - $1 }
            (net, energy) = annualCost(index, before: before, after: after, rate: header.socialDiscountRate)
            privateNet = annualCost(index, before: before, after: after, rate: header.privateDiscountRate).net
            captured = zip(after.captured, before.captured).map { $0 - $1 }
            for pollutant in Pollutant.allCases {
                pollutantCut[pollutant] = before.pollutant(pollutant, offset: targetOffset) - after.pollutant(pollutant, offset: targetOffset)
            }
        }
        let abated = abatement[targetOffset]
        var ratio: [Pollutant: Double] = [:]
        if abated > 0 { for (pollutant, cut) in pollutantCut { ratio[pollutant] = cut / abated } }
        let reportAbatement = report(abatement), reportNet = report(net)
        let saving = -(measure.opex.value * measures[index].penetration[targetOffset] + energy[targetOffset])
        return MeasureResult(
            measure: measure, penetration: report(measures[index].penetration),
            inPathway: excludedBy == nil, excludedBy: excludedBy,
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
            simplePayback: CostMetrics.simplePayback(capex: measure.capex.value * measures[index].penetration[targetOffset],
                                                     yearlySaving: saving),
            pollutantReduction: pollutantCut, coControlRatio: ratio)
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

    /// The highest value (first year on ties) and whether every later year is lower.
    public static func peak(_ series: YearSeries) -> Peak {
        var best = 0
        for (offset, value) in series.values.enumerated() where value > series.values[best] { best = offset }
        let later = series.values.dropFirst(best + 1)
        let peakValue = series.values.isEmpty ? 0 : series.values[best]
        return Peak(year: series.firstYear + best, value: peakValue,
                    declinesAfter: !later.isEmpty && later.allSatisfy { $0 < peakValue })
    }
}
