/// Reads a plan file (YAML) for a sector model into a validated ``Plan``.
///
/// The plan's inputs are laid over the chosen factor set, which is laid over the model's
/// defaults. Every key, unit, year, share and measure reference is checked; the first
/// problem is thrown as a ``PlanError`` naming the file, line and key path.
public enum PlanLoader {
    static let topKeys: Set<String> = ["plan", "inputs", "energyPrices", "measures", "targets", "references", "notes", "decisions", "uncertainty"]
    static let headerKeys: Set<String> = [
        "sector", "title", "jurisdiction", "authority", "preparer", "baseYear", "targetYear", "horizon",
        "gwp", "currency", "priceYear", "discountRates", "factorSet", "gdp", "referenceCarbonPrice",
    ]

    /// Loads the model's embedded example plan.
    public static func loadExample(for model: some SectorModel) throws(PlanError) -> Plan {
        try load(bytes: model.data.example, file: "<embedded \(model.info.id) example>", model: model)
    }

    /// Loads a plan from UTF-8 bytes; `file` names it in error messages.
    public static func load(bytes: [UInt8], file: String?, model: some SectorModel) throws(PlanError) -> Plan {
        let root = try YAMLValue.parse(bytes: bytes, file: file)
        let sources = PlanSources(plan: bytes, planName: file ?? "plan.yaml",
                                  catalogue: model.data.measures, factors: model.data.factors)
        var plan = try load(root: root, model: model, digest: sources.combinedSHA256)
        plan.sources = sources
        return plan
    }

    /// Loads a plan from text.
    public static func load(text: String, file: String?, model: some SectorModel) throws(PlanError) -> Plan {
        try load(bytes: Array(text.utf8), file: file, model: model)
    }

    /// A lookup from input key to the model's unit for it (nil when the key is unknown).
    static func unitLookup(_ model: some SectorModel) -> @Sendable (String) -> String? {
        let specs = model.inputSpecs
        return { key in
            if let spec = specs.first(where: { $0.key == key }) ?? specs.first(where: { $0.matches(key) }) {
                return spec.unit
            }
            // A pattern (`mode.*.intensity`) takes the unit of a spec it overlaps segment by segment.
            guard key.contains("*") else { return nil }
            let parts = key.split(separator: ".", omittingEmptySubsequences: false)
            return specs.first { spec in
                let specParts = spec.key.split(separator: ".", omittingEmptySubsequences: false)
                return specParts.count == parts.count
                    && zip(specParts, parts).allSatisfy { $0 == $1 || $0 == "*" || $1 == "*" }
            }?.unit
        }
    }

    static func load(root: YAMLValue, model: some SectorModel, digest: String) throws(PlanError) -> Plan {
        try root.allowOnly(topKeys)
        var header = try decodeHeader(try root.required("plan"), model: model)
        let catalogue = try Catalogue(model: model, currency: header.currency)
        if header.factorSet.isEmpty { header.factorSet = catalogue.defaultFactorSet }
        let unitOf = unitLookup(model)

        // Inputs: model defaults < factor set < plan.
        guard let factorSet = catalogue.factorSet(header.factorSet) else {
            let known = catalogue.factorSets.map(\.id).joined(separator: ", ")
            throw try root.required("plan").required("factorSet")
                .error(.unknownKey, "unknown factor set '\(header.factorSet)' (expected one of: \(known))")
        }
        var inputs: [String: SeriesSpec] = [:]
        var units: [String: String] = [:]
        for spec in model.inputSpecs where !spec.key.contains("*") {
            units[spec.key] = spec.unit
            if let value = spec.defaultValue { inputs[spec.key] = .constant(value, source: spec.source) }
        }
        for (key, series) in factorSet.inputs {
            inputs[key] = series
            units[key] = unitOf(key)
        }
        var inputNodes: [String: YAMLValue] = [:]
        if let inputsNode = try root.optional("inputs") {
            for (key, value) in try inputsNode.entries() {
                guard let unit = unitOf(key) else {
                    let renamed = Coupling.formerKeys[key].map { " (now spelled '\($0)')" } ?? ""
                    throw value.error(.unknownKey, "unknown input key '\(key)' for the \(model.info.id) sector\(renamed)")
                }
                if let choices = model.spec(for: key)?.choices, let index = try value.choice(of: choices, key: key) {
                    inputs[key] = .constant(Double(index))
                } else {
                    inputs[key] = try value.series(unit: unit, rangedGrowth: true)
                }
                units[key] = unit
                inputNodes[key] = value
            }
        }
        for spec in model.inputSpecs where !spec.key.contains("*") && inputs[spec.key] == nil {
            throw (try root.optional("inputs") ?? root).error(.missingKey, "missing required input '\(spec.key)' (\(spec.name.english), \(spec.unit))")
        }
        let measures = try decodeMeasures(root, catalogue: catalogue, unitOf: unitOf, currency: header.currency)
        // Concrete keys that measures touch exist in the table (0 unless given).
        for measure in measures {
            for change in measure.changes {
                for key in change.keys where !key.contains("*") && inputs[key] == nil {
                    inputs[key] = .constant(0)
                    units[key] = unitOf(key)
                }
            }
        }

        var firstYear = header.baseYear
        for (key, series) in inputs {
            if let year = series.firstExplicitYear, year < firstYear {
                guard header.baseYear - year <= 100 else {
                    throw (inputNodes[key] ?? root).error(.yearOutOfRange, "year \(year) is more than 100 years before the base year")
                }
                firstYear = year
            }
            if let last = series.points.last?.year, last > header.horizon {
                throw (inputNodes[key] ?? root).error(.yearOutOfRange, "year \(last) is after the horizon \(header.horizon)")
            }
        }
        var plan = Plan(header: header, modelYears: firstYear...header.horizon, inputs: inputs, inputUnits: units,
                        measures: measures, targets: try decodeTargets(root, header: header),
                        energyPrices: try decodePrices(root, currency: header.currency, inputs: inputs, units: units,
                                                       baseYear: header.baseYear),
                        gdp: try root.required("plan").optional("gdp")?.series(unit: "CNY"),
                        gdpUnit: header.currency,
                        references: try root.optional("references")?.strings() ?? [])
        plan.inputDigest = digest
        plan.rules = try decodeDecisionRules(root, header: header)
        plan.privateEnergyPrices = try decodePrices(root, currency: header.currency, basis: .private, inputs: inputs,
                                                    units: units, baseYear: header.baseYear)
        plan.correlations = try decodeCorrelations(root)
        plan.warnings = try PlanValidator.validate(plan, model: model, inputNodes: inputNodes, root: root)
        return plan
    }

    static func decodeHeader(_ node: YAMLValue, model: some SectorModel) throws(PlanError) -> PlanHeader {
        try node.allowOnly(headerKeys)
        let sectorNode = try node.required("sector")
        let sector = try sectorNode.string()
        guard sector == model.info.id else {
            throw sectorNode.error(.invalidValue, "this plan is for sector '\(sector)', but this tool plans '\(model.info.id)'")
        }
        let jurisdictionNode = try node.required("jurisdiction")
        try jurisdictionNode.allowOnly(["name", "code"])
        let codeNode = try jurisdictionNode.required("code")
        let code = try codeNode.string()
        guard code.count == 6, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber) else {
            throw codeNode.error(.invalidValue, "an administrative division code has 6 digits (GB/T 2260), found '\(code)'")
        }
        var header = PlanHeader(
            sector: sector, title: try node.required("title").localizedName(),
            jurisdiction: Jurisdiction(name: try jurisdictionNode.required("name").localizedName(), code: code),
            authority: try node.required("authority").localizedName(),
            preparer: try node.optional("preparer")?.localizedName(),
            baseYear: try node.required("baseYear").int(), targetYear: try node.required("targetYear").year(),
            horizon: try node.required("horizon").year(),
            gwp: try node.optional("gwp")?.enumeration(GWPSet.self) ?? .ar5,
            currency: try node.optional("currency")?.currencyCode() ?? "CNY",
            priceYear: try node.optional("priceYear")?.year() ?? 0,
            factorSet: try node.optional("factorSet")?.string() ?? "")
        if header.priceYear == 0 { header.priceYear = header.baseYear }
        guard YAMLValue.years.contains(header.baseYear) else {
            throw try node.required("baseYear").error(.yearOutOfRange, "base year \(header.baseYear) is not plausible")
        }
        guard header.targetYear > header.baseYear else {
            throw try node.required("targetYear").error(.yearOutOfRange, "target year \(header.targetYear) must be after the base year \(header.baseYear)")
        }
        guard header.horizon >= header.targetYear, header.horizon - header.baseYear <= 100 else {
            throw try node.required("horizon").error(.yearOutOfRange, "horizon \(header.horizon) must be between the target year and base year + 100")
        }
        if let price = try node.optional("referenceCarbonPrice") {
            let estimate = try price.estimate(unit: "\(header.currency)/tCO2e")
            header.referenceCarbonPrice = estimate.value
            if estimate.isRanged { header.referenceCarbonPriceRange = estimate }
        }
        if let rates = try node.optional("discountRates") {
            try rates.allowOnly(["social", "private"])
            for (key, value) in try rates.entries() {
                let estimate = try value.estimate(unit: "share")
                for rate in [estimate.value, estimate.low, estimate.high].compactMap({ $0 }) {
                    guard rate > -0.5, rate < 1 else { throw value.error(.invalidValue, "a discount rate must be between -50 % and 100 %, found \(rate)") }
                }
                let range = estimate.isRanged ? estimate : nil
                if key == "social" {
                    header.socialDiscountRate = estimate.value
                    header.socialDiscountRateRange = range
                } else {
                    header.privateDiscountRate = estimate.value
                    header.privateDiscountRateRange = range
                }
            }
        }
        return header
    }

    static func decodeMeasures(_ root: YAMLValue, catalogue: Catalogue, unitOf: (String) -> String?,
                               currency: String) throws(PlanError) -> [Measure] {
        guard let node = try root.optional("measures") else {
            try checkExcludes(catalogue.measures, known: Set(catalogue.measures.map(\.id)), at: root)
            return catalogue.measures
        }
        try node.allowOnly(["use", "exclude", "overrides", "custom"])
        var selected = catalogue.measures
        if let use = try node.optional("use") {
            let ids = try use.strings()
            if ids != ["all"] {
                selected = []
                for id in ids {
                    guard let measure = catalogue.measure(id) else {
                        throw use.error(.measureReference, "unknown measure id '\(id)'")
                    }
                    selected.append(measure)
                }
            }
        }
        if let exclude = try node.optional("exclude") {
            for id in try exclude.strings() {
                guard catalogue.measure(id) != nil else { throw exclude.error(.measureReference, "unknown measure id '\(id)'") }
                selected.removeAll { $0.id == id }
            }
        }
        if let overrides = try node.optional("overrides") {
            for (id, body) in try overrides.entries() {
                guard let index = selected.firstIndex(where: { $0.id == id }) else {
                    throw body.error(.measureReference, "override for unknown or unselected measure id '\(id)'")
                }
                selected[index] = try body.override(selected[index], unitOf: unitOf, currency: currency)
            }
        }
        if let custom = try node.optional("custom") {
            let items = try custom.items()
            guard items.count <= PlanLimits.maxMeasures else {
                throw custom.error(.invalidValue, "\(items.count) custom measures; the limit is \(PlanLimits.maxMeasures)")
            }
            for item in items {
                let measure = try item.measure(unitOf: unitOf, currency: currency)
                guard !selected.contains(where: { $0.id == measure.id }), catalogue.measure(measure.id) == nil else {
                    throw item.error(.measureReference, "duplicate measure id '\(measure.id)'")
                }
                selected.append(measure)
            }
        }
        try checkExcludes(selected, known: Set(catalogue.measures.map(\.id)).union(selected.map(\.id)), at: node)
        guard selected.count <= PlanLimits.maxMeasures else {
            throw node.error(.invalidValue, "\(selected.count) measures; the limit is \(PlanLimits.maxMeasures)")
        }
        return selected
    }

    static func checkExcludes(_ selected: [Measure], known: Set<String>, at node: YAMLValue) throws(PlanError) {
        for measure in selected {
            for excluded in measure.excludes {
                guard excluded != measure.id else {
                    throw node.error(.measureReference, "measure '\(measure.id)' excludes itself")
                }
                guard known.contains(excluded) else {
                    throw node.error(.measureReference, "measure '\(measure.id)' excludes unknown measure id '\(excluded)'")
                }
            }
        }
    }

    static func decodeTargets(_ root: YAMLValue, header: PlanHeader) throws(PlanError) -> [Target] {
        guard let node = try root.optional("targets") else { return [] }
        var targets: [Target] = []
        for item in try node.items() {
            try item.allowOnly(["id", "name", "year", "boundary", "absoluteCap", "belowBaseYear", "intensityPerGDP", "intensityPerActivity"])
            let yearNode = try item.required("year")
            let year = try yearNode.year()
            guard header.reportYears.contains(year), year > header.baseYear else {
                throw yearNode.error(.yearOutOfRange, "target year \(year) is outside \(header.baseYear + 1)–\(header.horizon)")
            }
            let kinds = try item.entries().filter { ["absoluteCap", "belowBaseYear", "intensityPerGDP", "intensityPerActivity"].contains($0.key) }
            guard kinds.count == 1, let (name, value) = kinds.first else {
                throw item.error(.wrongType, "a target has exactly one of absoluteCap, belowBaseYear, intensityPerGDP, intensityPerActivity")
            }
            let kind: Target.Kind
            if name == "absoluteCap" {
                let cap = try value.estimate(unit: "tCO2e").value
                guard cap >= 0 else { throw value.error(.invalidValue, "a cap must be ≥ 0 tCO2e") }
                kind = .absoluteCap(cap)
            } else {
                let share = try value.estimate(unit: "share").value
                guard (0...1).contains(share) else {
                    throw value.error(.shareOverflow, "a cut below the base year must be within 0–100 %, found \(share)")
                }
                kind = name == "belowBaseYear" ? .belowBaseYear(share)
                    : name == "intensityPerGDP" ? .intensityPerGDP(share) : .intensityPerActivity(share)
            }
            let id = try item.optional("id")?.identifier() ?? "target-\(targets.count + 1)"
            targets.append(Target(id: id, name: try item.optional("name")?.localizedName(), year: year, kind: kind,
                                  boundary: try decodeBoundary(item)))
        }
        return targets
    }

    /// The energy prices of one basis. A plain series is the social price (and the private one
    /// unless a `private` series is given); `{social: …, private: …}` gives both. Prices per
    /// litre, tonne or m³ are converted to currency/GJ with the plan's NCV and density inputs.
    static func decodePrices(_ root: YAMLValue, currency: String, basis: PriceBasis = .social,
                             inputs: [String: SeriesSpec] = [:], units: [String: String] = [:],
                             baseYear: Int = 0) throws(PlanError) -> [String: SeriesSpec] {
        guard let node = try root.optional("energyPrices") else { return [:] }
        var prices: [String: SeriesSpec] = [:]
        func price(_ value: YAMLValue, _ carrier: String) throws(PlanError) -> SeriesSpec {
            try decodePrice(value, carrier: carrier, currency: currency, inputs: inputs, units: units, baseYear: baseYear)
        }
        for (carrier, value) in try node.entries() {
            var split = false
            if value.isMapping {
                let social = try value.optional("social"), privatePrice = try value.optional("private")
                split = social != nil || privatePrice != nil
            }
            if split {
                try value.allowOnly(["social", "private", "note"])
                if let series = try value.optional(basis.rawValue) { prices[carrier] = try price(series, carrier) }
                else if basis == .social { _ = try value.required("social") }
            } else if basis == .social {
                prices[carrier] = try price(value, carrier)
            }
        }
        return prices
    }
}
