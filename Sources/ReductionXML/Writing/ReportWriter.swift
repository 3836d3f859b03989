public import Foundation

/// Writes official reports: streamed through libxml2's xmlTextWriter, validated against the
/// bundled schema, then renamed into place.
///
/// ```swift
/// let file = try ReportWriter.write(report, to: URL(fileURLWithPath: "out"))
/// ```
///
/// A failure (invalid report, full disk, missing folder) throws ``ReportXMLError`` and
/// leaves no report file behind; a report already at that path stays as it was.
public enum ReportWriter {
    /// Writes `report` into `directory` as `fileName` (default ``defaultFileName(for:)``)
    /// and returns the file's URL.
    @discardableResult
    public static func write(_ report: PlanReport, to directory: URL,
                             fileName: String? = nil) throws(ReportXMLError) -> URL {
        let file = directory.appendingPathComponent(fileName ?? defaultFileName(for: report))
        try write(report, toFile: file)
        return file
    }

    /// Writes `report` to exactly `file`.
    public static func write(_ report: PlanReport, toFile file: URL) throws(ReportXMLError) {
        try write(report, measures: report.measures, toFile: file)
    }

    /// Writes `report` with its measures taken from `measures` instead of `report.measures`,
    /// one at a time: a generator of measures keeps memory flat for very large reports.
    /// `validate: false` skips the schema check (benchmarks only; an official report is
    /// always validated).
    public static func write(_ report: PlanReport, measures: some Sequence<PlanReport.Measure>,
                             toFile file: URL, validate: Bool = true) throws(ReportXMLError) {
        try AtomicWrite.write(toPath: file.path, schema: validate ? BundledSchema.bytes : nil) {
            writer throws(ReportXMLError) in
            try ReportEncoder(writer: writer, significantDigits: report.header.significantDigits)
                .encode(report, measures: measures)
        }
    }

    /// The report as UTF-8 bytes in memory, validated against the bundled schema first.
    public static func bytes(_ report: PlanReport) throws(ReportXMLError) -> [UInt8] {
        let bytes = try unvalidatedBytes(report)
        try SchemaValidator().validate(bytes)
        return bytes
    }

    /// `<sector>-<division code>-<target year>.xml`, e.g. `transport-320100-2030.xml`.
    public static func defaultFileName(for report: PlanReport) -> String {
        let header = report.header
        return "\(header.sector.id)-\(header.jurisdiction.divisionCode)-\(header.targetYear).xml"
    }

    static func unvalidatedBytes(_ report: PlanReport) throws(ReportXMLError) -> [UInt8] {
        let writer = try TextWriter()
        try writer.startDocument()
        try ReportEncoder(writer: writer, significantDigits: report.header.significantDigits)
            .encode(report, measures: report.measures)
        try writer.endDocument()
        return writer.bytes()
    }
}

/// The schema compiled into the module (`Schema/reduction-plan-1.2.xsd`, identical to
/// `Reports/schema/reduction-plan-1.2.xsd`; it accepts every 1.0 and 1.1 document too).
enum BundledSchema {
    static var bytes: [UInt8] { PackageResources.reduction_plan_1_2_xsd }
}
