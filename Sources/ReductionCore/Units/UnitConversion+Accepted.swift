/// Which unit labels convert to a given one, for error messages, and which mass families
/// may convert to each other.
extension UnitConversion {
    /// True when units of families `a` and `b` convert: the same family, or plain mass
    /// (`t`, `万吨`) and the mass of one gas (`tCO2e`): a planner writing 万吨 for a
    /// CO2e figure means 万吨 CO2e. Different gases never convert (`kgCH4` ≠ `kgN2O`).
    static func sameFamily(_ a: String, _ b: String) -> Bool {
        a == b || (a == "mass" && b.hasPrefix("mass")) || (b == "mass" && a.hasPrefix("mass"))
    }

    /// The labels (canonical and aliases) of `family`, canonical ones first by scale.
    static func labels(of family: String) -> [String] {
        let canonical = simpleUnits.filter { $0.value.family == family }
            .sorted { $0.value.scale != $1.value.scale ? $0.value.scale < $1.value.scale : $0.key < $1.key }.map(\.key)
        let aliased = aliases.filter { simpleUnits[$0.value]?.family == family }.map(\.key).sorted()
        return canonical + aliased
    }

    /// A readable list of the labels that convert to `label`: `GJ, MWh, tce, …` for a simple
    /// unit, `<money> per <energy>` for a compound one; nil when `label` itself is unknown.
    ///
    /// `CNY/L` and `CNY/t` fuel prices are converted with the factor set's density and NCV
    /// (see `PlanLoader`), not here.
    public static func acceptedUnits(for label: String) -> String? {
        guard let (top, bottom) = parts(label.trimmingWhitespace) else { return nil }
        guard let topUnit = simple(top) else { return nil }
        let tops = labels(of: topUnit.family).joined(separator: ", ")
        guard let bottom else { return tops }
        guard let bottomUnit = simple(bottom) else { return nil }
        return "[\(tops)] / [\(labels(of: bottomUnit.family).joined(separator: ", "))]"
    }
}
