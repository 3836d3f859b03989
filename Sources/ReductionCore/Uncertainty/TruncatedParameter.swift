import Foundation

/// A drawn parameter whose untruncated distribution puts more than ``reportedAbove`` of its
/// mass outside the values it can take (a normal share below 0 or above 1, a price below 0);
/// its draws follow the distribution truncated to ``low``…``high`` (``UncertaintyResult/truncated``).
public struct TruncatedParameter: Sendable, Hashable, Codable {
    /// The parameter's name, as correlations and sensitivity name it (`inputs.<key>`, …).
    public var parameter: String
    /// Its distribution (triangular when the plan names none).
    public var distribution: Distribution
    /// The lowest value a draw may take; nil when unbounded below.
    public var low: Double?
    /// The highest value a draw may take; nil when unbounded above.
    public var high: Double?
    /// The share of the untruncated distribution outside `low…high`: 0.025 for 2.5 %.
    public var massCut: Double

    /// Truncations that cut more than this share of the mass are reported: 0.001 (0.1 %).
    public static let reportedAbove = 0.001

    /// The summary line, e.g. `inputs.x.share: normal truncated to 0…1, 2.5 % of the
    /// untruncated mass cut` (a one-sided domain reads `≥ 0` or `≤ 1`; the mass has one decimal
    /// from 1 % up, two below).
    public func summary(_ language: Language) -> String {
        let domain = switch (low, high) {
        case let (low?, high?): "\(Self.number(low))…\(Self.number(high))"
        case let (low?, nil): "≥ \(Self.number(low))"
        case let (nil, high?): "≤ \(Self.number(high))"
        case (nil, nil): "any value"
        }
        let percent = massCut * 100
        let mass = String(format: percent >= 1 ? "%.1f %%" : "%.2f %%", percent)
        return language == .simplifiedChinese
            ? "\(parameter)：\(distribution.rawValue) 分布截断至 \(domain)，截去未截断分布 \(mass) 的概率"
            : "\(parameter): \(distribution.rawValue) truncated to \(domain), \(mass) of the untruncated mass cut"
    }

    /// Six significant digits; an end within 1e-300 of 0 (an open bound at 0) reads `0`.
    static func number(_ value: Double) -> String {
        abs(value) < 1e-300 ? "0" : String(format: "%g", value)
    }
}
