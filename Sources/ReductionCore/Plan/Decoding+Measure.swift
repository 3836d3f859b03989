/// Decoding of measures (catalogue entries, plan overrides and custom measures).
extension YAMLValue {
    static let measureKeys: Set<String> = [
        "id", "name", "description", "instrument", "status", "changes", "deployment", "lifetime",
        "capex", "opex", "basis", "excludes", "references", "note", "committed",
    ]

    /// A complete measure. `unitOf` gives the model unit of an input key (nil when unknown),
    /// `currency` the plan's currency for capex and opex.
    func measure(unitOf: (String) -> String?, currency: String) throws(PlanError) -> Measure {
        try allowOnly(Self.measureKeys)
        let id = try required("id").string()
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
            throw try required("id").error(.invalidValue, "a measure id is letters, digits, '-', '_' or '.'")
        }
        var changes: [InputChange] = []
        for item in try required("changes").items() {
            changes.append(try item.inputChange(unitOf: unitOf))
        }
        if changes.isEmpty { throw try required("changes").error(.missingKey, "a measure needs at least one change") }
        var measure = Measure(
            id: id, name: try required("name").localizedName(),
            description: try optional("description")?.localizedName(),
            instrument: try optional("instrument")?.enumeration(Instrument.self) ?? .investment,
            status: try optional("status")?.enumeration(MeasureStatus.self) ?? .candidate,
            changes: changes, deployment: try required("deployment").deployment(),
            lifetime: try required("lifetime").estimate(unit: "year"),
            excludes: try optional("excludes")?.strings() ?? [],
            references: try optional("references")?.strings() ?? [])
        measure.capex = try optional("capex")?.money(currency: currency) ?? Estimate(0)
        measure.opex = try optional("opex")?.money(currency: currency) ?? Estimate(0)
        measure.basis = try optional("basis")?.costBasis() ?? .project
        measure.committed = try optional("committed")?.bool() ?? false
        try checkLifetime(measure.lifetime, at: try required("lifetime"))
        return measure
    }

    /// Applies the keys present in an override mapping to `measure`.
    func override(_ measure: Measure, unitOf: (String) -> String?, currency: String) throws(PlanError) -> Measure {
        try allowOnly(Self.measureKeys.subtracting(["id"]))
        var measure = measure
        if let value = try optional("name") { measure.name = try value.localizedName() }
        if let value = try optional("description") { measure.description = try value.localizedName() }
        if let value = try optional("instrument") { measure.instrument = try value.enumeration(Instrument.self) }
        if let value = try optional("status") { measure.status = try value.enumeration(MeasureStatus.self) }
        if let value = try optional("changes") {
            var changes: [InputChange] = []
            for item in try value.items() { changes.append(try item.inputChange(unitOf: unitOf)) }
            measure.changes = changes
        }
        if let value = try optional("deployment") { measure.deployment = try value.deployment(defaults: measure.deployment) }
        if let value = try optional("lifetime") {
            measure.lifetime = try value.estimate(unit: "year")
            try checkLifetime(measure.lifetime, at: value)
        }
        if let value = try optional("capex") { measure.capex = try value.money(currency: currency) }
        if let value = try optional("opex") { measure.opex = try value.money(currency: currency) }
        if let value = try optional("basis") { measure.basis = try value.costBasis() }
        if let value = try optional("excludes") { measure.excludes = try value.strings() }
        if let value = try optional("references") { measure.references = try value.strings() }
        if let value = try optional("committed") { measure.committed = try value.bool() }
        return measure
    }

    private func checkLifetime(_ lifetime: Estimate, at value: YAMLValue) throws(PlanError) {
        if let message = MeasureRules.lifetimeProblem(lifetime) { throw value.error(.invalidValue, message) }
    }

    /// Money in the plan's currency: a number, or an estimate with `unit` (CNY, 10kCNY, MCNY, 万元, …;
    /// `/yr` and a per-unit tail such as `/vehicle` are allowed).
    func money(currency: String) throws(PlanError) -> Estimate {
        guard isMapping, let unitValue = try optional("unit") else { return try estimate() }
        // `CNY/yr`, `CNY/vehicle`, `CNY/(GJ/yr)/yr`: the currency is what precedes the first '/'
        // (the rest names the year or the cost basis, which the measure's `basis` states).
        let unit = String(try unitValue.string().prefix { $0 != "/" })
        let factor = try UnitConversion.convert(1, from: unit, to: currency, at: unitValue.location)
        var copy = try estimate()
        copy = copy.scaled(by: factor)
        return copy
    }

    func deployment(defaults: Deployment? = nil) throws(PlanError) -> Deployment {
        try allowOnly(["start", "ramp", "max", "end", "source", "note"])
        let start: Int
        if let given = try optional("start") {
            start = try given.year()
        } else if let defaults {
            start = defaults.startYear
        } else {
            start = try required("start").year()
        }
        let ramp = try optional("ramp")?.int() ?? defaults?.rampYears ?? 1
        guard (0...MeasureRules.maximumRampYears).contains(ramp) else { throw try required("ramp").error(.invalidValue, "ramp years must be ≥ 0, found \(ramp)") }
        var maximum = defaults?.maxPenetration ?? Estimate(1)
        if let value = try optional("max") {
            maximum = try value.estimate(unit: "share")
            // Without a unit, a whole number from 2 to 100 is a percent: `max: 100` is 100 %,
            // `max: 60` is 60 %; a fraction above 1 (1.5) stays an error, being ambiguous.
            if try value.writtenUnit() == nil, maximum.value > 1, maximum.value <= 100,
               maximum.value == maximum.value.rounded() {
                maximum = maximum.scaled(by: 0.01)
            }
            if let bound = MeasureRules.outside(0...1, maximum) {
                throw value.error(.invalidValue, "maximum penetration is a share within 0–1 (0.6), a whole percent 2–100 (60), or {value: 60, unit: \"%\"}; found \(bound)")
            }
        }
        let end = try optional("end")?.year() ?? defaults?.endYear
        if let end, end < start { throw try required("end").error(.yearOutOfRange, "end year \(end) is before start \(start)") }
        return Deployment(startYear: start, rampYears: ramp, maxPenetration: maximum, endYear: end)
    }

    /// One change: a single-key mapping naming the kind (`scale`, `shift`, `add`, `blend`, `capture`).
    func inputChange(unitOf: (String) -> String?) throws(PlanError) -> InputChange {
        let entries = try entries()
        guard entries.count == 1, let (kind, body) = entries.first else {
            throw error(.wrongType, "a change is one of {scale: …}, {shift: …}, {add: …}, {blend: …}, {capture: …}")
        }
        func key(_ name: String) throws(PlanError) -> (String, String) {
            let value = try body.required(name)
            let key = try value.string()
            guard let unit = unitOf(key) else {
                throw value.error(.unknownKey, "unknown input key '\(key)'")
            }
            return (key, unit)
        }
        switch kind {
        case "scale":
            try body.allowOnly(["key", "by", "note"])
            let (k, _) = try key("key")
            let by = try body.required("by").estimate(unit: "share")
            guard by.value >= -1, (by.low ?? 0) >= -1 else {
                throw try body.required("by").error(.invalidValue, "a cut cannot exceed 100 % (by ≥ -1)")
            }
            return .scale(key: k, by: by)
        case "shift":
            try body.allowOnly(["from", "to", "fraction", "amount", "ratio", "note"])
            let (from, fromUnit) = try key("from")
            let (to, _) = try key("to")
            guard from != to else { throw try body.required("to").error(.invalidValue, "'from' and 'to' are the same key") }
            let ratio = try body.optional("ratio")?.estimate() ?? Estimate(1)
            if let fractionValue = try body.optional("fraction") {
                let fraction = try fractionValue.estimate(unit: "share")
                for bound in [fraction.value, fraction.low, fraction.high].compactMap({ $0 }) where !(0...1).contains(bound) {
                    throw fractionValue.error(.shareOverflow, "a shifted fraction must be within 0–100 %, found \(bound)")
                }
                return .shift(from: from, to: to, fraction: fraction, ratio: ratio)
            }
            let amount = try body.required("amount").estimate(unit: fromUnit)
            guard amount.value >= 0 else { throw try body.required("amount").error(.invalidValue, "a shifted amount must be ≥ 0") }
            return .shiftAmount(from: from, to: to, amount: amount, ratio: ratio)
        case "add":
            try body.allowOnly(["key", "amount", "note"])
            let (k, unit) = try key("key")
            return .add(key: k, amount: try body.required("amount").estimate(unit: unit))
        case "grow":
            try body.allowOnly(["key", "by", "note"])
            let (k, _) = try key("key")
            let by = try body.required("by").estimate(unit: "share")
            guard by.value >= 0, (by.low ?? 0) >= 0 else {
                throw try body.required("by").error(.invalidValue, "'grow' adds a share of the plan's value (by ≥ 0); use 'scale' to cut")
            }
            return .grow(key: k, by: by)
        case "blend":
            try body.allowOnly(["key", "target", "note"])
            let (k, unit) = try key("key")
            return .blend(key: k, target: try body.required("target").estimate(unit: unit))
        case "capture":
            try body.allowOnly(["source", "gas", "fraction", "note"])
            let fractionValue = try body.required("fraction")
            let fraction = try fractionValue.estimate(unit: "share")
            guard (0...1).contains(fraction.value) else {
                throw fractionValue.error(.shareOverflow, "a captured fraction must be within 0–100 %, found \(fraction.value)")
            }
            return .capture(source: try body.required("source").string(),
                            gas: try body.optional("gas")?.enumeration(Gas.self) ?? .co2, fraction: fraction)
        default:
            throw error(.unknownKey, "unknown change '\(kind)' (expected scale, shift, add, grow, blend or capture)")
        }
    }
}
