internal import PlanCLI
internal import ReductionCore
internal import ReductionPlanKit
internal import ReductionSystem
internal import ReductionXML
import Foundation

extension CityTool {
    /// `batch DIR [-o OUTDIR]`: every city file (`*.yaml`, `*.yml`, sorted) of `folder`, each
    /// written as its own output set `OUTDIR/<name>.city.xml` (with its charts and sector reports).
    ///
    /// Run as the `city-plan` executable (`worker` set), each city is evaluated in its own
    /// `city-plan batch-worker` process (``BatchIsolation``): a city that traps ends only its
    /// worker (reported with its signal, exit 70), one past `timeLimit` seconds is killed, and
    /// the batch goes on. In process (a library caller, the tests) each city runs in turn here.
    /// Prints one line per city with its exit code (0, 64, 65, 70, 73), writes `summary.csv`
    /// (file, status, exit, detail) and exits 65 when any city failed.
    static func batch(folder: String, into outFolder: String, language: Language, timeLimit: Double,
                      faults: [String: BatchJob.Fault], worker: String?, output: inout some TextOutputStream,
                      errors: inout some TextOutputStream) throws(CityToolError) -> ExitStatus {
        let names: [String]
        do throws(SystemError) { names = try Syscalls.listFolder(folder) } catch { throw .badInput("cannot list \(folder): \(error)") }
        let cities = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !cities.isEmpty else { throw .badInput("\(folder): no city files (*.yaml, *.yml); nothing written") }
        do throws(SystemError) { try Syscalls.createFolders(outFolder) } catch {
            throw .cannotWrite("\(outFolder): cannot create the output folder: \(error)")
        }
        var owners: [String: String] = [:]
        var rows: [[String]] = []
        for name in cities {
            let base = ReportOutput.baseName(ofPlanFile: name) + ".city"
            let path = (folder as NSString).appendingPathComponent(name)
            var row: BatchCityRow
            if let owner = owners[base.lowercased()] {
                row = BatchCityRow(file: name, status: .badInput,
                                   detail: "its report \(base).xml would overwrite the one of \(owner); rename one of the two city files")
            } else if let worker {
                owners[base.lowercased()] = name
                let outcome = BatchIsolation.run(BatchJob(file: name, base: base), path: path, executable: worker,
                                                 arguments: ["--output=\(outFolder)", "--language=\(language.rawValue)"],
                                                 fault: faults[name], timeLimit: timeLimit)
                row = BatchCityRow(outcome, file: name)
            } else {
                owners[base.lowercased()] = name
                row = BatchCityRow(evaluating: path, file: name, reportPath: (outFolder as NSString).appendingPathComponent("\(base).xml"),
                                   language: language)
            }
            if row.status == .success {
                output.write("ok (exit 0)   \(name) → \(row.detail)\n")
            } else {
                errors.write("error (exit \(row.status.rawValue)): \(name): \(row.detail)\n")
            }
            rows.append(row.fields)
        }
        let csv = ([["file", "status", "exit", "detail"]] + rows).map { $0.map(CSVField.neutralised).joined(separator: ",") }
            .joined(separator: "\n") + "\n"
        let summaryPath = (outFolder as NSString).appendingPathComponent("summary.csv")
        do throws(SystemError) { try AtomicFiles.write(Array(csv.utf8), to: summaryPath) } catch {
            throw .cannotWrite("cannot write \(summaryPath): \(error)")
        }
        let failed = rows.filter { $0[1] != "ok" }.count
        output.write("\(cities.count - failed) of \(cities.count) cities written; \(summaryPath)\n")
        return failed > 0 ? .badInput : .success
    }

    /// `batch-worker --base=NAME --output=DIR [--debug-fault=trap|hang] -- CITY.yaml` (hidden):
    /// writes one city's output set and prints its ``BatchOutcome`` as JSON on standard output.
    static func work(path: String, base: String, folder: String, language: Language, fault: BatchJob.Fault?,
                     output: inout some TextOutputStream) -> ExitStatus {
        fault?.inject(tool: "city-plan batch-worker")
        let file = (path as NSString).lastPathComponent
        let row = BatchCityRow(evaluating: path, file: file, reportPath: (folder as NSString).appendingPathComponent("\(base).xml"),
                               language: language)
        let outcome = BatchOutcome(fields: row.fields, written: row.written, failed: row.status != .success)
        guard let json = try? JSONEncoder().encode(outcome) else { return .internalError }
        output.write(String(decoding: json, as: UTF8.self))
        return row.status
    }
}

/// One city of a batch: its file, exit status and a detail (the report path, or why it failed).
struct BatchCityRow {
    var file: String
    var status: ExitStatus
    var detail: String
    var written: [String] = []

    init(file: String, status: ExitStatus, detail: String) {
        self.file = file
        self.status = status
        self.detail = detail
    }

    /// Evaluates and writes one city in this process.
    init(evaluating path: String, file: String, reportPath: String, language: Language) {
        self.file = file
        do throws(CityToolError) {
            let (plan, result) = try CityTool.evaluate(path)
            written = try CityOutput.write(plan, result, reportPath: reportPath, language: language)
            status = .success
            detail = "\(written.first ?? reportPath) (\(result.bau.iterations)+\(result.pathway.iterations) iterations, \(written.count) files)"
        } catch {
            status = error.status
            detail = error.message
        }
    }

    /// A worker's outcome; one that is not a city row is the isolation's own report of a crash,
    /// a time-out or a worker that could not start (exit 70).
    init(_ outcome: BatchOutcome, file: String) {
        self.file = file
        written = outcome.written
        if outcome.fields.count == 4, let code = Int32(outcome.fields[2]), let status = ExitStatus(rawValue: code) {
            self.status = status
            detail = outcome.fields[3]
        } else {
            status = .internalError
            detail = outcome.message ?? "the worker failed without a result"
        }
    }

    /// The `summary.csv` row.
    var fields: [String] { [file, status == .success ? "ok" : "failed", String(status.rawValue), detail] }
}
