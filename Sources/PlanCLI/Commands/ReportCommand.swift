internal import ArgumentParser
public import ReductionCore
import Foundation

/// Options for evaluating a plan, shared by `report` and `batch`.
struct EvaluationOptions: ParsableArguments {
    @Option(name: .long, help: "Monte Carlo draws (0 = none). Every number with a range is drawn.")
    var draws = 0

    @Option(name: .long, help: "Random seed; the same seed gives the same result on any number of threads.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Threads for the Monte Carlo draws (default: all cores).")
    var threads: Int?

    @Option(name: .long, help: "Carbon price (currency/tCO2e) for the share of draws a measure stays below (default: the plan's referenceCarbonPrice).")
    var referencePrice: Double?

    @Flag(name: .long, help: "Do not write the SVG charts.")
    var noCharts = false

    func validate() throws {
        guard draws >= 0, draws <= 10_000_000 else { throw ValidationError("--draws must be between 0 and 10,000,000") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}

/// `report`: evaluate a plan, print the summary, write the XML report and the charts.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Evaluate a plan file (or the embedded example) and write the XML report and charts.")

    @Argument(help: "The plan file (YAML). Without it, the embedded example city is used.")
    var planFile: String?

    @Option(name: .shortAndLong, help: "Folder for the report and charts (created if missing).")
    var output = "."

    @OptionGroup var common: CommonOptions
    @OptionGroup var evaluation: EvaluationOptions
    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let context = try PlanTool.current()
        let language = try common.resolvedLanguage()
        let model = try common.model(context)
        let bytes = try planFile.map(readInput)
        let run: PlanRun
        do {
            let plan = try PlanRun.load(path: planFile, bytes: bytes, model: model)
            let bar = ProgressBar(total: evaluation.draws)
            var progress: (@Sendable (Int) -> Void)?
            if evaluation.draws > 0 { progress = { done in bar.update(done) } }
            run = try PlanRun.evaluate(plan, model: model, draws: evaluation.draws, seed: evaluation.seed,
                                       threads: evaluation.threads, referencePrice: evaluation.referencePrice,
                                       progress: progress)
        } catch {
            throw fail(error)
        }
        var text = Summary(result: run.result, language: language).render()
        if let uncertainty = run.uncertainty {
            text += "\n" + UncertaintySummary(result: run.result, uncertainty: uncertainty, language: language).render()
        }
        print(text, terminator: "")
        let files = try ReportOutput.write(run, to: output, baseName: planFile.map(ReportOutput.baseName(ofPlanFile:)),
                                           language: language, charts: !evaluation.noCharts, extras: outputs)
        print("\n\(UIText.written.text(language)):")
        for file in files { print("  \(file)") }
    }
}
