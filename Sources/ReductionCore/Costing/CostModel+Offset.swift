extension CostModel {
    /// ``flows(_:measure:penetration:before:after:rate:prices:)``'s net cost at one year offset
    /// only: the same terms in the same order (so the same bits), without computing the other
    /// years. `crf` is `CRF(rate, lifetime)` (0 where it is undefined, as in `flows`); `prices`
    /// holds one price per carrier at `offset`, NaN for a carrier without a price. The ordering
    /// scores candidates with it on the target year, and re-decide records its costs with it.
    func annualNetCost(_ index: Int, capex: Double, opex: Double, crf: Double, penetration: Double,
                       before: ModelOutput, after: ModelOutput, prices: [Double], offset: Int) -> Double {
        var energy = 0.0
        for carrier in prices.indices where !prices[carrier].isNaN {
            energy += (after.energy(carrier: carrier, offset: offset) - before.energy(carrier: carrier, offset: offset)) * prices[carrier]
        }
        // A project's units are p (``units(_:before:after:penetration:)``): no levels to read.
        let units = projectBased[index]
            ? penetration
            : units(index, before: level(index, before, offset: offset), after: level(index, after, offset: offset),
                    penetration: penetration)
        return Costing.annualNetCost(capex: capex, opex: opex, crf: crf, units: units, energyCostChange: energy)
    }

    /// Prices of one basis at one year offset, one per carrier, NaN for a carrier without a price.
    func prices(_ basis: PriceBasis, offset: Int) -> [Double] {
        (basis == .social ? socialPrices : privatePrices).map { $0?[offset] ?? .nan }
    }

    /// A rough size of the terms behind ``annualNetCost(_:capex:opex:crf:penetration:before:after:prices:offset:)``,
    /// for the ordering's rounding bound: `Σ |price| (|E before| + |E after|) + |capex × crf + opex| ×
    /// (|level before| + |level after| + |p|)`.
    func netCostMagnitude(_ index: Int, capex: Double, opex: Double, crf: Double, penetration: Double,
                          before: ModelOutput, after: ModelOutput, prices: [Double], offset: Int) -> Double {
        var size = 0.0
        for carrier in prices.indices where !prices[carrier].isNaN {
            size += abs(prices[carrier]) * (abs(after.energy(carrier: carrier, offset: offset))
                                            + abs(before.energy(carrier: carrier, offset: offset)))
        }
        // A project's levels are 0 (``level(_:_:offset:)``).
        let levels = projectBased[index]
            ? abs(penetration)
            : abs(level(index, before, offset: offset)) + abs(level(index, after, offset: offset)) + abs(penetration)
        return size + abs(capex * crf + opex) * levels
    }
}
