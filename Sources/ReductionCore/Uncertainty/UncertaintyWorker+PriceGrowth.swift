extension GrowthDraw {
    /// The draw state of every energy price with a drawn growth rate among `parameters`
    /// (``UncertainParameter/priceGrowth(carrier:basis:period:estimate:)``), each keyed by its
    /// carrier, and for each carrier and basis (`carrier × 2`, `+ 1` for private) its index in
    /// that list (−1 for a price without drawn growth).
    static func prices(for parameters: [UncertainParameter], plan: Plan, carriers: [String],
                       years: ClosedRange<Int>) -> (draws: [GrowthDraw], slots: [Int]) {
        var draws: [GrowthDraw] = []
        var slots = [Int](repeating: -1, count: carriers.count * 2)
        for case let .priceGrowth(carrier, basis, _, _) in parameters where slots[Worker.priceSlot(carrier, basis)] < 0 {
            let prices = basis == .social ? plan.energyPrices : plan.privateEnergyPrices
            guard let spec = prices[carriers[carrier]] else { continue }
            slots[Worker.priceSlot(carrier, basis)] = draws.count
            draws.append(GrowthDraw(key: carrier, spec: spec, years: years, baseYear: plan.header.baseYear))
        }
        return (draws, slots)
    }
}

extension Worker {
    /// The index of `carrier` on `basis` in ``priceGrowthSlots``.
    static func priceSlot(_ carrier: Int, _ basis: PriceBasis) -> Int { carrier * 2 + (basis == .social ? 0 : 1) }

    /// Records the drawn growth `rate` of period `period` of the price of `carrier` on `basis`,
    /// clamped to −99 %…+100 % a year as an input's (``setGrowth(key:period:rate:)``).
    mutating func setPriceGrowth(carrier: Int, basis: PriceBasis, period: Int, rate: Double) {
        let slot = priceGrowthSlots[Self.priceSlot(carrier, basis)]
        guard slot >= 0 else { return }
        priceGrowth[slot].rates[period] = min(max(rate, -0.99), 1)
    }

    /// Computes the growth factors of every price with a drawn growth rate (after the draw's
    /// parameters are in, before any price is read).
    mutating func applyPriceGrowth() {
        for index in priceGrowth.indices { priceGrowth[index].updateFactors() }
    }

    /// The draw's price of `carrier` on `basis` at year offset `offset` (currency/GJ), from the
    /// central price there. The central series is `p(t) = p₀ × Π (1 + r_c)` after the base year,
    /// so the drawn one is
    /// ```
    /// p_drawn(t) = (p(t) × scale + shift) × Π_{base < y ≤ t} (1 + r_d(y)) / (1 + r_c(y))
    /// ```
    /// with the draw's base-price ``PriceDraw`` (`scale` = drawn / central base) and growth
    /// factors (``GrowthDraw/factors``): `p₀,drawn × Π (1 + r_d)`, the series re-expanded with the
    /// drawn base and rates (a `values` year keeps its value times the base draw; a zero central
    /// base is shifted instead of scaled, as an input's is, so its drawn value then grows by
    /// `Π (1 + r_d) / (1 + r_c)`). A carrier
    /// without its own private price follows the drawn social price. The one formula behind the
    /// target-year prices of both modes and the full series of a re-decided draw's evaluator.
    func drawnPrice(_ central: Double, carrier: Int, basis: PriceBasis, offset: Int) -> Double {
        let source = basis == .private && hasOwnPrivatePrice[carrier] ? PriceBasis.private : .social
        let price = (source == .social ? socialPriceDraw[carrier] : privatePriceDraw[carrier]).apply(central)
        let slot = priceGrowthSlots[Self.priceSlot(carrier, source)]
        return slot < 0 ? price : price * priceGrowth[slot].factors[offset]
    }
}
