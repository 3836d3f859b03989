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
    /// Re-decide: the draw re-chooses the either-or alternatives and re-orders the MACC with the
    /// central code (`Ordering/`); every measure's interacted abatement, cost and place in the
    /// draw's order is recorded. A year-by-year model orders at the target year alone
    /// (``runRedecidedTargetYear()``); any other model through a drawn evaluator.
    mutating func runRedecided() {
        if yearByYear { runRedecidedTargetYear() } else { runRedecidedGeneral() }
    }

    /// An evaluator with the draw's plan numbers, inputs, measures and prices.
    func drawnEvaluator() -> PlanEvaluator {
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
        func drawn(_ prices: [[Double]?], _ basis: PriceBasis) -> [[Double]?] {
            prices.enumerated().map { carrier, series in
                series.map { $0.enumerated().map { drawnPrice($1, carrier: carrier, basis: basis, offset: $0) } }
            }
        }
        let social = drawn(central.socialPrices, .social), privatePrices = drawn(central.privatePrices, .private)
        let costs = CostModel(entries: central.entries, socialPrices: social, privatePrices: privatePrices)
        return PlanEvaluator(drawnFrom: evaluator, plan: plan, table: table, measures: compiled, costs: costs)
    }

    /// Re-decide through a drawn evaluator and the central ``PlanEvaluator/pathwayOrder(_:bau:cache:)``
    /// (models with state over years).
    mutating func runRedecidedGeneral() {
        let drawn = drawnEvaluator()
        let plan = drawn.plan
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
                recordOutcome(position, step: nil, abatement: 0, net: 0, privateNet: 0)
                continue
            }
            let before = sequence.outputs[step], after = sequence.outputs[step + 1]
            let abatement = sequence.totals[step][t] - sequence.totals[step + 1][t]
            let net = drawn.annualCost(index, before: before, after: after, rate: socialRate).net[t]
            let privateNet = drawn.annualCost(index, before: before, after: after, rate: privateRate, prices: .private).net[t]
            recordOutcome(position, step: step, abatement: abatement, net: net, privateNet: privateNet)
        }
        let baseOffset = evaluator.reportOffset
        output = sequence.outputs[sequence.outputs.count - 1]
        recordPathway(baseEmissions: bau.totalCO2e(offset: baseOffset, gwp: gwp), baseActivity: bau.activity[baseOffset],
                      baseByBoundary: ReportingBoundary.allCases.map { bau.totalCO2e(offset: baseOffset, gwp: gwp, boundary: $0) })
    }
    /// Re-decide on a year-by-year model: the central ``TargetYearOrdering`` on the draw's inputs,
    /// measures, cost numbers and target-year prices (no plan copy; the either-or choice on the
    /// alternatives scored alone at the target year, ``TargetYearOrdering/standalone(_:inputs:costs:)``), then one
    /// run of the pathway over every year. The numbers are those of ``runRedecidedGeneral()``.
    mutating func runRedecidedTargetYear() {
        for index in capex.indices {
            socialCosts.capex[index] = capex[index]
            socialCosts.opex[index] = opex[index]
            socialCosts.crf[index] = CostMetrics.capitalRecoveryFactor(rate: socialRate, years: lifetime[index]) ?? 0
            privateCosts.capex[index] = capex[index]
            privateCosts.opex[index] = opex[index]
            privateCosts.crf[index] = CostMetrics.capitalRecoveryFactor(rate: privateRate, years: lifetime[index]) ?? 0
        }
        for carrier in targetPrices.indices {
            socialCosts.prices[carrier] = targetPrices[carrier]
            privateCosts.prices[carrier] = privateTargetPrices[carrier]
        }
        // The BAU's base year, which relative targets compare with.
        let baseOffset = evaluator.reportOffset
        output.reset(offsets: baseOffset..<(baseOffset + 1))
        runWindow(table, &output, baseOffset..<(baseOffset + 1))
        let baseEmissions = total(at: baseOffset), baseActivity = output.activity[baseOffset]
        let baseByBoundary = ReportingBoundary.allCases.map { output.totalCO2e(offset: baseOffset, gwp: gwp, boundary: $0) }

        // The either-or choice reads the standalone target-year figures of the alternatives
        // alone: each is scored on its own at the target year (a plan without alternatives skips this).
        if hasAlternatives {
            let alone = ordering.standalone(alternativeMembers, inputs: table, costs: socialCosts)
            let kept = evaluator.chooseAlternatives(abatement: alone.abatement, net: alone.net, cost: alone.cost,
                                                    price: referencePrice).kept
            ordering.start(kept, inputs: table)
        } else {
            ordering.start(allMeasures, inputs: table)
        }
        while let chosen = ordering.choose(base: table, costs: socialCosts) {
            ordering.add(chosen, base: table, costs: socialCosts, second: privateCosts)
        }
        for index in ordering.byID where ordering.candidate[index] && committed[index] {
            ordering.add(index, base: table, costs: socialCosts, second: privateCosts)
        }
        for (position, index) in reported.enumerated() {
            let step = ordering.step[index]
            guard step >= 0 else {
                recordOutcome(position, step: nil, abatement: 0, net: 0, privateNet: 0)
                continue
            }
            let abatement = ordering.stepAbatement[step]
            let net = ordering.stepNet[step], privateNet = ordering.stepSecondNet[step]
            recordOutcome(position, step: step, abatement: abatement, net: net, privateNet: privateNet)
        }
        ordering.runPathway(inputs: table, into: &output)
        recordPathway(baseEmissions: baseEmissions, baseActivity: baseActivity, baseByBoundary: baseByBoundary)
    }

    /// Records one reported measure's result in the draw: its interacted target-year abatement,
    /// net costs and place in the order (`step`, 0-based), or, with `step` nil, that it was not
    /// chosen (no abatement, costs and rank NaN; it keeps its rank when it had none centrally).
    mutating func recordOutcome(_ position: Int, step: Int?, abatement: Double, net: Double, privateNet: Double) {
        outcome.abatement[position] = abatement
        outcome.net[position] = net
        guard let step else {
            outcome.cost[position] = .nan
            outcome.privateCost[position] = .nan
            outcome.rank[position] = .nan
            outcome.chosen[position] = false
            outcome.keepsRank[position] = centralRank[position] == 0
            return
        }
        outcome.cost[position] = abatement > 0 ? net / abatement : .nan
        outcome.privateCost[position] = abatement > 0 ? privateNet / abatement : .nan
        outcome.rank[position] = Double(step + 1)
        outcome.chosen[position] = true
        outcome.keepsRank[position] = centralRank[position] == step + 1
    }
}
