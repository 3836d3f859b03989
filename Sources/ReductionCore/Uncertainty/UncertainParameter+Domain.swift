/// The values each drawn number can take: the one place that says so for the Monte Carlo
/// analysis (draws are truncated to it, ``DrawTruncation``).
extension UncertainParameter {
    /// Discount rates: the loader's bounds, −50 % < r < 100 % (`PlanLoader.decodeHeader`).
    static let discountRateDomain: ClosedRange<Double> = (-0.5).nextUp...1.0.nextDown
    /// Growth rates: the loader's bounds, −100 % < r ≤ +100 % a year (`YAMLValue.growthFraction`).
    static let growthDomain: ClosedRange<Double> = (-1.0).nextUp...1.0
    /// Lifetimes: positive and at most ``MeasureRules/maximumLifetime`` years.
    static let lifetimeDomain: ClosedRange<Double> = 0.0.nextUp...MeasureRules.maximumLifetime

    /// The values this parameter can take, in the unit of its estimate:
    ///
    /// - an input or factor-set default: the base values that keep every year of its row, scaled
    ///   by drawn / central (shifted when the central is 0), inside its spec's possible range
    ///   (``InputSpec/possibleRange``: the hard limits, 0…1 for a share, ≥ 0 for a non-negative input);
    /// - a change's main number: its kind's range (``MeasureRules/primaryRange(_:)``, the
    ///   validator's); a shift's ratio ≥ 0; the maximum penetration 0…1; a lifetime 0 < n ≤ 200;
    /// - capex and opex: ±``PlanLimits/maxMagnitude`` (no tighter bound is documented);
    /// - an energy price (its whole series) and the reference carbon price: ≥ 0;
    /// - a discount rate: −50 % < r < 100 %; a growth rate (of an input or an energy price):
    ///   −100 % < r ≤ +100 %.
    ///
    /// A domain that does not hold the central value (a plan that fails validation, or a
    /// negative price in a currency the validator does not check) is dropped: no truncation.
    func domain(evaluator: PlanEvaluator, model: some SectorModel) -> ClosedRange<Double> {
        let unbounded = -Double.infinity...Double.infinity
        let plan = evaluator.plan, table = evaluator.baseTable
        let domain: ClosedRange<Double>
        switch self {
        case let .input(key, estimate), let .factor(key, estimate):
            guard let spec = model.spec(for: table.keys[key]) else { return unbounded }
            let start = key * table.yearCount
            domain = Self.baseDomain(row: table.values[start..<(start + table.yearCount)], base: estimate.value,
                                     keeping: spec.possibleRange)
        case let .change(m, c, _):
            domain = MeasureRules.primaryRange(plan.measures[m].changes[c])
        case .ratio:
            domain = MeasureRules.ratioRange
        case .penetration:
            domain = 0...1
        case .lifetime:
            domain = Self.lifetimeDomain
        case .capex, .opex:
            domain = -PlanLimits.maxMagnitude...PlanLimits.maxMagnitude
        case let .price(c, basis, estimate):
            let series = (basis == .social ? evaluator.costs.socialPrices : evaluator.costs.privatePrices)[c] ?? []
            domain = Self.baseDomain(row: series[...], base: estimate.value, keeping: 0...Double.infinity)
        case .carbonPrice:
            domain = 0...Double.infinity
        case .discountRate:
            domain = Self.discountRateDomain
        case .growth, .priceGrowth:
            domain = Self.growthDomain
        }
        return domain.contains(estimate.value) ? domain : unbounded
    }

    /// The base values `v` for which a row drawn as `row × v / base` (`row + v` when `base` is 0,
    /// as ``apply(_:to:)`` draws it) stays inside `possible` in every year; NaN entries (no
    /// value) are skipped. A flat row (every year equal to `base`) gives `possible` exactly.
    static func baseDomain(row: ArraySlice<Double>, base: Double, keeping possible: ClosedRange<Double>) -> ClosedRange<Double> {
        var lower = -Double.infinity, upper = Double.infinity
        for central in row where !central.isNaN {
            if base == 0 {
                lower = max(lower, possible.lowerBound - central)
                upper = min(upper, possible.upperBound - central)
            } else if central != 0 {
                // v × central / base ∈ possible, written so that central == base gives the bounds exactly.
                let a = possible.lowerBound * (base / central), b = possible.upperBound * (base / central)
                lower = max(lower, min(a, b))
                upper = min(upper, max(a, b))
            }
        }
        guard lower <= upper else { return possible }
        return lower...upper
    }
}
