internal import ArgumentParser
public import ReductionCore
public import ReductionPlanKit
public import ReductionXML
internal import ReductionSystem
import Foundation

/// Writes a plan run's files: the validated XML report and the SVG charts.
public enum ReportOutput {
    /// `plans/nanjing.yaml` → `nanjing`. Leading dots are dropped so no output is hidden:
    /// `.yaml` → `plan`, `.hidden.yaml` → `hidden`.
    public static func baseName(ofPlanFile path: String) -> String {
        var name = Substring((path as NSString).lastPathComponent)
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            name = name.dropLast(suffix.count)
            break
        }
        while name.first == "." { name = name.dropFirst() }
        return name.isEmpty ? "plan" : String(name)
    }

    /// The names of the files ``write(_:to:baseName:language:charts:)`` writes for `base`.
    static func fileNames(base: String, charts: Bool) -> [String] {
        [base + ".xml"] + (charts ? ["\(base)-macc.svg", "\(base)-wedge.svg"] : [])
    }

    /// The report value for a run, stamped with `created` (default: `SOURCE_DATE_EPOCH`
    /// when set, else now) and this generator's name and version; with the run's Monte Carlo
    /// result as the uncertainty section when one was made.
    ///
    /// The report is self-contained (schema 1.2): it carries the plan, catalogue and factor
    /// bytes it was computed from (``PlanReport/ResolvedInputs``) and writes every number
    /// with ``significantDigits`` significant digits, so `verify` can recompute it.
    public static func report(for run: PlanRun, created: ReportTimestamp = .current()) -> PlanReport {
        let generator = PlanReport.Generator(name: "ReductionPlan-\(run.result.sector.id)", version: ReductionPlanVersion.string)
        var report = PlanReport(result: run.result, uncertainty: run.uncertainty, generator: generator, created: created)
        report.header.significantDigits = significantDigits
        if !run.result.plan.sources.files.isEmpty {
            report.resolvedInputs = PlanReport.ResolvedInputs(tool: generator, sources: run.result.plan.sources)
        }
        return report
    }

    /// Significant digits of the numbers in the tools' reports (declared in the header).
    public static let significantDigits = 12

    /// Writes `<base>.xml`, `<base>-macc<lang>.svg`, `<base>-wedge<lang>.svg` (`<lang>` is empty
    /// for English, `.zh-Hans` for Chinese; `<base>-tornado<lang>.svg` after a Monte Carlo run)
    /// and the files `extras` asks for (workbook, CSV tables, HTML) into `directory` (created
    /// when missing) as one set and returns their paths: every file is written, flushed and
    /// validated under a temporary name first, then all are renamed into place
    /// (``AtomicFiles/commit(_:)``), so a crash leaves the old set or the new one. Temporary
    /// files of killed runs in the folder are completed or removed first. PNG copies (`--png`)
    /// are converted from the committed SVGs afterwards. The base name defaults to
    /// `<sector>-<division code>-<target year>`. Exits with ``ExitStatus/cannotWrite`` when the
    /// folder or a file cannot be written (the message names the errno, e.g. ENOSPC), with
    /// ``ExitStatus/badInput`` when `SOURCE_DATE_EPOCH` is invalid, and with
    /// ``ExitStatus/internalError`` when the report fails its own schema.
    static func write(_ run: PlanRun, to directory: String, baseName: String?, language: Language,
                      charts: Bool, chartMACC: MACC? = nil, created given: ReportTimestamp? = nil,
                      extras: ExtraOutputs = ExtraOutputs()) throws -> [String] {
        let created: ReportTimestamp
        if let given {
            created = given
        } else {
            do { created = try ReportTimestamp.validated() } catch {
                printError("error: \(error.message)")
                throw ExitCode(ExitStatus.badInput.rawValue)
            }
        }
        do {
            try Syscalls.createFolders(directory)
            try AtomicFiles.recover(folder: directory)
        } catch {
            printError("\(directory): cannot use the output folder: \(error.errno)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        let folder = URL(fileURLWithPath: directory)
        let report = self.report(for: run, created: created)
        let base = baseName ?? String(ReportWriter.defaultFileName(for: report).dropLast(4))
        var staged: [StagedFile] = []
        var svgPaths: [String] = []
        var tables: [StagedFile] = []
        do throws(any Error) {
            staged.append(try ReportWriter.stage(report, toFile: folder.appendingPathComponent(base + ".xml")))
            var kinds: [Charts.Kind] = [.macc, .wedge]
            if report.uncertainty?.sensitivity.isEmpty == false { kinds.append(.tornado) }
            var svgs: [String: String] = [:]
            if charts || extras.html || extras.png {
                for kind in kinds {
                    svgs[kind.rawValue] = try Charts.svg(kind, of: kind == .macc ? report.showingMACC(chartMACC) : report,
                                                         language: language)
                }
            }
            if charts || extras.png {
                for kind in kinds {
                    let path = folder.appendingPathComponent("\(base)-\(kind.rawValue)\(language.fileSuffix).svg").path
                    staged.append(try stage(Array((svgs[kind.rawValue] ?? "").utf8), to: path))
                    svgPaths.append(path)
                }
            }
            let more = try stageExtras(report, xml: extras.html ? try ReportWriter.bytes(report) : [], charts: svgs,
                                       folder: folder, base: base, language: language, options: extras)
            staged += more.report
            tables = more.tables
            try commit(staged)
            try commit(tables)
        } catch let error as ReportXMLError where error.code == .schemaInvalid {
            AtomicFiles.discard(staged + tables)
            printError("internal error: the report does not pass its own schema: \(error.message)")
            for diagnostic in error.diagnostics.prefix(10) { printError("  \(diagnostic)") }
            throw ExitCode(ExitStatus.internalError.rawValue)
        } catch {
            AtomicFiles.discard(staged + tables)
            printError("\(directory): cannot write the report: \(error)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        var written = (staged + tables).map(\.destination)
        if extras.png {
            do { written += try writePNGs(svgPaths) } catch {
                printError("\(error)")
                throw ExitCode(ExitStatus.cannotWrite.rawValue)
            }
        }
        return written
    }

    /// Renames a staged set into place (``AtomicFiles/commit(_:)``).
    static func commit(_ files: [StagedFile]) throws(ReportXMLError) {
        do { try AtomicFiles.commit(files) } catch { throw ReportXMLError(system: error, file: error.path) }
    }

    /// Stages one file of the set (see ``AtomicFiles/stage(_:to:)``).
    static func stage(_ bytes: [UInt8], to path: String) throws(ReportXMLError) -> StagedFile {
        do { return try AtomicFiles.stage(bytes, to: path) } catch { throw ReportXMLError(system: error, file: path) }
    }
}
