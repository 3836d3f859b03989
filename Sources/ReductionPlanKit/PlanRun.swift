public import ReductionCore

/// One evaluated plan, with its optional uncertainty analysis: what `report` and `batch`
/// write out. Usable from Swift without the command line.
public struct PlanRun: Sendable {
    /// The central (deterministic) evaluation.
    public var result: PlanResult
    /// The Monte Carlo analysis; nil when none was run.
    public var uncertainty: UncertaintyResult?

    /// Wraps an existing result and optional uncertainty analysis.
    public init(result: PlanResult, uncertainty: UncertaintyResult? = nil) {
        self.result = result
        self.uncertainty = uncertainty
    }

    /// Evaluates `plan`; with `draws` > 0 also runs the Monte Carlo analysis (refused with a
    /// `PlanError` before allocation when its results would not fit the memory bound,
    /// `UncertaintyEngine/checkResources(draws:)`). Without `referencePrice` each draw uses
    /// the plan's `PlanHeader/referenceCarbonPrice` (drawn when ranged). `mode` names the
    /// question the Monte Carlo answers (default `fixed-plan`).
    public static func evaluate(_ plan: Plan, model: some SectorModel, draws: Int = 0, seed: UInt64 = 1,
                                threads: Int? = nil, referencePrice: Double? = nil, mode: UncertaintyMode = .fixedPlan,
                                progress: (@Sendable (Int) -> Void)? = nil) throws(PlanError) -> PlanRun {
        let evaluated = try PlanEvaluator(plan: plan, model: model).evaluate(attribution: true)
        var run: PlanRun
        if draws > 0 {
            let engine = try UncertaintyEngine(plan: plan, model: model, mode: mode)
            try engine.checkResources(draws: draws)
            let uncertainty = engine.run(draws: draws, seed: seed, threads: threads, referencePrice: referencePrice,
                                         progress: progress)
            var central = engine.centralResult
            central.decisions.attribution = evaluated.decisions.attribution
            run = PlanRun(result: central, uncertainty: uncertainty)
        } else {
            run = PlanRun(result: evaluated)
        }
        // Project-basis costs do not follow the city's size: say so when it is far from the example's.
        if let example = try? PlanLoader.loadExample(for: model),
           let activity = try? PlanEvaluator.baseYearActivity(of: example, model: model),
           let warning = run.result.projectCostWarning(exampleActivity: activity) {
            run.result.warnings.append(warning)
        }
        return run
    }

    /// Loads a plan file (or the embedded example when `path` is nil) and evaluates it.
    public static func load(path: String?, bytes: [UInt8]?, model: some SectorModel) throws(PlanError) -> Plan {
        guard let path, let bytes else { return try PlanLoader.loadExample(for: model) }
        return try PlanLoader.load(bytes: bytes, file: path, model: model)
    }
}
