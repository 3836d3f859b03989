public import ReductionCore
public import ReductionXML
internal import ReductionOutputs
internal import ReductionReport
internal import ReductionSystem
public import Foundation

/// Writes a plan run's files: the validated XML report, the JSON document, the SVG charts and
/// the extra files ``ReportOutputs`` asks for (workbook, CSV tables, HTML, PNG), as one atomic
/// set. Usable from Swift without the command line (`report` and `batch` call it).
///
/// ```swift
/// let run = try PlanRun.evaluate(plan, model: model)
/// let files = try ReportOutput.write(run, to: "out", outputs: ReportOutputs(json: true),
///                                    created: ReportTimestamp(secondsSinceEpoch: 0))
/// ```
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

    /// The names of the report and chart files ``write(_:to:baseName:language:outputs:chartMACC:created:environment:)``
    /// writes for `base` (English names; the JSON document when `json`).
    package static func fileNames(base: String, charts: Bool, json: Bool = false) -> [String] {
        [base + ".xml"] + (json ? [base + ".json"] : []) + (charts ? ["\(base)-macc.svg", "\(base)-wedge.svg"] : [])
    }

    /// The report value for a run, stamped with `created` (default: `SOURCE_DATE_EPOCH`
    /// when set, else now) and this generator's name and version; with the run's Monte Carlo
    /// result as the uncertainty section when one was made.
    ///
    /// The report is self-contained (schema 1.2): it carries the plan, catalogue and factor
    /// bytes it was computed from (`PlanReport/ResolvedInputs`) and writes every number
    /// with ``significantDigits`` significant digits, so `verify` can recompute it.
    public static func report(for run: PlanRun, created: ReportTimestamp = .current()) -> PlanReport {
        var report = PlanReport(result: run.result, uncertainty: run.uncertainty, generator: generator(for: run), created: created)
        report.header.significantDigits = significantDigits
        if !run.result.plan.sources.files.isEmpty {
            report.resolvedInputs = PlanReport.ResolvedInputs(tool: generator(for: run), sources: run.result.plan.sources)
        }
        return report
    }

    /// `ReductionPlan-<sector>` at ``ReductionPlanVersion/string``: the generator reports name.
    static func generator(for run: PlanRun) -> PlanReport.Generator {
        PlanReport.Generator(name: "ReductionPlan-\(run.result.sector.id)", version: ReductionPlanVersion.string)
    }

    /// Significant digits of the numbers in the tools' reports (declared in the header).
    public static let significantDigits = 12

    /// Writes `<base>.xml`, `<base>.json` (with ``ReportOutputs/json``), `<base>-macc<lang>.svg`,
    /// `<base>-wedge<lang>.svg` (`<lang>` is empty for English, `.zh-Hans` for Chinese;
    /// `<base>-tornado<lang>.svg` after a Monte Carlo run) and the files `outputs` asks for
    /// (workbook, CSV tables, HTML) into `directory` (created when missing) as one set and
    /// returns their paths: every file is written, flushed and validated (the XML against its
    /// schema, the JSON by reading it back) under a temporary name first, then all are renamed
    /// into place (`AtomicFiles/commit(_:)`), so a crash leaves the old set or the new one.
    /// Temporary files of killed runs in the folder are completed or removed first. PNG copies
    /// are converted from the committed SVGs afterwards. The base name defaults to
    /// `<sector>-<division code>-<target year>`; `created` defaults to `SOURCE_DATE_EPOCH`
    /// of `environment` (the process's when nil) when set, else now.
    ///
    /// Throws a ``ReportOutputError`` whose ``ReportOutputError/kind`` says whose fault it is:
    /// an invalid `SOURCE_DATE_EPOCH` (bad input), a folder or file that cannot be written
    /// (the message names the errno, e.g. ENOSPC), or a report that fails its own schema
    /// (internal error). Nothing of the set is in place after a throw.
    public static func write(_ run: PlanRun, to directory: String, baseName: String? = nil, language: Language = .english,
                             outputs: ReportOutputs = ReportOutputs(), chartMACC: MACC? = nil,
                             created given: ReportTimestamp? = nil,
                             environment: [String: String]? = nil) throws(ReportOutputError) -> [String] {
        let created: ReportTimestamp
        if let given {
            created = given
        } else {
            do { created = try ReportTimestamp.validated(environment: environment) } catch {
                throw ReportOutputError(.badInput, "error: \(error.message)")
            }
        }
        do {
            try Syscalls.createFolders(directory)
            try AtomicFiles.recover(folder: directory)
        } catch {
            throw ReportOutputError(.cannotWrite, "\(directory): cannot use the output folder: \(error.errno)")
        }
        let folder = URL(fileURLWithPath: directory)
        let report = self.report(for: run, created: created)
        let base = baseName ?? String(ReportWriter.defaultFileName(for: report).dropLast(4))
        var staged: [StagedFile] = []
        var svgPaths: [String] = []
        var tables: [StagedFile] = []
        do throws(any Error) {
            staged.append(try ReportWriter.stage(report, toFile: folder.appendingPathComponent(base + ".xml")))
            if outputs.json {
                let path = folder.appendingPathComponent(base + ".json").path
                staged.append(try stage(try ReportJSON.bytes(run, generator: generator(for: run), created: created), to: path))
            }
            var kinds: [Charts.Kind] = [.macc, .wedge]
            if report.uncertainty?.sensitivity.isEmpty == false { kinds.append(.tornado) }
            var svgs: [String: String] = [:]
            if outputs.charts || outputs.html || outputs.png {
                for kind in kinds {
                    svgs[kind.rawValue] = try Charts.svg(kind, of: kind == .macc ? report.showingMACC(chartMACC) : report,
                                                         language: language)
                }
            }
            if outputs.charts || outputs.png {
                for kind in kinds {
                    let path = folder.appendingPathComponent("\(base)-\(kind.rawValue)\(language.fileSuffix).svg").path
                    staged.append(try stage(Array((svgs[kind.rawValue] ?? "").utf8), to: path))
                    svgPaths.append(path)
                }
            }
            let more = try stageExtras(report, xml: outputs.html ? try ReportWriter.bytes(report) : [], charts: svgs,
                                       folder: folder, base: base, language: language, options: outputs)
            staged += more.report
            tables = more.tables
            try commit(staged)
            try commit(tables)
        } catch let error as ReportXMLError where error.code == .schemaInvalid {
            AtomicFiles.discard(staged + tables)
            throw ReportOutputError(.internalError, "internal error: the report does not pass its own schema: \(error.message)",
                                    details: error.diagnostics.prefix(10).map { "\($0)" })
        } catch {
            AtomicFiles.discard(staged + tables)
            throw ReportOutputError(.cannotWrite, "\(directory): cannot write the report: \(error)")
        }
        var written = (staged + tables).map(\.destination)
        if outputs.png {
            do { written += try writePNGs(svgPaths) } catch {
                throw ReportOutputError(.cannotWrite, "\(error)")
            }
        }
        return written
    }

    /// Renames a staged set into place (`AtomicFiles/commit(_:)`).
    static func commit(_ files: [StagedFile]) throws(ReportXMLError) {
        do { try AtomicFiles.commit(files) } catch { throw ReportXMLError(system: error, file: error.path) }
    }

    /// Stages one file of the set (see `AtomicFiles/stage(_:to:)`).
    static func stage(_ bytes: [UInt8], to path: String) throws(ReportXMLError) -> StagedFile {
        do { return try AtomicFiles.stage(bytes, to: path) } catch { throw ReportXMLError(system: error, file: path) }
    }
}

/// Why ``ReportOutput/write(_:to:baseName:language:outputs:chartMACC:created:environment:)`` wrote nothing
/// (or, for PNG conversion, nothing more than the committed set).
public struct ReportOutputError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// Whose fault the failure is; the tools exit with 65, 73 or 70 for these.
    public enum Kind: Sendable, Hashable {
        /// Bad input, e.g. an invalid `SOURCE_DATE_EPOCH` (EX_DATAERR).
        case badInput
        /// The folder or a file cannot be written (EX_CANTCREAT).
        case cannotWrite
        /// The report does not pass its own schema: a bug (EX_SOFTWARE).
        case internalError
    }

    /// Whose fault the failure is.
    public var kind: Kind
    /// The message, naming the folder or file and the reason.
    public var message: String
    /// Further lines (the first schema diagnostics of an internal error).
    public var details: [String]

    /// Creates an error of `kind` with `message` and optional detail lines.
    public init(_ kind: Kind, _ message: String, details: [String] = []) {
        self.kind = kind
        self.message = message
        self.details = details
    }

    /// The message and its detail lines, one per line.
    public var description: String { ([message] + details.map { "  \($0)" }).joined(separator: "\n") }
    /// The same text as ``description`` (what `localizedDescription` shows).
    public var errorDescription: String? { description }
}
