extension PlanEvaluator {
    /// The pathway: its order, the cumulative runs and the measures that left it.
    struct Pathway {
        /// Measure indices in application order (committed non-abating measures last).
        var order: [Int]
        /// Outputs and totals after each prefix of `order`.
        var sequence: Sequence
        /// Kept measures that do not abate in the target year given the others (plan order).
        var leftPathway: [Int]
        /// Committed measures kept although they do not abate in the target year.
        var committedIncreases: [Int]
    }

    /// The one ordering method: repeatedly add the candidate with the lowest interacted cost per
    /// tonne in the target year given the measures already in (ties by id). When no candidate
    /// abates any more, the committed ones are added last (by id) and the rest leave the pathway.
    ///
    /// A year-by-year model is ordered by ``TargetYearOrdering`` (the code re-decide draws use):
    /// each candidate is scored with one target-year run on the chosen prefix, at most n(n+1)/2
    /// scoring runs for n measures (far fewer when the model declares ``ModelComponents``); the
    /// chosen measures are then run over every year in that order. Any other model scores each
    /// candidate with a full run on the chosen prefix, which the chosen one keeps. Prefix totals
    /// go into `cache`, and every model run is counted there.
    func pathwayOrder(_ candidates: [Int], bau: ModelOutput, cache: inout RunCache) -> Pathway {
        let rate = plan.header.socialDiscountRate
        var remaining = candidates.sorted { plan.measures[$0].id < plan.measures[$1].id }
        var table = baseTable
        var applied: [Int] = []
        var capturing: [Int] = []
        var sequence = Sequence(outputs: [bau], totals: [bau.totalCO2e(gwp: gwp)])

        var runs = 0
        defer { cache.count(runs) }
        func step(_ index: Int, from prefix: InputTable) -> (table: InputTable, output: ModelOutput, totals: [Double]) {
            runs += 1
            var next = prefix
            measures[index].apply(to: &next, base: baseTable)
            var output = model(next)
            for earlier in capturing { measures[earlier].applyCaptures(to: &output) }
            measures[index].applyCaptures(to: &output)
            return (next, output, output.totalCO2e(gwp: gwp))
        }
        func append(_ index: Int, _ result: (table: InputTable, output: ModelOutput, totals: [Double])) {
            applied.append(index)
            if !measures[index].captures.isEmpty { capturing.append(index) }
            table = result.table
            sequence.outputs.append(result.output)
            sequence.totals.append(result.totals)
            cache.store(applied, totals: result.totals)
            remaining.removeAll { $0 == index }
        }

        let target = plan.header.targetYear - baseTable.years.lowerBound
        if let window = model.runOffsets {
            // A year-by-year model: the decision is the target-year ordering's (shared with
            // re-decide); the chosen measures are then run over every year in that order.
            var ordering = TargetYearOrdering(model: model, window: window, measures: measures, ids: plan.measures.map(\.id),
                                              cost: costs, base: baseTable, target: target, gwp: gwp)
            let numbers = targetYearCosts(rate: rate, basis: .social)
            ordering.start(remaining, inputs: baseTable)
            while let chosen = ordering.choose(base: baseTable, costs: numbers) {
                ordering.add(chosen, base: baseTable, costs: numbers)
            }
            runs += ordering.runs
            for index in ordering.order { append(index, step(index, from: table)) }
        } else {
            while !remaining.isEmpty {
                var best: (index: Int, cost: Double, result: (table: InputTable, output: ModelOutput, totals: [Double]))?
                let before = sequence.outputs[sequence.outputs.count - 1]
                let beforeTotal = sequence.totals[sequence.totals.count - 1][target]
                for index in remaining {
                    let result = step(index, from: table)
                    let net = annualCost(index, before: before, after: result.output, rate: rate).net
                    guard let cost = CostMetrics.costPerTonne(annualCost: net[target], abatement: beforeTotal - result.totals[target])
                    else { continue }
                    if let current = best, cost >= current.cost { continue }
                    best = (index, cost, result)
                }
                guard let chosen = best else { break }
                append(chosen.index, chosen.result)
            }
        }
        let committed = remaining.filter { plan.measures[$0].committed }
        for index in committed { append(index, step(index, from: table)) }
        let left = candidates.filter { remaining.contains($0) }.sorted()
        return Pathway(order: applied, sequence: sequence, leftPathway: left, committedIncreases: committed)
    }

    /// The ordering's cost numbers at the target year: the plan's capex and opex, `CRF(rate, lifetime)`
    /// and the prices of `basis`.
    func targetYearCosts(rate: Double, basis: PriceBasis) -> TargetYearOrdering.Costs {
        let target = plan.header.targetYear - baseTable.years.lowerBound
        return TargetYearOrdering.Costs(capex: plan.measures.map(\.capex.value), opex: plan.measures.map(\.opex.value),
                                        crf: plan.measures.map { CostMetrics.capitalRecoveryFactor(rate: rate, years: $0.lifetime.value) ?? 0 },
                                        prices: costs.prices(basis, offset: target))
    }
}
