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
        let b = base.values
        table.values.withUnsafeMutableBufferPointer { v in
            for offset in offsets {
                let p = penetration[offset]
                guard p > 0 else { continue }
                for op in ops {
                    switch op {
                    case let .scale(key, change):
                        let slot = key * count + offset
                        v[slot] = clamp(v[slot] * (1 + values[change] * p), key)
                    case let .add(key, change):
                        let slot = key * count + offset
                        v[slot] = clamp(v[slot] + values[change] * p, key)
                    case let .grow(key, change):
                        let slot = key * count + offset
                        v[slot] = clamp(v[slot] + values[change] * p * b[slot], key)
                    case let .blend(key, change):
                        let slot = key * count + offset
                        v[slot] = clamp(v[slot] + p * (values[change] - v[slot]), key)
                    case let .shift(from, to, change):
                        let source = from * count + offset, target = to * count + offset
                        let moved = min(b[source] * min(max(values[change] * p, 0), 1), max(v[source], 0))
                        v[source] -= moved
                        v[target] = clamp(v[target] + moved * ratios[change], to)
                    case let .shiftAmount(from, to, change):
                        let source = from * count + offset, target = to * count + offset
                        let moved = min(values[change] * p, max(v[source], 0))
                        v[source] -= moved
                        v[target] = clamp(v[target] + moved * ratios[change], to)
                    }
                }
            }
        }
    }

    /// Puts back, at year offset `offset`, every input the changes write, from `original`
    /// (undoes a trial ``apply(to:base:offsets:)`` without copying the table).
    func restore(_ table: inout InputTable, from original: InputTable, offset: Int) {
        let count = table.yearCount
        for op in ops {
            switch op {
            case let .scale(key, _), let .add(key, _), let .grow(key, _), let .blend(key, _):
                table.values[key * count + offset] = original.values[key * count + offset]
            case let .shift(from, to, _), let .shiftAmount(from, to, _):
                table.values[from * count + offset] = original.values[from * count + offset]
                table.values[to * count + offset] = original.values[to * count + offset]
            }
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

    /// `value` limited to what key `key` may hold (shares to [0, 1], non-negative inputs to ≥ 0).
    private func clamp(_ value: Double, _ key: Int) -> Double {
        switch kinds[key] {
        case .share: min(max(value, 0), 1)
        case .nonNegative: max(value, 0)
        case .any: value
        }
    }
}
