/// Model runs of the evaluation, cached by the measures applied so that ordering and attribution
/// never run the same combination twice.
///
/// The key is the list of measure indices in application order. Attribution applies any subset
/// of the pathway in pathway order, so a subset has one key and every prefix the ordering ran
/// is reused.
struct RunCache: Sendable {
    private var totals: [[Int]: [Double]] = [:]
    /// Model runs made through the cache (cache hits excluded).
    private(set) var runs = 0

    /// Total tCO2e per model year after applying `applied` in order to the base inputs.
    mutating func totals(_ applied: [Int], _ evaluator: PlanEvaluator) -> [Double] {
        if let cached = totals[applied] { return cached }
        let result = evaluator.run(applying: applied).totalCO2e(gwp: evaluator.gwp)
        runs += 1
        totals[applied] = result
        return result
    }

    /// Records a run made elsewhere (the ordering's prefix runs).
    mutating func store(_ applied: [Int], totals value: [Double]) {
        totals[applied] = value
    }

    /// Counts `count` model runs made outside the cache (standalone and ordering runs).
    mutating func count(_ count: Int) { runs += count }
}

extension PlanEvaluator {
    /// The result of a sequence of cumulative runs.
    struct Sequence {
        /// Outputs after each prefix; `outputs[0]` is the BAU.
        var outputs: [ModelOutput]
        /// Total tCO2e per model year after each prefix.
        var totals: [[Double]]
    }

    /// Each measure applied alone to the BAU inputs.
    struct Standalone {
        /// tCO2e per model year, per measure (plan order).
        var abatement: [[Double]]
        /// Net annual cost per model year, per measure.
        var net: [[Double]]
        /// Cost per tonne in the target year (nil without positive abatement).
        var cost: [Double?]
    }

    /// Runs every measure alone (one model run each) and records the runs in `cache`.
    func standaloneRuns(bau: ModelOutput, cache: inout RunCache) -> Standalone {
        let bauTotals = bau.totalCO2e(gwp: gwp)
        cache.store([], totals: bauTotals)
        cache.count(1 + measures.count)
        var result = Standalone(abatement: [], net: [], cost: [])
        for index in measures.indices {
            let output = run(applying: [index])
            let totals = output.totalCO2e(gwp: gwp)
            cache.store([index], totals: totals)
            let abatement = zip(bauTotals, totals).map { $0 - $1 }
            let net = annualCost(index, before: bau, after: output, rate: plan.header.socialDiscountRate).net
            result.abatement.append(abatement)
            result.net.append(net)
            result.cost.append(costPerTonne(net: net, abatement: abatement))
        }
        return result
    }

    /// Cost per tonne in `year` (nil without positive abatement in that year).
    func costPerTonne(net: [Double], abatement: [Double], year: Int) -> Double? {
        let offset = year - baseTable.years.lowerBound
        return CostMetrics.costPerTonne(annualCost: net[offset], abatement: abatement[offset])
    }
}
