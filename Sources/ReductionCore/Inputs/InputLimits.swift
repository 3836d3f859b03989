/// The sanity limits of one input, in the spec's unit: a hard range outside which a value
/// is an error, and a plausible range outside which it is a warning.
///
/// ```
/// value ∉ hard       → PlanError .invalidValue at file:line:inputs.<key>  (exit 65)
/// value ∉ plausible  → warning in the summary and the report's <warnings>
/// ```
/// The hard range is what the quantity can physically be (a share in 0–1, an NCV of a
/// fossil fuel below 60 GJ/t, a grid factor below 2 tCO2/MWh); the plausible range is what
/// a city's statistics usually show, so a value outside it is most often a unit slip
/// (g/kWh typed as t/MWh, `4` meant as 4 %). Both ranges are inclusive.
public struct InputLimits: Sendable, Hashable {
    /// Values outside this range are errors.
    public var hard: ClosedRange<Double>
    /// Values outside this range are warnings.
    public var plausible: ClosedRange<Double>
    /// Where the ranges come from (document, table) or `assumption — why`.
    public var source: String

    /// Limits with `hard` ⊇ `plausible`; `source` says where both come from.
    public init(hard: ClosedRange<Double>, plausible: ClosedRange<Double>, source: String) {
        self.hard = hard
        self.plausible = plausible
        self.source = source
    }

    /// The plausible range as text, `low–high`, e.g. `2–100` (for templates and listings).
    public var plausibleText: String { Self.text(plausible) }

    /// `low–high` with shortest number text, for messages.
    static func text(_ range: ClosedRange<Double>) -> String {
        "\(number(range.lowerBound))–\(number(range.upperBound))"
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

extension InputSpec {
    /// What a value of this input can possibly be: its hard range (``InputLimits/hard``),
    /// narrowed to 0–1 for a share and to ≥ 0 for a non-negative input (the validator's checks).
    /// The validator checks growth ranges against it and the Monte Carlo analysis keeps draws inside it.
    var possibleRange: ClosedRange<Double> {
        var possible = limits?.hard ?? -Double.infinity...Double.infinity
        switch kind {
        case .share: possible = possible.clamped(to: 0...1)
        case .nonNegative: possible = possible.clamped(to: 0...Double.infinity)
        case .any: break
        }
        return possible
    }

    /// This spec with `limits` set.
    public func limited(_ limits: InputLimits) -> InputSpec {
        var copy = self
        copy.limits = limits
        return copy
    }
}

/// A rule that gives limits to every spec whose key matches `pattern` (`*` matches one
/// segment) — one table per sector instead of a range repeated on each spec.
public struct InputLimitRule: Sendable, Hashable {
    /// A key pattern, matched against the spec's own key (which may contain `*`).
    public var pattern: String
    /// The limits given to matching specs.
    public var limits: InputLimits

    /// A rule for keys matching `pattern`.
    public init(_ pattern: String, hard: ClosedRange<Double>, plausible: ClosedRange<Double>, source: String) {
        self.pattern = pattern
        limits = InputLimits(hard: hard, plausible: plausible, source: source)
    }

    /// Gives each spec without limits those of the first rule whose pattern matches its key,
    /// and a share spec without a rule ``shareLimits``
    /// (a spec key `mode.*.load` matches the pattern `mode.*.load`; a concrete key
    /// `mode.bus.load` matches `mode.*.load` too).
    public static func apply(_ rules: [InputLimitRule], to specs: [InputSpec]) -> [InputSpec] {
        specs.map { spec in
            guard spec.limits == nil else { return spec }
            let rule = rules.first { rule in
                rule.pattern == spec.key || InputSpec.match(pattern: rule.pattern, spec.key) != nil
            }
            if let rule { return spec.limited(rule.limits) }
            return spec.kind == .share ? spec.limited(shareLimits) : spec
        }
    }

    /// The limits of a share without a rule of its own: 0–1 both hard and plausible.
    public static let shareLimits = InputLimits(hard: 0...1, plausible: 0...1,
                                                source: "definition: a share is within 0–100 %")
}
