extension PlanEvaluator {
    /// Pathways up to this many measures get exact Shapley values (all 2ⁿ subsets); larger ones are sampled.
    static let exactShapleyLimit = 10
    /// Subset evaluations the sampled Shapley values may use at most (the sample count is lowered
    /// to fit, never below 10 permutations); the interval is stated either way.
    static let shapleyRunBudget = 20_000

    /// Attributes the pathway's target-year abatement to its measures by four methods.
    ///
    /// The value of a set of measures `v(S)` is BAU − emissions with `S` applied in pathway order.
    /// - sequential: `v(first k) − v(first k − 1)` along the pathway order;
    /// - standalone: `v({i})`;
    /// - disable-one: `v(all) − v(all \ {i})`;
    /// - Shapley: the average of `v(S ∪ {i}) − v(S)` over all orders, exact over the 2ⁿ subsets
    ///   for n ≤ 10, otherwise over sampled random permutations with a 95 % interval
    ///   (mean ± 1.96 · sd / √samples). Sequential and Shapley sum to `v(all)` exactly (sampled
    ///   Shapley too: every permutation's marginals telescope to `v(all)`).
    func attribution(_ pathway: Pathway, standalone: Standalone, cache: inout RunCache) -> Attribution? {
        let order = pathway.order
        guard !order.isEmpty else { return nil }
        let offset = plan.header.targetYear - baseTable.years.lowerBound
        let bau = pathway.sequence.totals[0][offset]
        let n = order.count
        // v(mask) over positions in `order`.
        func value(_ positions: [Int]) -> Double {
            bau - cache.totals(positions.map { order[$0] }, self)[offset]
        }
        let total = bau - pathway.sequence.totals[n][offset]
        var shapley = [Double](repeating: 0, count: n)
        var halfWidth = [Double](repeating: 0, count: n)
        var samples = 0
        if n <= Self.exactShapleyLimit {
            // Weight of a subset of size s not containing i: s! (n − s − 1)! / n!.
            var weight = [Double](repeating: 0, count: n)
            for size in 0..<n { weight[size] = factorial(size) * factorial(n - size - 1) / factorial(n) }
            var values = [Double](repeating: 0, count: 1 << n)
            for mask in 0..<(1 << n) {
                values[mask] = value((0..<n).filter { mask & (1 << $0) != 0 })
            }
            for mask in 0..<(1 << n) {
                let size = mask.nonzeroBitCount
                for i in 0..<n where mask & (1 << i) == 0 {
                    shapley[i] += weight[size] * (values[mask | (1 << i)] - values[mask])
                }
            }
        } else {
            samples = max(10, min(plan.rules.shapleySamples, Self.shapleyRunBudget / n))
            var sum = [Double](repeating: 0, count: n), squares = sum
            for draw in 0..<samples {
                var random = CounterRandom(seed: 0x5348_4150_4C45_5931, draw: UInt64(draw))  // "SHAPLEY1"
                var permutation = Array(0..<n)
                for i in stride(from: n - 1, to: 0, by: -1) {
                    let j = min(i, Int(random.uniform() * Double(i + 1)))
                    permutation.swapAt(i, j)
                }
                var members = [Bool](repeating: false, count: n)
                var previous = 0.0
                for (step, position) in permutation.enumerated() {
                    members[position] = true
                    let now = step == n - 1 ? total : value((0..<n).filter { members[$0] })
                    let marginal = now - previous
                    sum[position] += marginal
                    squares[position] += marginal * marginal
                    previous = now
                }
            }
            let count = Double(samples)
            for i in 0..<n {
                shapley[i] = sum[i] / count
                let variance = max(0, squares[i] / count - shapley[i] * shapley[i]) * count / max(count - 1, 1)
                halfWidth[i] = 1.96 * (variance / count).squareRoot()
            }
        }
        let allPositions = Array(0..<n)
        let measuresOut = (0..<n).map { position in
            let index = order[position]
            let sequential = pathway.sequence.totals[position][offset] - pathway.sequence.totals[position + 1][offset]
            let without = value(allPositions.filter { $0 != position })
            return MeasureAttribution(measureID: plan.measures[index].id, sequential: sequential,
                                      standalone: standalone.abatement[index][offset], disableOne: total - without,
                                      shapley: shapley[position], shapleyHalfWidth: halfWidth[position])
        }
        return Attribution(year: plan.header.targetYear, packageTotal: total, shapleyExact: samples == 0,
                           shapleySamples: samples, measures: measuresOut)
    }
}

/// n! as a Double (n ≤ 10 here).
private func factorial(_ n: Int) -> Double {
    n <= 1 ? 1 : (2...n).reduce(1.0) { $0 * Double($1) }
}
