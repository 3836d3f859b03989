internal import ArgumentParser
internal import ReductionXML
internal import ReductionCore
internal import ReductionPlanKit
import Foundation

/// Options for evaluating a plan, shared by `report` and `batch`.
struct EvaluationOptions: ParsableArguments {
    @Option(name: .long, help: "Monte Carlo draws (0 = none). Every number with a range is drawn, kept within the values it can take (the summary names any distribution cut by more than 0.1 %).")
    var draws = 0

    @Option(name: .long, help: "Random seed; the same seed gives the same result on any number of threads.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Threads for the Monte Carlo draws, 1 to 64 (default: all cores).")
    var threads: Int?

    @Option(name: .long, help: "Carbon price (currency/tCO2e) for the share of draws a measure stays below (default: the plan's referenceCarbonPrice).")
    var referencePrice: Double?

    @Option(name: .long, help: "The question the Monte Carlo answers: fixed-plan (the central order and either-or choices, under uncertainty) or re-decide (each draw re-chooses the alternatives and re-orders the MACC: rank stability, P(chosen)).")
    var uncertainty = UncertaintyMode.fixedPlan.rawValue

    /// The mode `--uncertainty` names (validated in ``validate()``).
    var mode: UncertaintyMode { UncertaintyMode(rawValue: uncertainty) ?? .fixedPlan }

    @Flag(name: .long, help: "Do not write the SVG charts.")
    var noCharts = false

    func validate() throws {
        guard UncertaintyMode(rawValue: uncertainty) != nil else {
            throw ValidationError("--uncertainty must be fixed-plan or re-decide, found '\(uncertainty)'")
        }
        guard draws >= 0, draws <= 10_000_000 else { throw ValidationError("--draws must be between 0 and 10,000,000") }
        if let threads, !(1...UncertaintyEngine.maximumThreads).contains(threads) {
            throw ValidationError("--threads must be between 1 and \(UncertaintyEngine.maximumThreads)")
        }
    }
}

/// `report`: evaluate a plan, print the summary, write the XML report and the charts.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Evaluate a plan file (or the embedded example) and write the XML report and charts.",
        discussion: """
            The report carries the plan, catalogue and factor files it was computed from, so \
            `verify REPORT.xml` can recompute it. Identical inputs give identical bytes when the \
            creation time is fixed: pass --created 2026-01-01T00:00:00Z, or set SOURCE_DATE_EPOCH \
            (seconds since 1970, used when --created is absent).
            """)

    @Argument(help: "The plan file (YAML). Without it, the embedded example city is used.")
    var planFile: String?

    @Option(name: .shortAndLong, help: "Folder for the report and charts (created if missing).")
    var output = "."

    @Option(name: .long, help: "Creation time written into the report, YYYY-MM-DDThh:mm:ssZ (default: SOURCE_DATE_EPOCH when set, else now); fixes the bytes for reproducible reports.")
    var created: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var evaluation: EvaluationOptions
    @Option(name: .long, help: "The MACC year for the summary table and the chart (a MACC year of the plan; default: the target year).")
    var maccYear: Int?

    func validate() throws {
        if let created, ReportTimestamp(iso8601: created) == nil {
            throw ValidationError("--created must be YYYY-MM-DDThh:mm:ssZ, found '\(created)'")
        }
    }
    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let context = try PlanTool.current()
        let language = try common.resolvedLanguage()
        let model = try common.model(context)
        let bytes = try planFile.map(readInput)
        let run: PlanRun
        do {
            let plan = common.namingCatalogue(try PlanRun.load(path: planFile, bytes: bytes, model: model))
            let bar = ProgressBar(total: evaluation.draws)
            var progress: (@Sendable (Int) -> Void)?
            if evaluation.draws > 0 { progress = { done in bar.update(done) } }
            run = try PlanRun.evaluate(plan, model: model, draws: evaluation.draws, seed: evaluation.seed,
                                       threads: evaluation.threads, referencePrice: evaluation.referencePrice,
                                       mode: evaluation.mode, progress: progress)
        } catch {
            throw fail(error)
        }
        let shown = try Self.withMACC(of: maccYear, run.result)
        var text = Summary(result: shown, language: language).render()
        if let uncertainty = run.uncertainty {
            text += "\n" + UncertaintySummary(result: run.result, uncertainty: uncertainty, language: language).render()
        }
        printOutput(text, terminator: "")
        let files = try ReportOutput.writeOrExit(run, to: output, baseName: planFile.map(ReportOutput.baseName(ofPlanFile:)),
                                                 language: language, outputs: outputs.outputs(charts: !evaluation.noCharts),
                                                 chartMACC: shown.macc,
                                                 created: created.flatMap(ReportTimestamp.init(iso8601:)))
        printOutput("\n\(UIText.written.text(language)):")
        for file in files { printOutput("  \(file)") }
    }

    /// `result` with the MACC of `year` as its displayed MACC (the XML keeps every year's MACC).
    static func withMACC(of year: Int?, _ result: PlanResult) throws -> PlanResult {
        guard let year else { return result }
        guard let macc = result.decisions.macc(year) else {
            let years = result.decisions.maccs.map { String($0.year) }.joined(separator: ", ")
            throw ValidationError("--macc-year \(year) is not a MACC year of this plan (\(years))")
        }
        var shown = result
        shown.macc = macc
        return shown
    }
}
