/// Decoding of a measure's `basis`.
extension YAMLValue {
    /// `project`, or `{per: <quantity id>, change: increase|decrease, source: …, note: …}`.
    /// Whether the quantity exists is checked when the plan is evaluated (the model's layout
    /// is known then).
    func costBasis() throws(PlanError) -> CostBasis {
        if !isMapping {
            let text = try string()
            guard text == "project" else {
                throw error(.invalidValue, "a cost basis is 'project' or {per: <quantity>}, found '\(text)'")
            }
            return .project
        }
        try allowOnly(["per", "change", "source", "note"])
        let quantity = try required("per").string()
        guard !quantity.isEmpty else { throw try required("per").error(.invalidValue, "'per' names a model quantity") }
        let change = try optional("change")?.enumeration(UnitChange.self) ?? .increase
        return .perUnit(quantity: quantity, change: change)
    }
}
