/// The official report as plain values: everything the XML carries, nothing else.
///
/// Built from the core's `PlanResult` with ``PlanReport/init(result:…)`` or by hand; written by
/// ``ReportWriter``, read back by ``ReportReader``. Writing a report, reading it and writing
/// it again gives identical bytes. Sequences keep the order they are given in (the core's
/// stable order), and the writer never reorders them.
public struct PlanReport: Sendable, Hashable {
    /// `schemaVersion` of the document (`1.0` for everything this library writes).
    public var schemaVersion: String
    public var header: Header
    /// Base-year inventory by source.
    public var inventory: Inventory
    /// Business-as-usual emissions, tCO2e by year.
    public var baseline: YearSeries
    /// Every measure, in the order they were applied (interacted cost order).
    public var measures: [Measure]
    /// The marginal abatement cost curve for the target year.
    public var macc: MACC
    public var pathway: Pathway
    public var references: [Reference]

    /// Creates a report.
    public init(schemaVersion: String = ReportFormat.version, header: Header, inventory: Inventory,
                baseline: YearSeries, measures: [Measure], macc: MACC, pathway: Pathway,
                references: [Reference]) {
        self.schemaVersion = schemaVersion
        self.header = header
        self.inventory = inventory
        self.baseline = baseline
        self.measures = measures
        self.macc = macc
        self.pathway = pathway
        self.references = references
    }
}

/// Constants of the report format this library writes.
public enum ReportFormat {
    /// Namespace of schema major version 1.
    public static let namespace = "urn:reductionplan:report:1"
    /// The schema version written.
    public static let version = "1.0"
    /// File name of the bundled schema.
    public static let schemaFileName = "reduction-plan-1.0.xsd"
}

/// A name in English and in Simplified Chinese (`xml:lang="en"` and `"zh-Hans"`).
public struct LocalizedName: Sendable, Hashable {
    public var english: String
    public var chinese: String
    public init(english: String, chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    /// The name in `language`.
    public func text(in language: ReportLanguage) -> String {
        language == .chinese ? chinese : english
    }
}

/// Output language of labels (charts, summaries).
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case chinese = "zh-Hans"
}

/// A number with its unit symbol, e.g. `1250.0 tCO2e` or `-35.2 CNY/tCO2e`.
public struct Quantity: Sendable, Hashable {
    public var value: Double
    public var unit: String
    public init(_ value: Double, _ unit: String) {
        self.value = value
        self.unit = unit
    }
}

/// A yearly series in one unit; points in ascending year order.
public struct YearSeries: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var year: Int
        public var value: Double
        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    public var unit: String
    public var points: [Point]

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
    public func value(in year: Int) -> Double? { points.first { $0.year == year }?.value }
}

/// An identified thing with both names (a sector, a GWP set).
public struct NamedItem: Sendable, Hashable {
    public var id: String
    public var name: LocalizedName
    public init(id: String, name: LocalizedName) {
        self.id = id
        self.name = name
    }
}

/// A source cited by parameters and measures.
public struct Reference: Sendable, Hashable {
    public var id: String
    /// Free text, any language.
    public var citation: String
    public var url: String?
    public init(id: String, citation: String, url: String? = nil) {
        self.id = id
        self.citation = citation
        self.url = url
    }
}
