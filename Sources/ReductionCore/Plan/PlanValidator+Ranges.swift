/// Semantic sanity checks: hard and plausible ranges of inputs (``InputLimits``), growth
/// rates, energy prices, and a plan that describes no activity at all.
extension PlanValidator {
    /// Plausible yearly growth of an activity or price series (as a fraction).
    ///
    /// Source: assumption — China's GDP grew 2–15 % a year 1980–2023 (NBS yearbook) and
    /// city transport, waste and power activity grew within about −20 %…+30 % a year; a rate
    /// outside this range is usually a percent written as a number (`4` for 4 %).
    static let plausibleGrowth: ClosedRange<Double> = -0.2...0.3

    /// Plausible energy prices in CNY/GJ.
    ///
    /// Source: assumption — Chinese prices 2020–2024: thermal coal 600–1,500 CNY/t at
    /// 20.9 GJ/t ≈ 29–72 CNY/GJ; natural gas 2–4 CNY/m³ at 0.0389 GJ/m³ ≈ 51–103; diesel and
    /// gasoline 6.5–9 CNY/L at ≈ 0.035 GJ/L ≈ 185–260; electricity 0.3–1.2 CNY/kWh ≈ 83–333;
    /// hydrogen 25–70 CNY/kg at 0.12 GJ/kg ≈ 210–580. Below 3 or above 700 CNY/GJ is almost
    /// always a unit slip (diesel at 7.5 CNY/kWh is 2,083 CNY/GJ).
    static let plausiblePriceCNYPerGJ: ClosedRange<Double> = 3...700

    /// Records a problem for each value outside its spec's hard range (one per key) and a
    /// warning for each input outside its plausible range (first year only), for implausible
    /// growth and for implausible prices.
    static func checkLimits(_ plan: Plan, model: some SectorModel, table: InputTable, locator: PlanLocator,
                            into findings: inout PlanFindings) {
        for (index, key) in table.keys.enumerated() {
            guard let spec = model.spec(for: key), let limits = spec.limits else { continue }
            let place = locator("inputs.\(key)")
            var warned = false
            for year in table.years {
                let value = table[index, year]
                if !limits.hard.contains(value) {
                    findings.problems.append(PlanError(.invalidValue,
                                    "\(InputLimits.number(value)) \(spec.unit) in \(year) is outside the possible range "
                                        + "\(InputLimits.text(limits.hard)) \(spec.unit) (\(limits.source)); check the value and its unit",
                                    at: place))
                    break
                }
                if !warned, !limits.plausible.contains(value) {
                    warned = true
                    findings.warnings.append("inputs.\(key): \(InputLimits.number(value)) \(spec.unit) in \(year) is outside the plausible range "
                                        + "\(InputLimits.text(limits.plausible)) \(spec.unit) (\(limits.source)); check the value and its unit")
                }
            }
        }
        for key in plan.inputs.keys.sorted() where locator.writtenInputs?.contains(key) ?? true {
            guard let series = plan.inputs[key] else { continue }
            let rates = series.growth.flatMap { [$0.rate.value, $0.rate.low, $0.rate.high].compactMap { $0 } }
            if let rate = rates.first(where: { !plausibleGrowth.contains($0) }) {
                findings.warnings.append("inputs.\(key): growth \(InputLimits.number(rate)) (\(InputLimits.number(rate * 100)) % a year) "
                                    + "is outside the plausible range −20 %…+30 % a year; write 0.04 for 4 %")
            }
        }
        if plan.header.currency == "CNY" {
            for carrier in plan.energyPrices.keys.sorted() {
                guard let series = plan.energyPrices[carrier] else { continue }
                let values = series.expand(years: plan.modelYears, baseYear: plan.header.baseYear)
                let place = locator("energyPrices.\(carrier)")
                if let negative = values.first(where: { $0 < 0 || !$0.isFinite }) {
                    findings.problems.append(PlanError(.invalidValue, "an energy price must be a finite number ≥ 0, found \(negative) CNY/GJ", at: place))
                    continue
                }
                if let odd = values.first(where: { !plausiblePriceCNYPerGJ.contains($0) }) {
                    findings.warnings.append("energyPrices.\(carrier): \(InputLimits.number((odd * 100).rounded() / 100)) CNY/GJ is outside the plausible range "
                                        + "\(InputLimits.text(plausiblePriceCNYPerGJ)) CNY/GJ (coal ≈ 30–70, gas ≈ 50–100, oil products ≈ 185–260, "
                                        + "electricity ≈ 83–333, hydrogen ≈ 210–580); check the unit (diesel is priced per L, electricity per kWh)")
                }
            }
        }
    }

    /// A problem for each growth period of an input or an energy price (either basis) whose rate
    /// (value, low or high) is not a finite fraction above −100 % and at most +100 % a year, or
    /// whose range does not hold its value: the loader refuses these at their line, so this
    /// catches a plan edited in code.
    static func checkGrowth(_ plan: Plan, locator: PlanLocator, into findings: inout PlanFindings) {
        var named = plan.inputs.keys.sorted().map { ("inputs.\($0)", plan.inputs[$0]) }
        named += plan.energyPrices.keys.sorted().map { ("energyPrices.\($0)", plan.energyPrices[$0]) }
        named += plan.privateEnergyPrices.keys.sorted().map { ("energyPrices.\($0).private", plan.privateEnergyPrices[$0]) }
        for (name, series) in named {
            guard let series else { continue }
            for (index, period) in series.growth.enumerated() {
                let rate = period.rate
                let place = locator(series.growth.count == 1 ? "\(name).growth" : "\(name).growth[\(index)]")
                let bounds = [rate.value, rate.low, rate.high].compactMap { $0 }
                if let bad = bounds.first(where: { !($0.isFinite && $0 > -1 && $0 <= 1) }) {
                    findings.problems.append(PlanError(.invalidValue,
                                                       "a growth rate must be a finite fraction above -1 (-100 %) and at most 1 (+100 %) a year, found \(bad)",
                                                       at: place))
                } else if let low = rate.low, low > rate.value {
                    findings.problems.append(PlanError(.invalidValue, "low (\(low)) is above value (\(rate.value))", at: place))
                } else if let high = rate.high, high < rate.value {
                    findings.problems.append(PlanError(.invalidValue, "high (\(high)) is below value (\(rate.value))", at: place))
                }
            }
        }
    }

    /// A problem for each input whose growth range would take it outside what it can be: the
    /// series expanded with every ranged rate at its `low` end, then at its `high` end (the
    /// extremes of a positive base), must stay within the spec's possible range
    /// (``InputSpec/possibleRange``: the hard range, a share within 0–1). Members of a share
    /// group are exempt: each draw renormalises their group.
    static func checkGrowthRanges(_ plan: Plan, model: some SectorModel, table: InputTable, locator: PlanLocator,
                                  into findings: inout PlanFindings) {
        var grouped = Set<String>()
        for group in model.shareGroups {
            for pattern in expand(group.pattern, table: table) { grouped.formUnion(table.keys(matching: pattern).map(\.key)) }
        }
        for key in plan.inputs.keys.sorted() where !grouped.contains(key) {
            guard var series = plan.inputs[key], series.growth.contains(where: \.rate.isRanged), let spec = model.spec(for: key) else { continue }
            let central = series.growth
            let possible = spec.possibleRange
            for (end, pick) in [("low", \Estimate.low), ("high", \Estimate.high)] {
                series.growth = central.map { .init(until: $0.until, rate: $0.rate.isRanged ? $0.rate[keyPath: pick] ?? $0.rate.value : $0.rate.value) }
                let values = series.expand(years: plan.modelYears, baseYear: plan.header.baseYear)
                // 1e-9: the tolerance checkValues allows a share.
                guard let offset = values.firstIndex(where: { $0 < possible.lowerBound - 1e-9 || $0 > possible.upperBound + 1e-9 }) else { continue }
                let year = plan.modelYears.lowerBound + offset
                findings.problems.append(PlanError(.invalidValue,
                                                   "with its growth at the \(end) end of its range, \(InputLimits.number(values[offset])) \(spec.unit) in \(year) "
                                                       + "is outside the possible range \(InputLimits.text(possible)) \(spec.unit); narrow the growth range",
                                                   at: locator("inputs.\(key)")))
                break
            }
        }
    }

    /// The problem when the plan describes no activity: every emission, energy use and activity
    /// of the baseline run is 0 in every year (a report would show 0 t and every target met).
    static func checkActivity(_ compiled: CompiledModel, table: InputTable, locator: PlanLocator) -> PlanError? {
        let output = compiled(table)
        let empty = output.gasTonnes.allSatisfy { $0 == 0 } && output.energyGJ.allSatisfy { $0 == 0 }
            && output.activity.allSatisfy { $0 == 0 } && output.sourceActivity.allSatisfy { $0 == 0 }
        guard empty else { return nil }
        return PlanError(.missingKey,
                         "the plan has no activity: every emission, energy use and activity is 0 in every year; "
                             + "give the city's activity inputs (`template` lists them)",
                         at: locator("inputs"))
    }
}
