extension CostModel {
    /// ``flows(_:measure:penetration:before:after:rate:prices:)``'s net cost at one year offset
    /// only, at the social prices: the same terms in the same order (so the same bits), without
    /// computing the other years. The ordering scores candidates with it on the target year.
    func annualNetCost(_ index: Int, measure: Measure, penetration: [Double], before: ModelOutput, after: ModelOutput,
                       rate: Double, offset: Int) -> Double {
        let crf = CostMetrics.capitalRecoveryFactor(rate: rate, years: measure.lifetime.value) ?? 0
        var energy = 0.0
        for carrier in socialPrices.indices {
            guard let price = socialPrices[carrier] else { continue }
            energy += (after.energy(carrier: carrier, offset: offset) - before.energy(carrier: carrier, offset: offset)) * price[offset]
        }
        let units = units(index, before: level(index, before, offset: offset), after: level(index, after, offset: offset),
                          penetration: penetration[offset])
        return Costing.annualNetCost(capex: measure.capex.value, opex: measure.opex.value, crf: crf, units: units,
                                     energyCostChange: energy)
    }
}
