/// Independent parts of a compiled model, declared by the model so the ordering can tell which
/// candidates a chosen measure cannot have changed.
///
/// A model declares components when its sources fall into groups (transport modes, the synthetic
/// benchmark's sources) such that, for every component `k`:
/// - the output rows of a source of `k` (its gases, pollutants and activity) depend only on the
///   input rows of `k` and on shared input rows (rows no component owns, e.g. a grid factor);
/// - every row the sources share (energy per carrier, the activity metric, memo items,
///   quantities) is a sum of one contribution per component, and the contribution of `k`
///   depends only on the input rows of `k` and the shared input rows.
///
/// Then a measure that changes only input rows of components `A` (and captures only from
/// sources of `A`) leaves the interacted abatement and cost of a measure acting on disjoint
/// components `B` mathematically unchanged, and the ordering re-scores only the candidates whose
/// components it touched (`Ordering/TargetYearOrdering.swift`). Rounding still differs in the
/// last bits between prefixes, so the ordering re-scores any candidate whose kept score is
/// within a generous error bound of the best before it decides: the order and every number are
/// those of scoring every candidate at every step. A shared row whose contributions cancel each
/// other by more than a factor of 2¹⁶ breaks that bound: such a model must not declare components.
public struct ModelComponents: Sendable, Hashable {
    /// Number of components (at most 64; more are ignored as if none were declared).
    public var count: Int
    /// For each input row (``InputTable`` key index): the component owning it, or −1 for a shared row.
    public var inputComponent: [Int]
    /// For each output source (``OutputLayout/sources`` index): its component.
    public var sourceComponent: [Int]

    /// Declares `count` components. `inputComponent` has one entry per input row (−1: shared),
    /// `sourceComponent` one per source; every entry other than −1 is in `0..<count`.
    public init(count: Int, inputComponent: [Int], sourceComponent: [Int]) {
        self.count = count
        self.inputComponent = inputComponent
        self.sourceComponent = sourceComponent
    }

    /// The components a measure touches as a bit set (bit k: component k), or nil when it
    /// touches a shared row or the declaration cannot say (then it touches everything).
    func footprint(of measure: CompiledMeasure, unitsFromLevel: Bool) -> UInt64? {
        guard count <= 64, !unitsFromLevel else { return nil }
        var bits: UInt64 = 0
        func add(_ component: Int) -> Bool {
            guard component >= 0, component < count else { return false }
            bits |= 1 << UInt64(component)
            return true
        }
        for row in measure.writtenRows {
            guard row < inputComponent.count, add(inputComponent[row]) else { return nil }
        }
        for source in measure.capturedSources {
            guard source < sourceComponent.count, add(sourceComponent[source]) else { return nil }
        }
        return bits
    }
}
