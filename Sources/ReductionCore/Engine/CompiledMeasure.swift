/// A measure bound to one input table: key indices resolved, penetration per model year.
struct CompiledMeasure: Sendable {
    enum Op: Sendable {
        case scale(key: Int, by: Double)
        case shift(from: Int, to: Int, fraction: Double, ratio: Double)
        case shiftAmount(from: Int, to: Int, amount: Double, ratio: Double)
        case add(key: Int, amount: Double)
        case blend(key: Int, target: Double)
    }

    struct Capture: Sendable {
        var sources: [Int]
        var gas: Gas
        var fraction: Double
    }

    let id: String
    var ops: [Op]
    /// For each op, the index of the change it came from (to refresh drawn values).
    var opChanges: [Int]
    var captures: [Capture]
    /// For each capture, the index of the change it came from.
    var captureChanges: [Int]
    /// ramp(t) per model-year offset (without the maximum penetration).
    let ramp: [Double]
    /// p(t) per model-year offset.
    var penetration: [Double]
    /// Key kinds, for clamping after each op.
    let kinds: [InputSpec.Kind]

    init(_ measure: Measure, table: InputTable, layout: OutputLayout, kinds: [InputSpec.Kind]) throws(PlanError) {
        id = measure.id
        self.kinds = kinds
        ramp = table.years.map { measure.deployment.ramp($0) }
        penetration = ramp.map { $0 * measure.deployment.maxPenetration.value }
        ops = []
        opChanges = []
        captures = []
        captureChanges = []
        func indices(_ key: String) throws(PlanError) -> [Int] {
            let found = key.contains("*") ? table.keys(matching: key).compactMap { table.index(of: $0.key) }
                : table.index(of: key).map { [$0] } ?? []
            guard !found.isEmpty else {
                throw PlanError(.unknownKey, "measure '\(measure.id)' changes '\(key)', which the plan does not have",
                                at: SourceLocation(keyPath: "measures[\(measure.id)]"))
            }
            return found
        }
        for (changeIndex, change) in measure.changes.enumerated() {
            let opCount = ops.count
            defer { opChanges += Array(repeating: changeIndex, count: ops.count - opCount) }
            switch change {
            case let .scale(key, by):
                for index in try indices(key) { ops.append(.scale(key: index, by: by.value)) }
            case let .add(key, amount):
                for index in try indices(key) { ops.append(.add(key: index, amount: amount.value)) }
            case let .blend(key, target):
                for index in try indices(key) { ops.append(.blend(key: index, target: target.value)) }
            case let .shift(from, to, fraction, ratio):
                ops.append(.shift(from: try indices(from)[0], to: try indices(to)[0], fraction: fraction.value, ratio: ratio.value))
            case let .shiftAmount(from, to, amount, ratio):
                ops.append(.shiftAmount(from: try indices(from)[0], to: try indices(to)[0], amount: amount.value, ratio: ratio.value))
            case let .capture(pattern, gas, fraction):
                let sources = layout.sources.indices.filter { InputSpec.match(pattern: pattern, layout.sources[$0].id) != nil }
                guard !sources.isEmpty else {
                    throw PlanError(.unknownKey, "measure '\(measure.id)' captures from '\(pattern)', which matches no source",
                                    at: SourceLocation(keyPath: "measures[\(measure.id)]"))
                }
                captures.append(Capture(sources: sources, gas: gas, fraction: fraction.value))
                captureChanges.append(changeIndex)
            }
        }
    }

    /// Takes the numbers of `measure` (same structure, e.g. drawn values) without resolving keys again.
    mutating func refresh(from measure: Measure) {
        let maximum = measure.deployment.maxPenetration.value
        for offset in penetration.indices { penetration[offset] = ramp[offset] * maximum }
        for index in ops.indices {
            let change = measure.changes[opChanges[index]]
            let value = change.primary.value, ratio = change.ratio.value
            switch ops[index] {
            case let .scale(key, _): ops[index] = .scale(key: key, by: value)
            case let .add(key, _): ops[index] = .add(key: key, amount: value)
            case let .blend(key, _): ops[index] = .blend(key: key, target: value)
            case let .shift(from, to, _, _): ops[index] = .shift(from: from, to: to, fraction: value, ratio: ratio)
            case let .shiftAmount(from, to, _, _): ops[index] = .shiftAmount(from: from, to: to, amount: value, ratio: ratio)
            }
        }
        for index in captures.indices { captures[index].fraction = measure.changes[captureChanges[index]].primary.value }
    }

    /// Applies the input changes to `table`, year by year, scaled by p(t).
    func apply(to table: inout InputTable) {
        let count = table.years.count
        for offset in 0..<count {
            let p = penetration[offset]
            guard p > 0 else { continue }
            for op in ops {
                switch op {
                case let .scale(key, by):
                    table[key, offset: offset] *= 1 + by * p
                    clamp(&table, key, offset)
                case let .add(key, amount):
                    table[key, offset: offset] += amount * p
                    clamp(&table, key, offset)
                case let .blend(key, target):
                    let current = table[key, offset: offset]
                    table[key, offset: offset] = current + p * (target - current)
                    clamp(&table, key, offset)
                case let .shift(from, to, fraction, ratio):
                    let moved = table[from, offset: offset] * min(max(fraction * p, 0), 1)
                    table[from, offset: offset] -= moved
                    table[to, offset: offset] += moved * ratio
                    clamp(&table, to, offset)
                case let .shiftAmount(from, to, amount, ratio):
                    let moved = min(amount * p, max(table[from, offset: offset], 0))
                    table[from, offset: offset] -= moved
                    table[to, offset: offset] += moved * ratio
                    clamp(&table, to, offset)
                }
            }
        }
    }

    /// Removes captured emissions from a model output.
    func applyCaptures(to output: inout ModelOutput) {
        for capture in captures {
            for source in capture.sources {
                output.capture(source: source, gas: capture.gas, fraction: capture.fraction) { penetration[$0] }
            }
        }
    }

    private func clamp(_ table: inout InputTable, _ key: Int, _ offset: Int) {
        switch kinds[key] {
        case .share: table[key, offset: offset] = min(max(table[key, offset: offset], 0), 1)
        case .nonNegative: table[key, offset: offset] = max(table[key, offset: offset], 0)
        case .any: break
        }
    }
}
