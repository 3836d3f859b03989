public import ReductionCore

/// The official report as plain values: everything the XML carries, nothing else.
///
/// Build one from the core's result with ``init(result:uncertainty:generator:created:)``; write it with
/// ``ReportWriter``, read it back with ``ReportReader``. Writing a report, reading it and
/// writing it again gives identical bytes. Sequences keep the order they are given in (the
/// core's stable order) and the writer never reorders them.
public struct PlanReport: Sendable, Hashable {
    /// `schemaVersion` of the document: `1.0`, or `1.1` when it uses 1.1 content.
    public var schemaVersion: String
    /// Who, where, which years and conventions.
    public var header: Header
    /// Base-year inventory by source.
    public var inventory: Inventory
    /// Business-as-usual emissions, base year to horizon.
    public var baseline: ReportSeries
    /// True when re-ordering the measures by interacted cost reached a fixed point.
    public var orderStable: Bool
    /// Every selected measure, in catalogue order (``Measure/order`` gives the pathway order).
    public var measures: [Measure]
    /// The marginal abatement cost curve for the target year.
    public var macc: MACC
    /// Pathway emissions in the target year, tCO2e.
    public var pathway: Pathway
    /// Documents cited by the plan and its measures.
    public var references: [Reference]
    /// Notes for reviewers (missing prices, measures without abatement, …).
    public var warnings: [String]
    /// Memo items, never part of any total (schema 1.1; empty in 1.0 reports).
    public var memos: [Memo]
    /// Activity, emissions per source, pollutants and energy per carrier over the years
    /// (schema 1.1).
    public var breakdown: Breakdown?
    /// The Monte Carlo section, when one was run (schema 1.1).
    public var uncertainty: Uncertainty?
    /// What the costs rest on (schema 1.2); nil in 1.0 and 1.1 reports.
    public var costing: Costing? = nil
    /// The decision rules' record (schema 1.2): alternatives, ordering, MACCs by year, attribution, peak rules.
    public var decisions: Decisions? = nil
    /// Direct and indirect totals, grid-factor path, target boundaries (schema 1.2).
    public var boundaries: Boundaries? = nil
    /// The inputs the report was computed from, when it carries them (schema 1.2).
    public var resolvedInputs: ResolvedInputs? = nil

    /// Creates a report from its parts. `schemaVersion` defaults to the lowest version the
    /// content needs (``requiredSchemaVersion``); the writer never writes a version lower than that.
    public init(schemaVersion: String? = nil, header: Header, inventory: Inventory,
                baseline: ReportSeries, orderStable: Bool = true, measures: [Measure], macc: MACC,
                pathway: Pathway, references: [Reference] = [], warnings: [String] = [],
                memos: [Memo] = [], breakdown: Breakdown? = nil, uncertainty: Uncertainty? = nil) {
        self.schemaVersion = schemaVersion ?? ReportFormat.baseVersion
        self.header = header
        self.inventory = inventory
        self.baseline = baseline
        self.orderStable = orderStable
        self.measures = measures
        self.macc = macc
        self.pathway = pathway
        self.references = references
        self.warnings = warnings
        self.memos = memos
        self.breakdown = breakdown
        self.uncertainty = uncertainty
        if schemaVersion == nil { self.schemaVersion = requiredSchemaVersion }
    }

    /// An identified thing with both names (a sector).
    public struct NamedItem: Sendable, Hashable {
        /// Stable identifier.
        public var id: String
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// Creates an item from its identifier and its English and Chinese names.
        public init(id: String, name: LocalizedName) {
            self.id = id
            self.name = name
        }
    }

    /// A document cited by the plan or a measure; ``id`` is assigned by the report.
    public struct Reference: Sendable, Hashable {
        /// Stable identifier.
        public var id: String
        /// Free text, any language.
        public var citation: String
        /// Creates a reference from its report-assigned id (`ref-1`, …) and its citation text.
        public init(id: String, citation: String) {
            self.id = id
            self.citation = citation
        }
    }
}

/// Constants of the report format this library writes.
public enum ReportFormat {
    /// Namespace of schema major version 1.
    public static let namespace = "urn:reductionplan:report:1"
    /// The newest schema version, written when a report uses 1.2 content; the bundled
    /// schema describes this version.
    public static let version = "1.2"
    /// The version written for reports whose newest content is 1.1 (memos, captured CO2,
    /// breakdown, uncertainty), so that 1.1 tools accept them.
    public static let version11 = "1.1"
    /// The version written for reports without 1.1 content, so that 1.0 tools accept them.
    public static let baseVersion = "1.0"
    /// File name of the newest schema as published in `Reports/schema`; the module embeds an
    /// identical copy (`Schema/reduction-plan-1.2.xsd`), which accepts every 1.0 and 1.1 document.
    public static let schemaFileName = "reduction-plan-1.2.xsd"

    /// The version to write for `report`: its own ``PlanReport/schemaVersion`` unless its
    /// content needs a later minor version.
    static func writtenVersion(for report: PlanReport) -> String {
        let required = report.requiredSchemaVersion
        return minor(of: report.schemaVersion) >= minor(of: required) ? report.schemaVersion : required
    }

    static func minor(of version: String) -> Int {
        version.split(separator: ".").dropFirst().first.flatMap { Int($0) } ?? 0
    }
}

/// A number with its unit symbol, e.g. `1250.0 tCO2e` or `-35.2 CNY/tCO2e`.
public struct ReportQuantity: Sendable, Hashable {
    /// The number.
    public var value: Double
    /// Unit symbol.
    public var unit: String
    /// Creates `value` in `unit` (a unit symbol such as `tCO2e`).
    public init(_ value: Double, _ unit: String) {
        self.value = value
        self.unit = unit
    }
}

/// A catalogue number as the report states it: central value, unit, optional range and
/// distribution, and where it comes from.
public struct ReportEstimate: Sendable, Hashable {
    /// The number.
    public var value: Double
    /// Unit symbol.
    public var unit: String
    /// Low end of the range.
    public var low: Double?
    /// High end of the range.
    public var high: Double?
    /// `triangular`, `uniform`, `normal`, `lognormal`.
    public var distribution: String?
    /// Free text: document, table, page or URL.
    public var source: String?

    /// Creates an estimate: central value in `unit`, optional range and distribution, and its source.
    public init(_ value: Double, _ unit: String, low: Double? = nil, high: Double? = nil,
                distribution: String? = nil, source: String? = nil) {
        self.value = value
        self.unit = unit
        self.low = low
        self.high = high
        self.distribution = distribution
        self.source = source
    }
}

/// A yearly series in one unit; points in ascending year order.
public struct ReportSeries: Sendable, Hashable {
    /// One year's value.
    public struct Point: Sendable, Hashable {
        /// Calendar year.
        public var year: Int
        /// The number.
        public var value: Double
        /// Creates the value for `year`.
        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    /// Unit symbol.
    public var unit: String
    /// Points in ascending year order.
    public var points: [Point]

    /// Creates a series in `unit` from its points (one per year, ascending).
    public init(unit: String, points: [Point]) {
        self.unit = unit
        self.points = points
    }

    /// A series from `firstYear` on, one value per year.
    public init(unit: String, firstYear: Int, values: [Double]) {
        self.unit = unit
        points = values.enumerated().map { Point(year: firstYear + $0.offset, value: $0.element) }
    }

    /// The value in `year`, if the series has one.
    public func value(in year: Int) -> Double? {
        guard let first = points.first?.year, year >= first, year - first < points.count,
              points[year - first].year == year else { return points.first { $0.year == year }?.value }
        return points[year - first].value
    }
}
