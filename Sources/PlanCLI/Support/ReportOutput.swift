internal import ArgumentParser
public import ReductionCore
public import ReductionXML
import Foundation

/// Writes a plan run's files: the validated XML report and the SVG charts.
public enum ReportOutput {
    /// `plans/nanjing.yaml` → `nanjing`.
    public static func baseName(ofPlanFile path: String) -> String {
        let name = (path as NSString).lastPathComponent
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }

    /// The report value for a run, stamped with `created` (default: `SOURCE_DATE_EPOCH`
    /// when set, else now) and this generator's name and version; with the run's Monte Carlo
    /// result as the uncertainty section when one was made.
    public static func report(for run: PlanRun, created: ReportTimestamp = .current()) -> PlanReport {
        let generator = PlanReport.Generator(name: "ReductionPlan-\(run.result.sector.id)", version: ReductionPlanVersion.string)
        return PlanReport(result: run.result, uncertainty: run.uncertainty, generator: generator, created: created)
    }

    /// Writes `<base>.xml`, `<base>-macc.svg`, `<base>-wedge.svg` (and `<base>-tornado.svg` after a Monte Carlo run) into `directory`
    /// (created when missing) and returns their paths. The base name defaults to
    /// `<sector>-<division code>-<target year>`. Exits with ``ExitStatus/cannotWrite``
    /// when the folder or a file cannot be written, and with ``ExitStatus/internalError``
    /// when the report fails its own schema.
    static func write(_ run: PlanRun, to directory: String, baseName: String?, language: Language,
                      charts: Bool) throws -> [String] {
        let folder = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            printError("\(directory): cannot create the output folder: \(error.localizedDescription)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        let report = self.report(for: run)
        let base = baseName ?? String(ReportWriter.defaultFileName(for: report).dropLast(4))
        var written: [String] = []
        do {
            let file = try ReportWriter.write(report, to: folder, fileName: base + ".xml")
            written.append(file.path)
            if charts {
                var charts = [("macc", try Charts.macc(report, language: language)),
                              ("wedge", try Charts.wedge(report, language: language))]
                if report.uncertainty?.sensitivity.isEmpty == false {
                    charts.append(("tornado", try Charts.svg(.tornado, of: report, language: language)))
                }
                for (suffix, svg) in charts {
                    let path = folder.appendingPathComponent("\(base)-\(suffix).svg").path
                    try AtomicFile.write(Array(svg.utf8), to: path)
                    written.append(path)
                }
            }
        } catch let error as ReportXMLError where error.code == .schemaInvalid {
            printError("internal error: the report does not pass its own schema: \(error.message)")
            for diagnostic in error.diagnostics.prefix(10) { printError("  \(diagnostic)") }
            throw ExitCode(ExitStatus.internalError.rawValue)
        } catch {
            printError("\(directory): cannot write the report: \(error)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        return written
    }
}
