/// A number of the plan that has a range and is drawn in the Monte Carlo analysis.
enum UncertainParameter: Sendable, Hashable {
    /// An input's base value; the whole series is scaled by drawn / central.
    case input(key: Int, estimate: Estimate)
    /// A change's main number (`by`, `fraction`, `amount`, `target`, captured fraction).
    case change(measure: Int, change: Int, estimate: Estimate)
    /// A shift's arrival ratio.
    case ratio(measure: Int, change: Int, estimate: Estimate)
    case penetration(measure: Int, estimate: Estimate)
    case lifetime(measure: Int, estimate: Estimate)
    case capex(measure: Int, estimate: Estimate)
    case opex(measure: Int, estimate: Estimate)
    /// An energy price's base value on one basis (``PriceBasis``); the whole series is scaled
    /// by drawn / central. A carrier without its own private price follows the drawn social one.
    case price(carrier: Int, basis: PriceBasis, estimate: Estimate)
    /// The social or private discount rate.
    case discountRate(basis: PriceBasis, estimate: Estimate)
    /// The reference carbon price (alternatives and P(cost below the price)).
    case carbonPrice(estimate: Estimate)
    /// An input whose value is the plan's factor set's default (counted as kind `factor`).
    case factor(key: Int, estimate: Estimate)
    /// The growth rate of an input's growth period `period` (``SeriesSpec/growth``): the
    /// projected years are re-expanded with the drawn rate (``Worker/applyGrowth()``).
    case growth(key: Int, period: Int, estimate: Estimate)
    /// The growth rate of growth period `period` of an energy price on one basis: the price
    /// series is re-expanded with the drawn rate (``Worker/drawnPrice(_:carrier:basis:offset:)``).
    /// A carrier without its own private price follows the drawn social rate.
    case priceGrowth(carrier: Int, basis: PriceBasis, period: Int, estimate: Estimate)

    /// The same parameter with its estimate's source text dropped, so that worker threads
    /// never share string storage (and its reference count) in the hot loop.
    var withoutText: UncertainParameter {
        func bare(_ e: Estimate) -> Estimate { Estimate(e.value, low: e.low, high: e.high, distribution: e.distribution) }
        switch self {
        case let .input(key, e): return .input(key: key, estimate: bare(e))
        case let .change(m, c, e): return .change(measure: m, change: c, estimate: bare(e))
        case let .ratio(m, c, e): return .ratio(measure: m, change: c, estimate: bare(e))
        case let .penetration(m, e): return .penetration(measure: m, estimate: bare(e))
        case let .lifetime(m, e): return .lifetime(measure: m, estimate: bare(e))
        case let .capex(m, e): return .capex(measure: m, estimate: bare(e))
        case let .opex(m, e): return .opex(measure: m, estimate: bare(e))
        case let .price(c, b, e): return .price(carrier: c, basis: b, estimate: bare(e))
        case let .discountRate(b, e): return .discountRate(basis: b, estimate: bare(e))
        case let .carbonPrice(e): return .carbonPrice(estimate: bare(e))
        case let .factor(key, e): return .factor(key: key, estimate: bare(e))
        case let .growth(key, p, e): return .growth(key: key, period: p, estimate: bare(e))
        case let .priceGrowth(c, b, p, e): return .priceGrowth(carrier: c, basis: b, period: p, estimate: bare(e))
        }
    }

    var estimate: Estimate {
        switch self {
        case let .input(_, e), let .change(_, _, e), let .ratio(_, _, e), let .penetration(_, e),
             let .lifetime(_, e), let .capex(_, e), let .opex(_, e), let .price(_, _, e), let .discountRate(_, e),
             let .carbonPrice(e), let .factor(_, e), let .growth(_, _, e), let .priceGrowth(_, _, _, e): e
        }
    }

    /// What kind of number this is (counted by kind in the summary and the XML): `input` (a
    /// plan input), `factor` (a factor-set default), `change`, `ratio`, `penetration`,
    /// `lifetime`, `capex`, `opex` (catalogue numbers), `price` (energy prices, both bases),
    /// `discount-rate`, `carbon-price`, `growth` (an input's growth rate) and `price-growth` (an
    /// energy price's growth rate, either basis).
    var kind: String {
        switch self {
        case .input: "input"
        case .change: "change"
        case .ratio: "ratio"
        case .penetration: "penetration"
        case .lifetime: "lifetime"
        case .capex: "capex"
        case .opex: "opex"
        case .price: "price"
        case .discountRate: "discount-rate"
        case .carbonPrice: "carbon-price"
        case .factor: "factor"
        case .growth: "growth"
        case .priceGrowth: "price-growth"
        }
    }

    /// The parameter's name, as correlations and sensitivity results name it:
    /// `inputs.<key>`, `measures.<id>.changes[<i>]`, `measures.<id>.changes[<i>].ratio`,
    /// `measures.<id>.deployment.max`, `measures.<id>.lifetime`, `.capex`, `.opex`,
    /// `energyPrices.<carrier>` (social) or `energyPrices.<carrier>.private`,
    /// `discountRates.social`, `discountRates.private`, `referenceCarbonPrice`, and for a growth
    /// rate `inputs.<key>.growth` (one rate for every year) or `inputs.<key>.growth[<i>]` (the
    /// i-th period of a list, from 0); a price's growth rate is named the same way after its
    /// price, `energyPrices.<carrier>.growth[<i>]` or `energyPrices.<carrier>.private.growth[<i>]`.
    func name(in plan: Plan, table: InputTable, carriers: [String]) -> String {
        switch self {
        case let .input(key, _), let .factor(key, _): "inputs.\(table.keys[key])"
        case let .growth(key, period, _):
            Self.growthName("inputs.\(table.keys[key])", plan.inputs[table.keys[key]], period: period)
        case let .priceGrowth(c, basis, period, _):
            Self.growthName(basis == .social ? "energyPrices.\(carriers[c])" : "energyPrices.\(carriers[c]).private",
                            (basis == .social ? plan.energyPrices : plan.privateEnergyPrices)[carriers[c]], period: period)
        case let .change(m, c, _): "measures.\(plan.measures[m].id).changes[\(c)]"
        case let .ratio(m, c, _): "measures.\(plan.measures[m].id).changes[\(c)].ratio"
        case let .penetration(m, _): "measures.\(plan.measures[m].id).deployment.max"
        case let .lifetime(m, _): "measures.\(plan.measures[m].id).lifetime"
        case let .capex(m, _): "measures.\(plan.measures[m].id).capex"
        case let .opex(m, _): "measures.\(plan.measures[m].id).opex"
        case let .price(c, basis, _): basis == .social ? "energyPrices.\(carriers[c])" : "energyPrices.\(carriers[c]).private"
        case let .discountRate(basis, _): "discountRates.\(basis.rawValue)"
        case .carbonPrice: "referenceCarbonPrice"
        }
    }

    /// `<series>.growth` when `spec` has one rate for every year, else `<series>.growth[<period>]`.
    static func growthName(_ series: String, _ spec: SeriesSpec?, period: Int) -> String {
        if let growth = spec?.growth, growth.count == 1, growth[0].until == Int.max { "\(series).growth" } else { "\(series).growth[\(period)]" }
    }

    /// Every ranged number of `plan`, in a fixed order: inputs by key (`factor` where the
    /// value is the factor set's default, `factorDefaults`), each followed by its ranged growth
    /// rates in period order, measures in plan order, then energy prices by carrier (social, then
    /// private), each followed by its ranged growth rates in period order, the discount rates and
    /// the reference price.
    static func all(in plan: Plan, table: InputTable, carriers: [String],
                    factorDefaults: [String: SeriesSpec] = [:]) -> [UncertainParameter] {
        var parameters: [UncertainParameter] = []
        for (index, key) in table.keys.enumerated() {
            guard let spec = plan.inputs[key], let base = spec.base else { continue }
            if base.isRanged {
                let isDefault = factorDefaults[key]?.base == base
                parameters.append(isDefault ? .factor(key: index, estimate: base) : .input(key: index, estimate: base))
            }
            for (period, growth) in spec.growth.enumerated() where growth.rate.isRanged {
                parameters.append(.growth(key: index, period: period, estimate: growth.rate))
            }
        }
        for (m, measure) in plan.measures.enumerated() { parameters += of(measure, index: m) }
        for basis in PriceBasis.allCases {
            let prices = basis == .social ? plan.energyPrices : plan.privateEnergyPrices
            for (c, carrier) in carriers.enumerated() {
                guard let spec = prices[carrier] else { continue }
                if let base = spec.base, base.isRanged { parameters.append(.price(carrier: c, basis: basis, estimate: base)) }
                for (period, growth) in spec.growth.enumerated() where spec.base != nil && growth.rate.isRanged {
                    parameters.append(.priceGrowth(carrier: c, basis: basis, period: period, estimate: growth.rate))
                }
            }
        }
        let header = plan.header
        if let rate = header.socialDiscountRateRange, rate.isRanged { parameters.append(.discountRate(basis: .social, estimate: rate)) }
        if let rate = header.privateDiscountRateRange, rate.isRanged { parameters.append(.discountRate(basis: .private, estimate: rate)) }
        if let price = header.referenceCarbonPriceRange, price.isRanged { parameters.append(.carbonPrice(estimate: price)) }
        return parameters
    }

    /// The ranged numbers of one measure (plan index `m`): its changes' main numbers and
    /// ratios, its maximum penetration, lifetime, capex and opex.
    static func of(_ measure: Measure, index m: Int) -> [UncertainParameter] {
        var parameters: [UncertainParameter] = []
        for (c, change) in measure.changes.enumerated() {
            if change.primary.isRanged { parameters.append(.change(measure: m, change: c, estimate: change.primary)) }
            if change.ratio.isRanged { parameters.append(.ratio(measure: m, change: c, estimate: change.ratio)) }
        }
        if measure.deployment.maxPenetration.isRanged {
            parameters.append(.penetration(measure: m, estimate: measure.deployment.maxPenetration))
        }
        if measure.lifetime.isRanged { parameters.append(.lifetime(measure: m, estimate: measure.lifetime)) }
        if measure.capex.isRanged { parameters.append(.capex(measure: m, estimate: measure.capex)) }
        if measure.opex.isRanged { parameters.append(.opex(measure: m, estimate: measure.opex)) }
        return parameters
    }

    /// Writes a drawn `value` into the worker's inputs, compiled measures or cost numbers; the
    /// draw is already inside the number's domain (``domain(evaluator:model:)``).
    func apply(_ value: Double, to worker: inout Worker) {
        switch self {
        case let .input(key, estimate), let .factor(key, estimate):
            let count = worker.table.yearCount
            let start = key * count
            worker.table.values.withUnsafeMutableBufferPointer { values in
                worker.baseValues.withUnsafeBufferPointer { central in
                    if estimate.value != 0 {
                        let ratio = value / estimate.value
                        for offset in 0..<count { values[start + offset] = central[start + offset] * ratio }
                    } else {
                        for offset in 0..<count { values[start + offset] = central[start + offset] + value }
                    }
                }
            }
        case let .change(m, c, _):
            worker.compiled[m].values[c] = value
        case let .ratio(m, c, _):
            worker.compiled[m].ratios[c] = max(value, 0)
        case let .penetration(m, _):
            worker.compiled[m].setMaxPenetration(min(max(value, 0), 1))
        case let .lifetime(m, _):
            worker.lifetime[m] = value
        case let .capex(m, _):
            worker.capex[m] = value
        case let .opex(m, _):
            worker.opex[m] = value
        case let .price(c, basis, estimate):
            // Scale the series by drawn / central (a zero central price is shifted instead).
            let draw: PriceDraw = estimate.value != 0 ? PriceDraw(scale: value / estimate.value, shift: 0)
                                                      : PriceDraw(scale: 1, shift: value)
            if basis == .social { worker.socialPriceDraw[c] = draw } else { worker.privatePriceDraw[c] = draw }
        case let .discountRate(basis, _):
            // The loader refuses rates outside (−50 %, 100 %); draws are truncated to that range.
            if basis == .social { worker.socialRate = value } else { worker.privateRate = value }
        case .carbonPrice:
            worker.referencePrice = value
        case let .growth(key, period, _):
            worker.setGrowth(key: key, period: period, rate: value)
        case let .priceGrowth(c, basis, period, _):
            worker.setPriceGrowth(carrier: c, basis: basis, period: period, rate: value)
        }
    }
}

/// How one draw moves an energy price series: `price(t) × scale + shift`.
struct PriceDraw: Sendable, Equatable {
    var scale: Double
    var shift: Double
    static let central = PriceDraw(scale: 1, shift: 0)

    func apply(_ price: Double) -> Double { price.isNaN ? price : price * scale + shift }
}
