internal import PlanCLI
internal import ReductionCore
internal import ReductionPlanKit
internal import ReductionSystem
internal import ReductionXML
import Foundation

/// Writes one city's output set beside `REPORT.xml` (stem `REPORT`):
///
/// - `REPORT.xml`: the city report (`city-plan-1.1.xsd`);
/// - `REPORT-wedge<lang>.svg` and `REPORT-macc<lang>.svg`: BAU → pathway by sector wedges and the
///   city MACC over every sector's measures (`<lang>` empty for English, `.zh-Hans` for Chinese);
/// - `REPORT.<sector>.xml`: each sector's own report, as that sector's tool writes it for the
///   plan file the city names (`reduction-plan-1.2.xsd`, uncoupled, so the sector tool's own
///   `verify` recomputes it); the city report names each file and the SHA-256 of its inputs.
///
/// Every file is written and validated under a temporary name first; only when all are staged
/// are they renamed into place (``AtomicFiles/commit(_:)``), so a failure leaves the previous set.
enum CityOutput {
    /// The stem of a report path: `out/city.xml` → (`out`, `city`).
    static func split(_ reportPath: String) -> (folder: String, stem: String) {
        let url = URL(fileURLWithPath: reportPath)
        let name = url.lastPathComponent
        let stem = name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
        let folder = reportPath.contains("/") ? url.deletingLastPathComponent().path : "."
        return (folder, stem.isEmpty ? "city-report" : stem)
    }

    /// The file name of `sector`'s own report beside the city report `stem`.
    static func sectorFile(stem: String, sector: String) -> String { "\(stem).\(sector).xml" }

    /// The chart file names for `stem` in `language`.
    static func chartFiles(stem: String, language: Language) -> [(kind: Charts.Kind, name: String)] {
        let suffix = language == .english ? "" : ".\(language.rawValue)"
        return [(.wedge, "\(stem)-wedge\(suffix).svg"), (.macc, "\(stem)-macc\(suffix).svg")]
    }

    /// Writes the set; returns the paths written, the city report first.
    static func write(_ plan: CityPlan, _ result: CityResult, reportPath: String,
                      language: Language) throws(CityToolError) -> [String] {
        let (folder, stem) = split(reportPath)
        let created: ReportTimestamp
        do throws(ReportXMLError) { created = try ReportTimestamp.validated() } catch { throw .badInput(error.message) }
        do throws(SystemError) {
            try Syscalls.createFolders(folder)
            _ = try AtomicFiles.recover(folder: folder)
        } catch {
            throw .cannotWrite("\(folder): cannot use the output folder: \(error)")
        }
        // The sectors' own reports, evaluated as their tools evaluate them (attribution included).
        var sectorReports: [(file: String, report: PlanReport)] = []
        for sector in plan.model.sectors {
            let run: PlanRun
            do throws(PlanError) { run = try PlanRun.evaluate(sector.result.plan, model: sector.model) } catch {
                throw .badInput("the \(sector.id) plan: \(error.description)")
            }
            sectorReports.append((sectorFile(stem: stem, sector: sector.id), ReportOutput.report(for: run, created: created)))
        }
        let files = Dictionary(zip(plan.model.sectors.map(\.id), sectorReports.map(\.file)), uniquingKeysWith: { first, _ in first })
        let report = plan.report(result, sectorFiles: files)
        var staged: [StagedFile] = []
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        do {
            let bytes = try CityReportXML.encode(report)
            do throws(ReportXMLError) { try CityReportXML.validate(bytes) } catch {
                throw CityToolError.internalError("the city report does not conform to its schema: \(error.message)"
                                                  + error.diagnostics.prefix(10).map { "\n  line \($0.line): \($0.message)" }.joined())
            }
            staged.append(try stage(bytes, to: path("\(stem).xml")))
            for chart in chartFiles(stem: stem, language: language) {
                let svg = try Charts.svg(chart.kind, of: report, language: language)
                staged.append(try stage(Array(svg.utf8), to: path(chart.name)))
            }
            for sector in sectorReports {
                staged.append(try ReportWriter.stage(sector.report, toFile: URL(fileURLWithPath: path(sector.file))))
            }
            do throws(SystemError) { try AtomicFiles.commit(staged) } catch {
                throw ReportXMLError(system: error, file: error.path)
            }
        } catch let error as CityToolError {
            AtomicFiles.discard(staged)
            throw error
        } catch let error as ReportXMLError {
            AtomicFiles.discard(staged)
            if error.code == .schemaInvalid {
                throw .internalError("a sector report does not pass its own schema: \(error.message)")
            }
            throw .cannotWrite("\(folder): cannot write the city output set: \(error.message)")
        } catch {
            AtomicFiles.discard(staged)
            throw .internalError("\(error)")
        }
        return staged.map(\.destination)
    }

    static func stage(_ bytes: [UInt8], to path: String) throws(ReportXMLError) -> StagedFile {
        do throws(SystemError) { return try AtomicFiles.stage(bytes, to: path) } catch {
            throw ReportXMLError(system: error, file: path)
        }
    }
}
