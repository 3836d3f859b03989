internal import ArgumentParser
internal import ReductionCore
internal import ReductionPlanKit
internal import ReductionSystem
import Foundation

/// One plan file of a batch and the base name of its outputs; `clash` is set when its
/// outputs would overwrite those of an earlier file in the batch. (`package`: `city-plan batch`
/// isolates its cities with the same workers.)
package struct BatchJob: Sendable {
    package var file: String
    package var base: String
    package var clash: String?

    /// A job for `file` whose outputs are named `base`.
    package init(file: String, base: String, clash: String? = nil) {
        self.file = file
        self.base = base
        self.clash = clash
    }

    /// A failure a worker can be told to simulate (`--debug-fault`, a documented debug aid).
    package enum Fault: String, Sendable {
        case trap, hang

        /// Carries the fault out in a batch worker (`tool` names it in the trap message): a
        /// deliberate trap or a hang, for the isolation tests. Only the hidden `--debug-fault`
        /// option reaches this; user data never does.
        package func inject(tool: String) -> Never {
            switch self {
            case .trap: fatalError("\(tool): trap requested with --debug-fault")
            case .hang: while true { Thread.sleep(forTimeInterval: 3600) }
            }
        }
    }

    /// `FILE=trap` → (`FILE`, .trap).
    package static func fault(_ text: String) -> (String, Fault)? {
        guard let equals = text.lastIndex(of: "="), let fault = Fault(rawValue: String(text[text.index(after: equals)...]))
        else { return nil }
        return (String(text[..<equals]), fault)
    }

    /// The jobs for `files` (sorted), in order. Output names are compared ignoring case (two
    /// names that differ only in case are one file on macOS): a file whose report or chart
    /// name is already taken by an earlier file is not run and names that file.
    static func plan(files: [String], charts: Bool) -> [BatchJob] {
        var owners: [String: String] = [:]
        return files.map { file in
            let base = ReportOutput.baseName(ofPlanFile: file)
            let names = ReportOutput.fileNames(base: base, charts: charts)
            for name in names {
                if let owner = owners[name.lowercased()] {
                    return BatchJob(file: file, base: base, clash: "its report \(name) would overwrite the one of "
                                    + "\(owner); rename one of the two plan files (nothing written for \(file))")
                }
            }
            for name in names { owners[name.lowercased()] = file }
            return BatchJob(file: file, base: base)
        }
    }
}

/// What one plan of a batch gave: its summary line, the files written, and whether it failed.
package struct BatchOutcome: Codable, Sendable {
    package var fields: [String]
    package var written: [String]
    package var failed: Bool
    /// A message the batch still has to print (nil when the worker printed its own).
    package var message: String?

    /// An outcome from its parts.
    package init(fields: [String], written: [String], failed: Bool, message: String? = nil) {
        self.fields = fields
        self.written = written
        self.failed = failed
        self.message = message
    }

    static func failure(_ file: String, _ message: String) -> BatchOutcome {
        BatchOutcome(fields: BatchRow(file: file, run: nil, error: message).fields, written: [], failed: true, message: message)
    }

    /// Loads, evaluates and writes one plan in this process (errors printed here).
    static func evaluate(_ job: BatchJob, path: String, model: any SectorModel, options: EvaluationOptions,
                         output: String, language: Language) -> BatchOutcome {
        do {
            let bytes: [UInt8]
            do { bytes = try RegularFile.read(path, maxBytes: maximumInputBytes) } catch {
                throw PlanError(.malformedInput, "cannot read the file: \(error.reason)", at: SourceLocation(file: path))
            }
            let plan = try PlanLoader.load(bytes: bytes, file: path, model: model)
            let run = try PlanRun.evaluate(plan, model: model, draws: options.draws, seed: options.seed,
                                           threads: options.threads, referencePrice: options.referencePrice,
                                           mode: options.mode)
            // batch writes each plan's workbook beside its report
            let written = try ReportOutput.writeOrExit(run, to: output, baseName: job.base, language: language,
                                                       outputs: ReportOutputs(charts: !options.noCharts, xlsx: true))
            return BatchOutcome(fields: BatchRow(file: job.file, run: run, error: nil).fields, written: written, failed: false)
        } catch let error as PlanError {
            printError("error: \(error)")
            return BatchOutcome(fields: BatchRow(file: job.file, run: nil, error: error.description).fields,
                                written: [], failed: true)
        } catch let exit as ExitCode {
            let message = "report not written (exit \(exit.rawValue); see the message above)"
            return BatchOutcome(fields: BatchRow(file: job.file, run: nil, error: message).fields, written: [], failed: true)
        } catch {
            return failure(job.file, "internal error: \(error)")
        }
    }
}

/// Runs each plan of a batch in its own worker process (`<tool> batch-worker …`), so a plan
/// that traps or hangs ends only its worker: a crash is reported with its signal, a worker
/// past the time limit is killed (SIGKILL), and the batch goes on with the next plan.
package enum BatchIsolation {
    package static func run(_ job: BatchJob, path: String, executable: String, arguments: [String],
                    fault: BatchJob.Fault?, timeLimit: Double) -> BatchOutcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // `--name=value` and `--` keep names that start with `-` from being read as options.
        process.arguments = ["batch-worker", "--base=\(job.base)"] + arguments
            + (fault.map { ["--debug-fault=\($0.rawValue)"] } ?? []) + ["--", path]
        // The batch reports a crash itself; the runtime's backtrace would bury the summary.
        process.environment = (PlanTool.context?.environment ?? ProcessInfo.processInfo.environment).merging(["SWIFT_BACKTRACE": "enable=no"]) { _, new in new }
        let pipe = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = pipe
        process.standardError = FileHandle.standardError
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch {
            return .failure(job.file, "cannot start a worker process (\(executable)): \(error.localizedDescription)")
        }
        let collected = Collected()
        let reader = Thread {
            collected.data = pipe.fileHandleForReading.readDataToEndOfFile()
            collected.done.signal()
        }
        reader.start()
        var timedOut = false
        if exited.wait(timeout: .now() + timeLimit) == .timedOut {
            timedOut = true
            Syscalls.forceKill(process.processIdentifier)
            exited.wait()
        }
        collected.done.wait()
        let status = process.terminationStatus
        if timedOut {
            return .failure(job.file, "stopped after the time limit of \(Self.seconds(timeLimit)) s (--time-limit)")
        }
        if process.terminationReason == .uncaughtSignal {
            return .failure(job.file, "the evaluation crashed (\(Syscalls.signalName(status))); "
                            + "`report \(job.file)` shows where")
        }
        if let outcome = try? JSONDecoder().decode(BatchOutcome.self, from: collected.data) { return outcome }
        return .failure(job.file, "the worker process exited with status \(status) without a result")
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
    }

    private final class Collected: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
