internal import ArgumentParser
internal import ReductionCore
import Foundation

/// `batch-worker` (hidden): evaluates and writes one plan for `batch` and prints its outcome
/// as JSON on standard output. `batch` starts one per plan, so a trap or a hang in one plan
/// cannot take the batch down.
struct BatchWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-worker", abstract: "Evaluate one plan of a batch (used by batch).", shouldDisplay: false)

    @Argument(help: "The plan file.")
    var planFile: String

    @Option(name: .long, help: "Folder for the report and charts.")
    var output: String

    @Option(name: .long, help: "Base name of the output files.")
    var base: String

    @OptionGroup var common: CommonOptions
    @OptionGroup var evaluation: EvaluationOptions

    /// Debug aid passed on by `batch --debug-fault FILE=trap|hang` (see CONTRIBUTING.md).
    @Option(name: .long, help: .hidden)
    var debugFault: String?

    func run() throws {
        debugFault.flatMap(BatchJob.Fault.init(rawValue:))?.inject(tool: "batch-worker")
        let context = try PlanTool.current()
        let job = BatchJob(file: (planFile as NSString).lastPathComponent, base: base)
        let outcome = BatchOutcome.evaluate(job, path: planFile, model: try common.model(context), options: evaluation,
                                            output: output, language: try common.resolvedLanguage())
        let json = try JSONEncoder().encode(outcome)
        printOutput(String(decoding: json, as: UTF8.self), terminator: "")
        if outcome.failed { throw ExitCode(ExitStatus.badInput.rawValue) }
    }
}
