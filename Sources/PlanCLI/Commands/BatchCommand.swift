internal import ArgumentParser
internal import ReductionCore
package import ReductionPlanKit
internal import ReductionSystem
import Foundation
internal import ReductionOutputs

/// `batch`: every plan file in a folder, one report each plus a CSV summary.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run every plan file (*.yaml, *.yml) in a folder: one report and workbook per plan plus summary.csv and summary.xlsx.")

    @Argument(help: "Folder with plan files.")
    var directory: String

    @Option(name: .shortAndLong, help: "Folder for the reports and summary.csv (created if missing).")
    var output = "."

    @OptionGroup var common: CommonOptions
    @OptionGroup var evaluation: EvaluationOptions

    @Option(name: .long, help: "Seconds one plan may take before its worker is stopped and the plan reported as failed.")
    var timeLimit: Double = 600

    /// A documented debug aid (see CONTRIBUTING.md): `FILE=trap` makes the worker for FILE
    /// trap as a crash would, `FILE=hang` makes it wait forever, so isolation can be tested.
    @Option(name: .long, help: .hidden)
    var debugFault: [String] = []

    func validate() throws {
        guard timeLimit > 0, timeLimit <= 86_400 else { throw ValidationError("--time-limit must be more than 0 and at most 86400 seconds") }
        for fault in debugFault where BatchJob.fault(fault) == nil {
            throw ValidationError("--debug-fault expects FILE=trap or FILE=hang, not '\(fault)'")
        }
    }

    func run() throws {
        let context = try PlanTool.current()
        let language = try common.resolvedLanguage()
        let model = try common.model(context)
        let names: [String]
        do { names = try Syscalls.listFolder(directory) } catch {
            printError("\(directory): cannot list the folder: \(error.errno)")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !files.isEmpty else {
            printError("\(directory): no plan files (*.yaml, *.yml); nothing written")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        do { try Syscalls.createFolders(output) } catch {
            printError("\(output): cannot create the output folder: \(error.errno)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        let faults = Dictionary(debugFault.compactMap(BatchJob.fault), uniquingKeysWith: { _, last in last })
        var lines: [[String]] = []
        for job in BatchJob.plan(files: files, charts: !evaluation.noCharts) {
            if let clash = job.clash {
                printError("error: \(job.file): \(clash)")
                lines.append(BatchRow(file: job.file, run: nil, error: clash).fields)
                continue
            }
            let path = (directory as NSString).appendingPathComponent(job.file)
            let outcome: BatchOutcome
            if let worker = context.workerExecutable {
                outcome = BatchIsolation.run(job, path: path, executable: worker, arguments: workerArguments(language: language),
                                             fault: faults[job.file], timeLimit: timeLimit)
            } else {
                outcome = BatchOutcome.evaluate(job, path: path, model: model, options: evaluation, output: output, language: language)
            }
            if outcome.failed {
                if let message = outcome.message { printError("error: \(job.file): \(message)") }
            } else {
                printOutput("ok      \(job.file) → \(outcome.written.first ?? "")")
            }
            lines.append(outcome.fields)
        }
        let summary = (output as NSString).appendingPathComponent("summary.csv")
        do {
            try AtomicFiles.write(CSVTables.byteOrderMark + Array(BatchRow.csv(lines: lines).utf8), to: summary)
            try BatchRow.writeWorkbook(lines: lines, to: (output as NSString).appendingPathComponent("summary.xlsx"), language: language)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        let failed = lines.filter { $0.count > 1 && $0[1] != "ok" }.count
        printOutput("\(lines.count - failed) of \(lines.count) plans evaluated; summary: \(summary)")
        if failed > 0 { throw ExitCode(ExitStatus.badInput.rawValue) }
    }

    /// The options every worker gets besides `--base=<name>` and `-- <plan>`.
    func workerArguments(language: Language) -> [String] {
        var arguments = ["--output=\(output)", "--language=\(language.rawValue)",
                         "--draws=\(evaluation.draws)", "--seed=\(evaluation.seed)"]
        if let catalogue = common.catalogue { arguments.append("--catalogue=\(catalogue)") }
        if let threads = evaluation.threads { arguments.append("--threads=\(threads)") }
        if let price = evaluation.referencePrice { arguments.append("--reference-price=\(price)") }
        if evaluation.mode != .fixedPlan { arguments.append("--uncertainty=\(evaluation.mode.rawValue)") }
        if evaluation.noCharts { arguments.append("--no-charts") }
        return arguments
    }
}

/// One line of the batch summary.
package struct BatchRow: Sendable {
    /// The plan file's path as listed in the batch folder.
    package var file: String
    /// The evaluated plan; nil when the file failed to load or evaluate.
    package var run: PlanRun?
    /// The error text when the plan failed; nil on success.
    package var error: String?

    /// The CSV column names, in the order of ``fields``; tonnes in tCO2e, costs in the plan's currency at its price year.
    package static let header = [
        "file", "status", "division_code", "jurisdiction_en", "jurisdiction_zh", "base_year", "target_year",
        "base_tCO2e", "bau_target_tCO2e", "plan_target_tCO2e", "abatement_tCO2e", "abatement_share",
        "peak_year", "declines_after_peak", "annual_cost", "average_cost_per_tCO2e", "currency", "targets_met", "targets_total", "error",
    ]

    /// The CSV line (RFC 4180 quoting): numbers rounded as ``styles`` say, no date-like text.
    package var fields: [String] {
        guard let result = run?.result else {
            return [file, "error"] + Array(repeating: "", count: Self.header.count - 3) + [error ?? ""]
        }
        return zip(cells(result), Self.styles).map { Self.text($0, style: $1) } + [""]
    }

    /// All rows with the header, one line each.
    package static func csv(_ rows: [BatchRow]) -> String { csv(lines: rows.map(\.fields)) }

    /// The header and the given field lists as CSV: RFC 4180 quoting, and every field that a
    /// spreadsheet would run as a formula neutralised (``CSVField/neutralised(_:)``).
    package static func csv(lines: [[String]]) -> String {
        ([header] + lines).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func quote(_ field: String) -> String { CSVField.neutralised(field) }
}
