/// Which side of a sector's boundary a source's emissions fall on.
///
/// - ``direct``: emitted inside the jurisdiction by the sector's own combustion, processes
///   and waste (territorial, scope 1);
/// - ``indirect``: emitted elsewhere to produce the electricity and heat the sector buys
///   (scope 2), or, for the power sector's consumption view, the net imports.
///
/// The two are kept apart in every result: a total always says which boundary it is.
public enum EmissionScope: String, Sendable, Hashable, CaseIterable {
    /// Territorial emissions of the sector (scope 1).
    case direct
    /// Emissions of purchased electricity and heat (scope 2).
    case indirect
}

/// The boundary a total or a target refers to.
public enum ReportingBoundary: String, Sendable, Hashable, CaseIterable {
    /// Direct (territorial, scope 1) emissions only.
    case direct
    /// Indirect emissions only (purchased electricity and heat, scope 2).
    case indirect
    /// Direct plus indirect emissions.
    case total

    /// Whether sources of `scope` count in this boundary.
    public func includes(_ scope: EmissionScope) -> Bool {
        switch self {
        case .direct: scope == .direct
        case .indirect: scope == .indirect
        case .total: true
        }
    }

    /// A short label for table rows.
    public var shortLabel: LocalizedName {
        switch self {
        case .direct: LocalizedName("direct (scope 1)", "直接（范围一）")
        case .indirect: LocalizedName("indirect (scope 2)", "间接（范围二）")
        case .total: LocalizedName("total (scope 1 + 2)", "合计（范围一+二）")
        }
    }

    /// A label for reports, e.g. "direct (territorial, scope 1)".
    public var label: LocalizedName {
        switch self {
        case .direct: LocalizedName("direct (territorial, scope 1)", "直接排放（属地，范围一）")
        case .indirect: LocalizedName("indirect (purchased electricity and heat, scope 2)", "间接排放（外购电力与热力，范围二）")
        case .total: LocalizedName("direct + indirect (scope 1 + 2)", "直接+间接排放（范围一+二）")
        }
    }
}

/// Coded as its raw value (`direct`, `indirect`).
extension EmissionScope: Codable {}
/// Coded as its raw value (`direct`, `indirect`, `total`).
extension ReportingBoundary: Codable {}
