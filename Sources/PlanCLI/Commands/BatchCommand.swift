internal import ArgumentParser
public import ReductionCore
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
    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let context = try PlanTool.current()
        let language = try common.resolvedLanguage()
        let model = try common.model(context)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            printError("\(directory): cannot list the folder")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var rows: [BatchRow] = []
        var extras = outputs
        extras.xlsx = true  // batch always writes each plan's workbook beside its report
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw PlanError(.malformedInput, "cannot read the file", at: SourceLocation(file: path))
                }
                let plan = try PlanLoader.load(bytes: [UInt8](data), file: path, model: model)
                let run = try PlanRun.evaluate(plan, model: model, draws: evaluation.draws, seed: evaluation.seed,
                                               threads: evaluation.threads, referencePrice: evaluation.referencePrice)
                let written = try ReportOutput.write(run, to: output, baseName: ReportOutput.baseName(ofPlanFile: name),
                                                     language: language, charts: !evaluation.noCharts, extras: extras)
                rows.append(BatchRow(file: name, run: run, error: nil))
                print("ok      \(name) → \(written.first ?? "")")
            } catch let error as PlanError {
                printError("error: \(error)")
                rows.append(BatchRow(file: name, run: nil, error: error.description))
            } catch let exit as ExitCode {
                rows.append(BatchRow(file: name, run: nil, error: "cannot write the report (exit \(exit.rawValue))"))
            }
        }
        let csv = BatchRow.csv(rows)
        let summary = (output as NSString).appendingPathComponent("summary.csv")
        do {
            try AtomicFile.write(CSVTables.byteOrderMark + Array(csv.utf8), to: summary)
            try BatchRow.writeWorkbook(rows, to: (output as NSString).appendingPathComponent("summary.xlsx"), language: language)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        let failed = rows.filter { $0.error != nil }.count
        print("\(rows.count - failed) of \(rows.count) plans evaluated; summary: \(summary)")
        if files.isEmpty { printError("\(directory): no plan files (*.yaml, *.yml)") }
        if failed > 0 || files.isEmpty { throw ExitCode(ExitStatus.badInput.rawValue) }
    }
}

/// One line of the batch summary.
public struct BatchRow: Sendable {
    /// The plan file's path as listed in the batch folder.
    public var file: String
    /// The evaluated plan; nil when the file failed to load or evaluate.
    public var run: PlanRun?
    /// The error text when the plan failed; nil on success.
    public var error: String?

    /// The CSV column names, in the order of ``fields``; tonnes in tCO2e, costs in the plan's currency at its price year.
    public static let header = [
        "file", "status", "division_code", "jurisdiction_en", "jurisdiction_zh", "base_year", "target_year",
        "base_tCO2e", "bau_target_tCO2e", "plan_target_tCO2e", "abatement_tCO2e", "abatement_share",
        "peak_year", "declines_after_peak", "annual_cost", "average_cost_per_tCO2e", "currency", "targets_met", "targets_total", "error",
    ]

    /// The CSV line (RFC 4180 quoting): numbers rounded as ``styles`` say, no date-like text.
    public var fields: [String] {
        guard let result = run?.result else {
            return [file, "error"] + Array(repeating: "", count: Self.header.count - 3) + [error ?? ""]
        }
        return zip(cells(result), Self.styles).map { Self.text($0, style: $1) } + [""]
    }

    /// All rows with the header, one line each.
    public static func csv(_ rows: [BatchRow]) -> String {
        ([header] + rows.map(\.fields)).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
