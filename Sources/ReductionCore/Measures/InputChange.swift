/// A typed change a measure makes to the sector model's inputs (or, for `capture`, to its
/// emissions), scaled in each year by the measure's penetration `p(t)`.
///
/// Keys may contain `*` segments in `scale`, `add`, `grow` and `blend` (the change then applies to
/// every matching input); `shift` names two concrete keys. After a change, share inputs are
/// clamped to [0, 1] and non-negative inputs to ≥ 0.
public enum InputChange: Sendable, Hashable {
    /// `x ← x × (1 + by × p)`: reduce (by < 0) or raise an activity, intensity or factor.
    /// `by = −0.2` cuts 20 % at full penetration.
    case scale(key: String, by: Estimate)
    /// Moves `fraction × p` of `from` to `to`, multiplied by `ratio` on arrival
    /// (e.g. passenger-km by car to bus: ratio 1). Shifts activity or shares between sources.
    /// The fraction is of `from`'s value in the plan's inputs (before any measure), capped at
    /// what `from` still holds, so two shifts out of the same input commute.
    case shift(from: String, to: String, fraction: Estimate, ratio: Estimate)
    /// Moves the absolute `amount × p` (capped at what `from` has) from `from` to `to`,
    /// e.g. 5 share points of car trips to bus: `amount: 0.05`.
    case shiftAmount(from: String, to: String, amount: Estimate, ratio: Estimate)
    /// `x ← x + amount × p`: new capacity, new renewable output.
    case add(key: String, amount: Estimate)
    /// `x ← x + by × p × x₀`, x₀ the key's value in the plan's inputs (before any measure):
    /// new capacity as a share of the city's own, e.g. `by: 0.5` adds half the plan's solar
    /// fleet. Unlike ``scale(key:by:)`` it does not compound with other measures that change
    /// the same key, and unlike ``add(key:amount:)`` it follows the city's size.
    case grow(key: String, by: Estimate)
    /// `x ← x + p × (target − x)`: move towards a level, e.g. 310 → 285 gce/kWh, a fuel
    /// switch expressed as a share target, a gas collection rate.
    case blend(key: String, target: Estimate)
    /// Removes `fraction × p` of `gas` from sources matching `source` after the model run
    /// (capture and storage, flaring, destruction). The removed tonnes are reported as captured.
    case capture(source: String, gas: Gas, fraction: Estimate)

    /// The input keys (or patterns) the change reads and writes.
    public var keys: [String] {
        switch self {
        case let .scale(key, _), let .add(key, _), let .grow(key, _), let .blend(key, _): [key]
        case let .shift(from, to, _, _), let .shiftAmount(from, to, _, _): [from, to]
        case .capture: []
        }
    }

    /// The change's main number: `by`, `fraction`, `amount`, `target` or the captured fraction.
    public var primary: Estimate {
        get {
            switch self {
            case let .scale(_, value), let .add(_, value), let .grow(_, value), let .blend(_, value),
                 let .shift(_, _, value, _), let .shiftAmount(_, _, value, _), let .capture(_, _, value): value
            }
        }
        set {
            switch self {
            case let .scale(key, _): self = .scale(key: key, by: newValue)
            case let .add(key, _): self = .add(key: key, amount: newValue)
            case let .grow(key, _): self = .grow(key: key, by: newValue)
            case let .blend(key, _): self = .blend(key: key, target: newValue)
            case let .shift(from, to, _, ratio): self = .shift(from: from, to: to, fraction: newValue, ratio: ratio)
            case let .shiftAmount(from, to, _, ratio): self = .shiftAmount(from: from, to: to, amount: newValue, ratio: ratio)
            case let .capture(source, gas, _): self = .capture(source: source, gas: gas, fraction: newValue)
            }
        }
    }

    /// The arrival ratio of a shift (1 for other changes).
    public var ratio: Estimate {
        get {
            switch self {
            case let .shift(_, _, _, ratio), let .shiftAmount(_, _, _, ratio): ratio
            default: Estimate(1)
            }
        }
        set {
            switch self {
            case let .shift(from, to, fraction, _): self = .shift(from: from, to: to, fraction: fraction, ratio: newValue)
            case let .shiftAmount(from, to, amount, _): self = .shiftAmount(from: from, to: to, amount: amount, ratio: newValue)
            default: break
            }
        }
    }
}

/// Synthesized coding: the case name as key, its labelled values inside (`{"scale": {"key": …, "by": {…}}}`).
extension InputChange: Codable {}
