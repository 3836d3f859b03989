/// A sector's embedded data, decoded: its measure catalogue and factor sets.
public struct Catalogue: Sendable, Hashable {
    /// The measures in file order; ids are unique.
    public var measures: [Measure]
    /// The factor sets in file order.
    public var factorSets: [FactorSet]
    /// The factor set used when a plan names none.
    public var defaultFactorSet: String

    /// Decodes the model's embedded `measures.yaml` and `factors.yaml`.
    public init(model: some SectorModel, currency: String = "CNY") throws(PlanError) {
        let unitOf = PlanLoader.unitLookup(model)
        let factorsRoot = try YAMLValue.parse(bytes: model.data.factors, file: "\(model.info.id)/factors.yaml")
        try factorsRoot.allowOnly(["default", "sets", "note", "references"])
        var sets: [FactorSet] = []
        for (id, body) in try factorsRoot.required("sets").entries() {
            try body.allowOnly(["name", "reference", "inputs", "note"])
            var inputs: [String: SeriesSpec] = [:]
            if let inputsNode = try body.optional("inputs") {
                for (key, value) in try inputsNode.entries() {
                    guard let unit = unitOf(key) else { throw value.error(.unknownKey, "unknown input key '\(key)'") }
                    inputs[key] = try value.series(unit: unit, rangedGrowth: true)
                }
            }
            sets.append(FactorSet(id: id, name: try body.required("name").localizedName(),
                                  reference: try body.optional("reference")?.string(), inputs: inputs))
        }
        let defaultValue = try factorsRoot.required("default")
        let defaultSet = try defaultValue.string()
        guard sets.contains(where: { $0.id == defaultSet }) else {
            throw defaultValue.error(.unknownKey, "default factor set '\(defaultSet)' is not among the sets")
        }
        factorSets = sets
        defaultFactorSet = defaultSet

        let measuresRoot = try YAMLValue.parse(bytes: model.data.measures, file: "\(model.info.id)/measures.yaml")
        try measuresRoot.allowOnly(["measures", "note", "references"])
        var measures: [Measure] = []
        var seen = Set<String>()
        for item in try measuresRoot.required("measures").items() {
            let measure = try item.measure(unitOf: unitOf, currency: currency)
            guard seen.insert(measure.id).inserted else {
                throw item.error(.measureReference, "duplicate measure id '\(measure.id)'")
            }
            measures.append(measure)
        }
        self.measures = measures
    }

    /// The factor set with `id`, or nil.
    public func factorSet(_ id: String) -> FactorSet? { factorSets.first { $0.id == id } }
    /// The measure with `id`, or nil.
    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }
}
