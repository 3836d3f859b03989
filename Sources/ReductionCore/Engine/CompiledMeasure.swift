/// A measure bound to one input table: key indices resolved once, its numbers held in flat
/// arrays so a Monte Carlo draw can replace them without touching the ``Measure``.
struct CompiledMeasure: Sendable {
    /// One input change on resolved key indices; `change` indexes ``values`` / ``ratios``.
    enum Op: Sendable {
        case scale(key: Int, change: Int)
        case shift(from: Int, to: Int, change: Int)
        case shiftAmount(from: Int, to: Int, change: Int)
        case add(key: Int, change: Int)
        case grow(key: Int, change: Int)
        case blend(key: Int, change: Int)
    }

    struct Capture: Sendable {
        var sources: [Int]
        var gas: Gas
        var change: Int
    }

    let id: String
    private(set) var ops: [Op]
    private(set) var captures: [Capture]
    /// The main number of each change (`by`, `fraction`, `amount`, `target`, captured fraction).
    var values: [Double]
    /// The arrival ratio of each change (1 except for shifts).
    var ratios: [Double]
    /// ramp(t) per model-year offset (without the maximum penetration).
    private(set) var ramp: [Double]
    /// p(t) = ramp(t) × maximum penetration, per model-year offset.
    private(set) var penetration: [Double]
    /// Key kinds, for clamping after each op.
    private(set) var kinds: [InputSpec.Kind]

    init(_ measure: Measure, table: InputTable, layout: OutputLayout, kinds: [InputSpec.Kind]) throws(PlanError) {
        id = measure.id
        self.kinds = kinds
        ramp = table.years.map { measure.deployment.ramp($0) }
        penetration = ramp.map { $0 * measure.deployment.maxPenetration.value }
        values = measure.changes.map(\.primary.value)
        ratios = measure.changes.map(\.ratio.value)
        var ops: [Op] = []
        var captures: [Capture] = []
        func indices(_ key: String) throws(PlanError) -> [Int] {
            if key.contains("*") {
                return table.keys(matching: key).compactMap { table.index(of: $0.key) }  // none: the change is skipped
            }
            let found = table.index(of: key).map { [$0] } ?? []
            guard !found.isEmpty else {
                throw PlanError(.unknownKey, "measure '\(measure.id)' changes '\(key)', which the plan does not have",
                                at: SourceLocation(keyPath: "measures[\(measure.id)]"))
            }
            return found
        }
        for (change, kind) in measure.changes.enumerated() {
            switch kind {
            case let .scale(key, _):
                for index in try indices(key) { ops.append(.scale(key: index, change: change)) }
            case let .add(key, _):
                for index in try indices(key) { ops.append(.add(key: index, change: change)) }
            case let .grow(key, _):
                for index in try indices(key) { ops.append(.grow(key: index, change: change)) }
            case let .blend(key, _):
                for index in try indices(key) { ops.append(.blend(key: index, change: change)) }
            case let .shift(from, to, _, _):
                if let source = try indices(from).first, let target = try indices(to).first {
                    ops.append(.shift(from: source, to: target, change: change))
                }
            case let .shiftAmount(from, to, _, _):
                if let source = try indices(from).first, let target = try indices(to).first {
                    ops.append(.shiftAmount(from: source, to: target, change: change))
                }
            case let .capture(pattern, gas, _):
                let sources = layout.sources.indices.filter { InputSpec.match(pattern: pattern, layout.sources[$0].id) != nil }
                guard !sources.isEmpty || pattern.contains("*") else {
                    throw PlanError(.unknownKey, "measure '\(measure.id)' captures from '\(pattern)', which matches no source",
                                    at: SourceLocation(keyPath: "measures[\(measure.id)]"))
                }
                captures.append(Capture(sources: sources, gas: gas, change: change))
            }
        }
        self.ops = ops
        self.captures = captures
    }

    /// A copy whose arrays share no storage with `self` (each worker thread gets its own, so
    /// threads never contend on the arrays' reference counts).
    func detached() -> CompiledMeasure {
        var copy = self
        copy.ops = ops.map { $0 }
        copy.captures = captures.map { Capture(sources: $0.sources.map { $0 }, gas: $0.gas, change: $0.change) }
        copy.values = values.map { $0 }
        copy.ratios = ratios.map { $0 }
        copy.ramp = ramp.map { $0 }
        copy.penetration = penetration.map { $0 }
        copy.kinds = kinds.map { $0 }
        return copy
    }

    /// Sets the maximum penetration (recomputes p(t)).
    mutating func setMaxPenetration(_ maximum: Double) {
        for offset in penetration.indices { penetration[offset] = ramp[offset] * maximum }
    }

    /// Applies the input changes to `table`, year by year, scaled by p(t). `base` is the table
    /// before any measure (the plan's inputs): a `shift` by fraction moves `fraction × p` of the
    /// *base* value of `from` (capped at what `from` still holds), so shifts out of the same input
    /// add up and commute: their order does not change the pathway unless the cap binds.
    func apply(to table: inout InputTable, base: InputTable) {
        apply(to: &table, base: base, offsets: 0..<table.yearCount)
    }

    /// ``apply(to:base:)`` at the year offsets `offsets` only (each year's change reads that
    /// year alone, so the other years are left as they were).
    func apply(to table: inout InputTable, base: InputTable, offsets: Range<Int>) {
        let count = table.yearCount
        base.values.withUnsafeBufferPointer { b in
            kinds.withUnsafeBufferPointer { kinds in
                table.values.withUnsafeMutableBufferPointer { v in
                    for offset in offsets {
                        let p = penetration[offset]
                        guard p > 0 else { continue }
                        for op in ops {
                            let change = op.change
                            Self.perform(op, value: values[change], ratio: ratios[change], penetration: p,
                                         on: v, base: b, yearCount: count, offset: offset, kinds: kinds)
                        }
                    }
                }
            }
        }
    }

    /// One change at one year offset with penetration `p`: the one formula of every kind of
    /// change, used by ``apply(to:base:offsets:)`` and by ``YearChanges``. `value` is the change's
    /// main number, `ratio` its arrival ratio; `v` the table being changed, `b` the base table.
    @inline(__always)
    static func perform(_ op: Op, value: Double, ratio: Double, penetration p: Double,
                        on v: UnsafeMutableBufferPointer<Double>, base b: UnsafeBufferPointer<Double>,
                        yearCount count: Int, offset: Int, kinds: UnsafeBufferPointer<InputSpec.Kind>) {
        switch op {
        case let .scale(key, _):
            let slot = key * count + offset
            v[slot] = clamp(v[slot] * (1 + value * p), kinds[key])
        case let .add(key, _):
            let slot = key * count + offset
            v[slot] = clamp(v[slot] + value * p, kinds[key])
        case let .grow(key, _):
            let slot = key * count + offset
            v[slot] = clamp(v[slot] + value * p * b[slot], kinds[key])
        case let .blend(key, _):
            let slot = key * count + offset
            v[slot] = clamp(v[slot] + p * (value - v[slot]), kinds[key])
        case let .shift(from, to, _):
            let source = from * count + offset, target = to * count + offset
            let moved = min(b[source] * min(max(value * p, 0), 1), max(v[source], 0))
            v[source] -= moved
            v[target] = clamp(v[target] + moved * ratio, kinds[to])
        case let .shiftAmount(from, to, _):
            let source = from * count + offset, target = to * count + offset
            let moved = min(value * p, max(v[source], 0))
            v[source] -= moved
            v[target] = clamp(v[target] + moved * ratio, kinds[to])
        }
    }

    /// Puts back, at year offset `offset`, every input the changes write, from `original`
    /// (undoes a trial ``apply(to:base:offsets:)`` without copying the table).
    func restore(_ table: inout InputTable, from original: InputTable, offset: Int) {
        let count = table.yearCount
        original.values.withUnsafeBufferPointer { o in
            table.values.withUnsafeMutableBufferPointer { v in
                for op in ops { Self.restore(op, on: v, from: o, yearCount: count, offset: offset) }
            }
        }
    }

    /// Puts back the inputs one change writes at one year offset (a shift writes two).
    @inline(__always)
    static func restore(_ op: Op, on v: UnsafeMutableBufferPointer<Double>, from o: UnsafeBufferPointer<Double>,
                        yearCount count: Int, offset: Int) {
        switch op {
        case let .scale(key, _), let .add(key, _), let .grow(key, _), let .blend(key, _):
            v[key * count + offset] = o[key * count + offset]
        case let .shift(from, to, _), let .shiftAmount(from, to, _):
            v[from * count + offset] = o[from * count + offset]
            v[to * count + offset] = o[to * count + offset]
        }
    }

    /// The input rows the changes write (a shift writes its source and its target).
    var writtenRows: [Int] {
        ops.flatMap { op -> [Int] in
            switch op {
            case let .scale(key, _), let .add(key, _), let .grow(key, _), let .blend(key, _): [key]
            case let .shift(from, to, _), let .shiftAmount(from, to, _): [from, to]
            }
        }
    }

    /// The output sources the captures remove emissions from.
    var capturedSources: [Int] { captures.flatMap(\.sources) }

    /// Removes captured emissions from a model output.
    func applyCaptures(to output: inout ModelOutput) {
        for capture in captures {
            for source in capture.sources {
                output.capture(source: source, gas: capture.gas, fraction: values[capture.change]) { penetration[$0] }
            }
        }
    }

    /// `value` limited to what a key of `kind` may hold (shares to [0, 1], non-negative inputs to ≥ 0).
    @inline(__always)
    static func clamp(_ value: Double, _ kind: InputSpec.Kind) -> Double {
        switch kind {
        case .share: min(max(value, 0), 1)
        case .nonNegative: max(value, 0)
        case .any: value
        }
    }
}

extension CompiledMeasure.Op {
    /// The index of the change (in ``CompiledMeasure/values``) this op belongs to.
    var change: Int {
        switch self {
        case let .scale(_, change), let .shift(_, _, change), let .shiftAmount(_, _, change), let .add(_, change),
             let .grow(_, change), let .blend(_, change): change
        }
    }
}
