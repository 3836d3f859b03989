/// Declares one input a sector model reads: its key, unit, bilingual label and limits.
///
/// Keys are dotted paths a planner can name, e.g. `mode.bus.activity` or
/// `fuel.diesel.ncv`. A key may contain `*` segments (`unit.*.capacity`): the plan then
/// names its own instances (`unit.jinan-1.capacity`), which the model finds with
/// ``InputTable/keys(matching:)``.
public struct InputSpec: Sendable, Hashable {
    /// What values are allowed; checked for every year after expansion and after measures.
    public enum Kind: String, Sendable, Hashable {
        /// Any finite number.
        case any
        /// Finite and ≥ 0 (activities, intensities, factors, prices).
        case nonNegative
        /// A share in [0, 1] (written as `share` or `%` in plan files).
        case share
    }

    /// The dotted key, possibly with `*` segments.
    public var key: String
    /// The unit the model expects; plan values in a convertible unit are converted.
    public var unit: String
    /// The bilingual label shown in templates and reports.
    public var name: LocalizedName
    /// Which values are allowed.
    public var kind: Kind
    /// Used when the plan does not give the key; `nil` makes the key required
    /// (only for keys without `*`).
    public var defaultValue: Double?
    /// Where the default comes from.
    public var source: String?
    /// Hard and plausible ranges (in ``unit``) checked on every plan; see ``InputLimits``.
    public var limits: InputLimits? = nil
    /// For a categorical input: the words a plan may write instead of a number. A plan value
    /// `choices[i]` is stored as `i` (so `boundary.fuel: well-to-wheel` with choices
    /// `["tank-to-wheel", "well-to-wheel"]` is 1); any other word is an error listing them.
    public var choices: [String]? = nil

    /// Declares input `key` in `unit`; `default` makes it optional in plans.
    public init(_ key: String, unit: String, name: LocalizedName, kind: Kind = .nonNegative,
                default defaultValue: Double? = nil, source: String? = nil) {
        self.key = key
        self.unit = unit
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.source = source
    }

    /// True when `candidate` matches this spec's pattern (`*` matches one whole segment).
    public func matches(_ candidate: String) -> Bool {
        InputSpec.match(pattern: key, candidate) != nil
    }

    /// The segments `*` matched, or nil when `candidate` does not match `pattern`.
    public static func match(pattern: String, _ candidate: String) -> [String]? {
        let p = pattern.split(separator: ".", omittingEmptySubsequences: false)
        let c = candidate.split(separator: ".", omittingEmptySubsequences: false)
        guard p.count == c.count else { return nil }
        var captures: [String] = []
        for (a, b) in zip(p, c) {
            if a == "*" {
                guard !b.isEmpty else { return nil }
                captures.append(String(b))
            } else if a != b {
                return nil
            }
        }
        return captures
    }
}

/// A group of share inputs that must add up to at most (or exactly) 100 % in every year,
/// e.g. the fuel mix of a mode: pattern `mode.bus.fuel.*.share`.
public struct ShareGroup: Sendable, Hashable {
    /// A key pattern; every input matching it belongs to the group. A `{}` segment is
    /// replaced by each instance found, making one group per instance
    /// (`mode.{}.fuel.*.share` is one group per mode).
    public var pattern: String
    /// When true the shares must add up to 1 (± 1e-6) — or all be 0, a group the plan does
    /// not use; otherwise to at most 1.
    public var mustSumToOne: Bool

    /// A share group over `pattern`; see ``mustSumToOne``.
    public init(_ pattern: String, mustSumToOne: Bool = false) {
        self.pattern = pattern
        self.mustSumToOne = mustSumToOne
    }
}
