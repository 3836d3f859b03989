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
    /// Each step keeps the input table and output of the chosen prefix: a candidate costs one
    /// application of its own changes and one model run (of the target year alone for a
    /// year-by-year model), so ordering n measures makes at most n(n+1)/2 scoring runs plus one
    /// full run per chosen measure, and never re-applies the prefix. Prefix totals go into `cache`.
    func pathwayOrder(_ candidates: [Int], bau: ModelOutput, cache: inout RunCache) -> Pathway {
        let rate = plan.header.socialDiscountRate
        var remaining = candidates.sorted { plan.measures[$0].id < plan.measures[$1].id }
        var table = baseTable
        // `table` with one candidate tried at the target year, undone after scoring (no copy per candidate).
        var probe = baseTable
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
            probe = result.table
            sequence.outputs.append(result.output)
            sequence.totals.append(result.totals)
            cache.store(applied, totals: result.totals)
            remaining.removeAll { $0 == index }
        }

        // Scoring needs the target year only: a year-by-year model computes just that year for
        // each candidate, and the chosen one is then run over every year.
        let target = plan.header.targetYear - baseTable.years.lowerBound
        let window = model.runOffsets
        var scratch = ModelOutput(layout: model.layout, years: baseTable.years)
        var full: (table: InputTable, output: ModelOutput, totals: [Double])?  // the last full scoring run
        func score(_ index: Int, before: ModelOutput, beforeTotal: Double) -> Double? {
            guard let window else {
                let result = step(index, from: table)
                full = result
                let net = annualCost(index, before: before, after: result.output, rate: rate).net
                return CostMetrics.costPerTonne(annualCost: net[target], abatement: beforeTotal - result.totals[target])
            }
            runs += 1
            // A year-by-year model's target year reads the target year's inputs alone.
            measures[index].apply(to: &probe, base: baseTable, offsets: target..<(target + 1))
            scratch.reset(offsets: target..<(target + 1))
            window(probe, &scratch, target..<(target + 1))
            measures[index].restore(&probe, from: table, offset: target)
            for earlier in capturing { measures[earlier].applyCaptures(to: &scratch) }
            measures[index].applyCaptures(to: &scratch)
            let net = costs.annualNetCost(index, measure: plan.measures[index], penetration: measures[index].penetration,
                                          before: before, after: scratch, rate: rate, offset: target)
            return CostMetrics.costPerTonne(annualCost: net, abatement: beforeTotal - scratch.totalCO2e(offset: target, gwp: gwp))
        }

        while !remaining.isEmpty {
            var best: (index: Int, cost: Double, result: (table: InputTable, output: ModelOutput, totals: [Double])?)?
            let before = sequence.outputs[sequence.outputs.count - 1]
            let beforeTotal = sequence.totals[sequence.totals.count - 1][target]
            for index in remaining {
                guard let cost = score(index, before: before, beforeTotal: beforeTotal) else { continue }
                if let current = best, cost >= current.cost { continue }
                best = (index, cost, window == nil ? full : nil)
            }
            guard let chosen = best else { break }
            append(chosen.index, chosen.result ?? step(chosen.index, from: table))
        }
        let committed = remaining.filter { plan.measures[$0].committed }
        for index in committed { append(index, step(index, from: table)) }
        let left = candidates.filter { remaining.contains($0) }.sorted()
        return Pathway(order: applied, sequence: sequence, leftPathway: left, committedIncreases: committed)
    }
}
