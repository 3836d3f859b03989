extension PlanEvaluator {
    /// An evaluator of one Monte Carlo draw: `base`'s compiled model and sector with the drawn
    /// plan numbers (rates, reference price, measures' cost numbers), inputs, compiled
    /// measures and energy prices. Its ``chooseAlternatives(_:)`` and ``pathwayOrder(_:bau:cache:)``
    /// are the central evaluation's, so a re-decided draw follows the one decision rule.
    init(drawnFrom base: PlanEvaluator, plan: Plan, table: InputTable, measures: [CompiledMeasure], costs: CostModel) {
        self.plan = plan
        model = base.model
        baseTable = table
        self.measures = measures
        gwp = base.gwp
        prices = costs.socialPrices
        self.costs = costs
        reportOffset = base.reportOffset
        reportCount = base.reportCount
        sector = base.sector
    }
}

extension Worker {
    /// Re-decide: the draw's numbers go into a drawn evaluator, which re-chooses the either-or
    /// alternatives and re-orders the MACC with the central code (`Ordering/`); every measure's
    /// interacted abatement, cost and place in the draw's order is recorded.
    mutating func runRedecided() {
        var plan = evaluator.plan
        plan.header.socialDiscountRate = socialRate
        plan.header.privateDiscountRate = privateRate
        plan.header.referenceCarbonPrice = referencePrice
        for index in plan.measures.indices {
            plan.measures[index].capex.value = capex[index]
            plan.measures[index].opex.value = opex[index]
            plan.measures[index].lifetime.value = lifetime[index]
        }
        let central = evaluator.costs
        let social = central.socialPrices.enumerated().map { carrier, series in
            series.map { $0.map { socialPriceDraw[carrier].apply($0) } }
        }
        let privatePrices = central.privatePrices.enumerated().map { carrier, series in
            let draw = hasOwnPrivatePrice[carrier] ? privatePriceDraw[carrier] : socialPriceDraw[carrier]
            return series.map { $0.map { draw.apply($0) } }
        }
        let costs = CostModel(entries: central.entries, socialPrices: social, privatePrices: privatePrices)
        let drawn = PlanEvaluator(drawnFrom: evaluator, plan: plan, table: table, measures: compiled, costs: costs)

        let bau = drawn.model(table)
        var cache = RunCache()
        // The standalone runs only feed the either-or choice: a plan without alternatives skips them.
        let kept: [Int]
        if hasAlternatives {
            kept = drawn.chooseAlternatives(drawn.standaloneRuns(bau: bau, cache: &cache)).kept
        } else {
            kept = Array(plan.measures.indices)
        }
        let pathway = drawn.pathwayOrder(kept, bau: bau, cache: &cache)
        let sequence = pathway.sequence
        let t = targetOffset
        for (position, index) in reported.enumerated() {
            guard let step = pathway.order.firstIndex(of: index) else {
                outcome.abatement[position] = 0
                outcome.net[position] = 0
                outcome.cost[position] = .nan
                outcome.privateCost[position] = .nan
                outcome.rank[position] = .nan
                outcome.chosen[position] = false
                outcome.keepsRank[position] = centralRank[position] == 0
                continue
            }
            let before = sequence.outputs[step], after = sequence.outputs[step + 1]
            let abatement = sequence.totals[step][t] - sequence.totals[step + 1][t]
            let net = drawn.annualCost(index, before: before, after: after, rate: socialRate).net[t]
            let privateNet = drawn.annualCost(index, before: before, after: after, rate: privateRate, prices: .private).net[t]
            outcome.abatement[position] = abatement
            outcome.net[position] = net
            outcome.cost[position] = abatement > 0 ? net / abatement : .nan
            outcome.privateCost[position] = abatement > 0 ? privateNet / abatement : .nan
            outcome.rank[position] = Double(step + 1)
            outcome.chosen[position] = true
            outcome.keepsRank[position] = centralRank[position] == step + 1
        }
        let baseOffset = evaluator.reportOffset
        output = sequence.outputs[sequence.outputs.count - 1]
        recordPathway(baseEmissions: bau.totalCO2e(offset: baseOffset, gwp: gwp), baseActivity: bau.activity[baseOffset],
                      baseByBoundary: ReportingBoundary.allCases.map { bau.totalCO2e(offset: baseOffset, gwp: gwp, boundary: $0) })
    }
}
