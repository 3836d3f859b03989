/// A number of the plan that has a range and is drawn in the Monte Carlo analysis.
enum UncertainParameter: Sendable, Hashable {
    /// An input's base value; the whole series is scaled by drawn / central.
    case input(key: Int, estimate: Estimate)
    /// A change's main number (`by`, `fraction`, `amount`, `target`, captured fraction).
    case change(measure: Int, change: Int, estimate: Estimate)
    /// A shift's arrival ratio.
    case ratio(measure: Int, change: Int, estimate: Estimate)
    case penetration(measure: Int, estimate: Estimate)
    case lifetime(measure: Int, estimate: Estimate)
    case capex(measure: Int, estimate: Estimate)
    case opex(measure: Int, estimate: Estimate)

    /// The same parameter with its estimate's source text dropped, so that worker threads
    /// never share string storage (and its reference count) in the hot loop.
    var withoutText: UncertainParameter {
        func bare(_ e: Estimate) -> Estimate { Estimate(e.value, low: e.low, high: e.high, distribution: e.distribution) }
        switch self {
        case let .input(key, e): return .input(key: key, estimate: bare(e))
        case let .change(m, c, e): return .change(measure: m, change: c, estimate: bare(e))
        case let .ratio(m, c, e): return .ratio(measure: m, change: c, estimate: bare(e))
        case let .penetration(m, e): return .penetration(measure: m, estimate: bare(e))
        case let .lifetime(m, e): return .lifetime(measure: m, estimate: bare(e))
        case let .capex(m, e): return .capex(measure: m, estimate: bare(e))
        case let .opex(m, e): return .opex(measure: m, estimate: bare(e))
        }
    }

    var estimate: Estimate {
        switch self {
        case let .input(_, e), let .change(_, _, e), let .ratio(_, _, e), let .penetration(_, e),
             let .lifetime(_, e), let .capex(_, e), let .opex(_, e): e
        }
    }

    /// What kind of number this is: `input`, `change`, `ratio`, `penetration`, `lifetime`,
    /// `capex` or `opex` (counted by kind in the summary and the XML).
    var kind: String {
        switch self {
        case .input: "input"
        case .change: "change"
        case .ratio: "ratio"
        case .penetration: "penetration"
        case .lifetime: "lifetime"
        case .capex: "capex"
        case .opex: "opex"
        }
    }

    /// The parameter's name, as correlations and sensitivity results name it:
    /// `inputs.<key>`, `measures.<id>.changes[<i>]`, `measures.<id>.changes[<i>].ratio`,
    /// `measures.<id>.deployment.max`, `measures.<id>.lifetime`, `.capex`, `.opex`.
    func name(in plan: Plan, table: InputTable) -> String {
        switch self {
        case let .input(key, _): "inputs.\(table.keys[key])"
        case let .change(m, c, _): "measures.\(plan.measures[m].id).changes[\(c)]"
        case let .ratio(m, c, _): "measures.\(plan.measures[m].id).changes[\(c)].ratio"
        case let .penetration(m, _): "measures.\(plan.measures[m].id).deployment.max"
        case let .lifetime(m, _): "measures.\(plan.measures[m].id).lifetime"
        case let .capex(m, _): "measures.\(plan.measures[m].id).capex"
        case let .opex(m, _): "measures.\(plan.measures[m].id).opex"
        }
    }

    /// Every ranged number of `plan`, in a fixed order: inputs by key, then measures in plan order.
    static func all(in plan: Plan, table: InputTable) -> [UncertainParameter] {
        var parameters: [UncertainParameter] = []
        for (index, key) in table.keys.enumerated() {
            if let base = plan.inputs[key]?.base, base.isRanged { parameters.append(.input(key: index, estimate: base)) }
        }
        for (m, measure) in plan.measures.enumerated() {
            for (c, change) in measure.changes.enumerated() {
                if change.primary.isRanged { parameters.append(.change(measure: m, change: c, estimate: change.primary)) }
                if change.ratio.isRanged { parameters.append(.ratio(measure: m, change: c, estimate: change.ratio)) }
            }
            if measure.deployment.maxPenetration.isRanged {
                parameters.append(.penetration(measure: m, estimate: measure.deployment.maxPenetration))
            }
            if measure.lifetime.isRanged { parameters.append(.lifetime(measure: m, estimate: measure.lifetime)) }
            if measure.capex.isRanged { parameters.append(.capex(measure: m, estimate: measure.capex)) }
            if measure.opex.isRanged { parameters.append(.opex(measure: m, estimate: measure.opex)) }
        }
        return parameters
    }

    /// Writes a drawn `value` into the worker's inputs, compiled measures or cost numbers,
    /// clamped to what the number may be.
    func apply(_ value: Double, to worker: inout Worker) {
        switch self {
        case let .input(key, estimate):
            let count = worker.table.yearCount
            let start = key * count
            worker.table.values.withUnsafeMutableBufferPointer { values in
                worker.baseValues.withUnsafeBufferPointer { central in
                    if estimate.value != 0 {
                        let ratio = value / estimate.value
                        for offset in 0..<count { values[start + offset] = central[start + offset] * ratio }
                    } else {
                        for offset in 0..<count { values[start + offset] = central[start + offset] + value }
                    }
                }
            }
        case let .change(m, c, _):
            worker.compiled[m].values[c] = value
        case let .ratio(m, c, _):
            worker.compiled[m].ratios[c] = max(value, 0)
        case let .penetration(m, _):
            worker.compiled[m].setMaxPenetration(min(max(value, 0), 1))
        case let .lifetime(m, _):
            worker.lifetime[m] = max(value, 0.5)
        case let .capex(m, _):
            worker.capex[m] = value
        case let .opex(m, _):
            worker.opex[m] = value
        }
    }
}
