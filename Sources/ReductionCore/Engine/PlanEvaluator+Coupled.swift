/// Runs with some inputs replaced, for a caller that couples several sectors (the city roll-up):
/// the coupled quantities (grid factor, electricity demand) are set on the base inputs before the
/// measures apply, so a measure's change acts on the coupled value exactly as on a plan's own.
extension PlanEvaluator {
    /// The plan's measure ids in plan order (the indices ``run(applying:overriding:)`` takes).
    public var measureIDs: [String] { plan.measures.map(\.id) }

    /// The plan's inputs expanded to model years, before any measure.
    public var baseInputs: InputTable { baseTable }

    /// The GWP factors the plan's totals use (one per ``Gas``).
    public var gwpFactors: [Double] { gwp }

    /// One model run: the base inputs with the rows named in `overrides` replaced (one value per
    /// model year; a key the plan does not hold, or a series of the wrong length, is ignored and
    /// returned in `ignored`), then the measures at `applied` (indices into the plan's measures,
    /// in that order), then their captures.
    public func run(applying applied: [Int], overriding overrides: [String: [Double]]) -> (output: ModelOutput, ignored: [String]) {
        var base = baseTable
        var ignored: [String] = []
        for (key, values) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let row = base.index(of: key), values.count == base.yearCount else {
                ignored.append(key)
                continue
            }
            for offset in 0..<base.yearCount { base.values[row * base.yearCount + offset] = values[offset] }
        }
        var table = base
        for index in applied where measures.indices.contains(index) { measures[index].apply(to: &table, base: base) }
        var output = model(table)
        for index in applied where measures.indices.contains(index) { measures[index].applyCaptures(to: &output) }
        return (output, ignored)
    }
}
