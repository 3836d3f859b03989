/// Decoding of numbers with ranges and series from plan and catalogue YAML.
extension YAMLValue {
    static let estimateKeys: Set<String> = ["value", "unit", "low", "high", "distribution", "source", "note"]

    /// An estimate: a number, or `{value, unit?, low?, high?, distribution?, source?}`.
    /// When `unit` is given it is converted to `targetUnit` (if any).
    func estimate(unit targetUnit: String? = nil) throws(PlanError) -> Estimate {
        if !isMapping { return Estimate(try double()) }
        try allowOnly(Self.estimateKeys)
        var estimate = Estimate(try required("value").double())
        estimate.low = try optional("low")?.double()
        estimate.high = try optional("high")?.double()
        estimate.distribution = try optional("distribution")?.enumeration(Distribution.self)
        estimate.source = try optional("source")?.text()
        try checkRange(estimate)
        if let unitValue = try optional("unit"), let targetUnit {
            let given = try unitValue.string()
            estimate = estimate.scaled(by: try UnitConversion.convert(1, from: given, to: targetUnit,
                                                                       at: unitValue.location))
        }
        return estimate
    }

    /// The unit written beside an estimate, if any.
    func writtenUnit() throws(PlanError) -> String? {
        isMapping ? try optional("unit")?.string() : nil
    }

    func checkRange(_ estimate: Estimate) throws(PlanError) {
        if let low = estimate.low, low > estimate.value {
            throw error(.invalidValue, "low (\(low)) is above value (\(estimate.value))")
        }
        if let high = estimate.high, high < estimate.value {
            throw error(.invalidValue, "high (\(high)) is below value (\(estimate.value))")
        }
    }

    /// The index of a categorical word among `choices`; nil when the value is a number or a
    /// mapping (decoded as a series instead). An unknown word is an error listing the choices.
    func choice(of choices: [String], key: String) throws(PlanError) -> Int? {
        guard !isMapping, let text = try? string(), Double(text) == nil else { return nil }
        guard let index = choices.firstIndex(of: text) else {
            throw error(.invalidValue, "'\(key)' must be one of \(choices.joined(separator: ", ")), found '\(text)'")
        }
        return index
    }

    static let seriesKeys: Set<String> = estimateKeys.union(["base", "growth", "values"])

    /// A year series (see ``SeriesSpec``), converted to `targetUnit`. A growth rate may carry
    /// a range only where `rangedGrowth` is true (plan inputs, factor sets and energy prices,
    /// whose growth the Monte Carlo analysis draws); elsewhere (GDP) a ranged rate is refused
    /// rather than left undrawn.
    func series(unit targetUnit: String, rangedGrowth: Bool = false) throws(PlanError) -> SeriesSpec {
        if !isMapping {
            var spec = SeriesSpec.constant(try double())
            spec.unit = targetUnit
            return spec
        }
        try allowOnly(Self.seriesKeys)
        var factor = 1.0
        if let unitValue = try optional("unit") {
            factor = try UnitConversion.convert(1, from: try unitValue.string(), to: targetUnit, at: unitValue.location)
        }
        var base: Estimate?
        var baseNode = try optional("base")
        if baseNode == nil { baseNode = try optional("value") }
        if let value = baseNode {
            var estimate = Estimate(try value.double())
            estimate.low = try optional("low")?.double()
            estimate.high = try optional("high")?.double()
            estimate.distribution = try optional("distribution")?.enumeration(Distribution.self)
            estimate.source = try optional("source")?.text()
            try checkRange(estimate)
            base = estimate.scaled(by: factor)
        }
        var growth: [SeriesSpec.GrowthPeriod] = []
        if let growthValue = try optional("growth") {
            if growthValue.isSequence {
                var previous = Int.min
                for item in try growthValue.items() {
                    try item.allowOnly(["until", "rate"])
                    let until = try item.required("until").year()
                    guard until > previous else {
                        throw item.error(.yearOutOfRange, "growth periods must be in increasing years")
                    }
                    previous = until
                    growth.append(.init(until: until, rate: try item.required("rate").growthRate(ranged: rangedGrowth)))
                }
            } else {
                growth = [.init(until: Int.max, rate: try growthValue.growthRate(ranged: rangedGrowth))]
            }
        }
        var points: [(year: Int, value: Double)] = []
        if let valuesNode = try optional("values") {
            for (yearText, value) in try valuesNode.entries() {
                guard let year = Int(yearText) else {
                    throw value.error(.wrongType, "expected a whole year as key, found '\(yearText)'")
                }
                guard Self.years.contains(year) else {
                    throw value.error(.yearOutOfRange, "year \(yearText) is outside \(Self.years.lowerBound)–\(Self.years.upperBound)")
                }
                points.append((year, try value.double() * factor))
            }
        }
        if base == nil && points.isEmpty {
            throw error(.missingKey, "a series needs 'value', 'base' or 'values'")
        }
        if base == nil, !growth.isEmpty {
            throw error(.missingKey, "'growth' needs a 'base' value")
        }
        return SeriesSpec(base: base, growth: growth, points: points, unit: targetUnit)
    }

    static let growthKeys: Set<String> = ["value", "low", "high", "distribution", "source", "note"]

    /// A growth rate per year as a fraction, `0.03`, or with a range for the Monte Carlo
    /// analysis, `{value: 0.03, low: 0.01, high: 0.05, distribution?, source?}` (only when
    /// `ranged`). The value and both ends must be above −100 % and at most +100 % a year, and
    /// `low ≤ value ≤ high`.
    func growthRate(ranged: Bool) throws(PlanError) -> Estimate {
        guard isMapping else { return Estimate(try growthFraction()) }
        guard ranged else {
            throw error(.invalidValue, "a growth rate with a range (a mapping) is drawn for plan inputs and energy prices only; write this rate as a plain number")
        }
        try allowOnly(Self.growthKeys)
        var estimate = Estimate(try required("value").growthFraction())
        estimate.low = try optional("low")?.growthFraction()
        estimate.high = try optional("high")?.growthFraction()
        estimate.distribution = try optional("distribution")?.enumeration(Distribution.self)
        estimate.source = try optional("source")?.text()
        try checkRange(estimate)
        return estimate
    }

    /// A growth rate per year as a fraction; must be above −100 % and at most +100 % a year
    /// (a doubling every year; larger rates are percents written as numbers, `4` for 4 %).
    func growthFraction() throws(PlanError) -> Double {
        let rate = try double()
        guard rate > -1 else { throw error(.invalidValue, "a growth rate must be above -1 (-100 %), found \(rate)") }
        guard rate <= 1 else {
            throw error(.invalidValue, "a growth rate is a fraction per year within -1…1: \(rate) means +\(rate * 100) % a year; write 0.04 for 4 %")
        }
        return rate
    }
}
