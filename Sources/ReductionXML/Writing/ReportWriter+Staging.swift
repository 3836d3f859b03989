package import Foundation
package import ReductionSystem
package import ReductionCore

extension ReportWriter {
    /// Writes and validates `report` into a temporary file beside `file` without putting it in
    /// place: commit it with the rest of its output set through ``AtomicFiles/commit(_:)``.
    package static func stage(_ report: PlanReport, toFile file: URL) throws(ReportXMLError) -> StagedFile {
        try AtomicWrite.stage(toPath: file.path, schema: BundledSchema.bytes) { writer throws(ReportXMLError) in
            try ReportEncoder(writer: writer).encode(report, measures: report.measures)
        }
    }
}

extension Charts {
    /// Writes a chart into a temporary file beside `file` without putting it in place (see
    /// ``ReportWriter/stage(_:toFile:)``).
    package static func stage(_ kind: Kind, of report: PlanReport, language: Language,
                              size: Size = Size(), toFile file: URL) throws(ReportXMLError) -> StagedFile {
        let svg = try self.svg(kind, of: report, language: language, size: size)
        do { return try AtomicFiles.stage(Array(svg.utf8), to: file.path) } catch {
            throw ReportXMLError(system: error, file: file.path)
        }
    }
}
