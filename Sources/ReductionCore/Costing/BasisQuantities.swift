extension Costing {
    /// The named quantities a sector model computes for the sector's example plan, which
    /// measures' `basis: {per: …}` may name (``ModelQuantity``: id, bilingual meaning, unit).
    /// Besides these, every model offers `energy`, `energy.<carrier>` (GJ/yr), `activity`,
    /// `source.<source id>` and `memo.<memo id>`. Compiles the example plan; no model run.
    public static func basisQuantities(of model: some SectorModel) throws(PlanError) -> [ModelQuantity] {
        let plan = try PlanLoader.loadExample(for: model)
        return try model.compile(plan.inputTable()).layout.quantities
    }
}
