/// The input changes of a list of measures at one year offset, flattened into plain arrays, so a
/// scoring loop applies and undoes a measure without copying it (a ``CompiledMeasure`` copy
/// retains its seven arrays). The arithmetic is ``CompiledMeasure/perform(_:value:ratio:penetration:on:base:yearCount:offset:kinds:)``,
/// the same as ``CompiledMeasure/apply(to:base:offsets:)`` at that offset.
///
/// The ops are fixed when it is made; the numbers (each change's value and ratio, each
/// measure's penetration at the offset) are read again from the measures by ``refresh(from:)``,
/// once per Monte Carlo draw.
struct YearChanges: Sendable {
    let offset: Int
    /// Every measure's ops, concatenated; measure m's are `start[m]..<start[m + 1]`.
    private let ops: [CompiledMeasure.Op]
    private let start: [Int]
    /// Per op: its change's main number and arrival ratio.
    private var value: [Double], ratio: [Double]
    /// Per measure: p at ``offset``.
    private(set) var penetration: [Double]
    /// Key kinds, for clamping (the same for every measure of one table).
    private let kinds: [InputSpec.Kind]

    init(_ measures: [CompiledMeasure], offset: Int) {
        self.offset = offset
        var ops: [CompiledMeasure.Op] = [], start = [0]
        for measure in measures {
            ops += measure.ops
            start.append(ops.count)
        }
        self.ops = ops
        self.start = start
        value = Array(repeating: 0, count: ops.count)
        ratio = value
        penetration = Array(repeating: 0, count: measures.count)
        kinds = measures.first?.kinds.map { $0 } ?? []  // without measures nothing is clamped
        refresh(from: measures)
    }

    /// Reads the measures' current numbers (after a draw wrote them).
    mutating func refresh(from measures: [CompiledMeasure]) {
        // Read in place: binding `measures[m]` to a name would retain its seven arrays.
        for m in measures.indices {
            penetration[m] = measures[m].penetration[offset]
            for index in start[m]..<start[m + 1] {
                let change = ops[index].change
                value[index] = measures[m].values[change]
                ratio[index] = measures[m].ratios[change]
            }
        }
    }

    /// Applies measure `m`'s changes to `table` at ``offset``.
    func apply(_ m: Int, to table: inout InputTable, base: InputTable) {
        let p = penetration[m]
        guard p > 0 else { return }
        let count = table.yearCount, t = offset
        base.values.withUnsafeBufferPointer { b in
            kinds.withUnsafeBufferPointer { kinds in
                table.values.withUnsafeMutableBufferPointer { v in
                    for index in start[m]..<start[m + 1] {
                        CompiledMeasure.perform(ops[index], value: value[index], ratio: ratio[index], penetration: p,
                                                on: v, base: b, yearCount: count, offset: t, kinds: kinds)
                    }
                }
            }
        }
    }

    /// Puts back, at ``offset``, every input measure `m`'s changes write, from `original`.
    func restore(_ m: Int, _ table: inout InputTable, from original: InputTable) {
        let count = table.yearCount, t = offset
        original.values.withUnsafeBufferPointer { o in
            table.values.withUnsafeMutableBufferPointer { v in
                for index in start[m]..<start[m + 1] {
                    CompiledMeasure.restore(ops[index], on: v, from: o, yearCount: count, offset: t)
                }
            }
        }
    }
}
