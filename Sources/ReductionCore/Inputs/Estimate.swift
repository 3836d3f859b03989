/// A probability distribution for a ranged parameter (used by uncertainty analysis).
public enum Distribution: String, Sendable, Hashable, CaseIterable, Codable {
    /// Triangular on (low, central, high): the default.
    case triangular
    /// Uniform on [low, high].
    case uniform
    /// Normal with mean = central and (low, high) as the 2.5 % and 97.5 % points, truncated to
    /// the values the number can take (a share to 0…1, a price to ≥ 0).
    case normal
    /// Lognormal with median = central and (low, high) as the 2.5 % and 97.5 % points,
    /// truncated like ``normal``.
    case lognormal
}

/// A number with an optional low/high range and the source it comes from.
///
/// Every default in a catalogue is an `Estimate`, so a reviewer can trace it and the
/// uncertainty engine can draw it.
public struct Estimate: Sendable, Hashable {
    /// The central value.
    public var value: Double
    /// Lower end of the range, in the same unit as `value`; nil when unranged.
    public var low: Double?
    /// Upper end of the range, in the same unit as `value`; nil when unranged.
    public var high: Double?
    /// How uncertainty analysis draws the value; nil means triangular.
    public var distribution: Distribution?
    /// Document, table, page or URL; `assumption — …` when there is none.
    public var source: String?

    /// Creates an estimate with central `value` and an optional range, distribution and source.
    public init(_ value: Double, low: Double? = nil, high: Double? = nil,
                distribution: Distribution? = nil, source: String? = nil) {
        self.value = value
        self.low = low
        self.high = high
        self.distribution = distribution
        self.source = source
    }

    /// True when a range with positive width is given.
    public var isRanged: Bool {
        guard let low, let high else { return false }
        return high > low
    }

    /// The same estimate with every number multiplied by `factor` (for unit conversion).
    public func scaled(by factor: Double) -> Estimate {
        Estimate(value * factor, low: low.map { $0 * factor }, high: high.map { $0 * factor },
                 distribution: distribution, source: source)
    }
}

/// Synthesized coding: `value`, and `low`, `high`, `distribution`, `source` when set.
extension Estimate: Codable {}
