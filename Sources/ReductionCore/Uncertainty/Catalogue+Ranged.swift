extension Catalogue {
    /// How many numbers of the catalogue carry a range, by the kind the Monte Carlo analysis
    /// counts them under (``UncertaintyResult/drawnByKind``): `change`, `ratio`, `penetration`,
    /// `lifetime`, `capex` and `opex` over every measure. A plan draws those of the measures it
    /// selects, plus its own ranged inputs, prices, rates and reference price.
    public var rangedNumbersByKind: [String: Int] {
        var counts: [String: Int] = [:]
        for (index, measure) in measures.enumerated() {
            for parameter in UncertainParameter.of(measure, index: index) { counts[parameter.kind, default: 0] += 1 }
        }
        return counts
    }

    /// How many inputs of factor set `id` carry a range (drawn as kind `factor` when a plan
    /// uses the set's value); 0 for an unknown set.
    public func rangedFactors(in id: String) -> Int {
        factorSet(id)?.inputs.values.filter { $0.base?.isRanged == true }.count ?? 0
    }

    /// How many growth rates of factor set `id` carry a range (one per ranged growth period;
    /// drawn as kind `growth` when a plan uses the set's value); 0 for an unknown set.
    public func rangedGrowthRates(in id: String) -> Int {
        factorSet(id)?.inputs.values.reduce(0) { count, spec in
            spec.base == nil ? count : count + spec.growth.filter(\.rate.isRanged).count
        } ?? 0
    }
}
