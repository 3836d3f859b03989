import ReductionCore
import Testing

/// A sector model with its year-by-year run taken away: the evaluation and re-decide then use
/// the general ordering (a full run per candidate), which the target-year ordering must match.
struct AllYearsModel: SectorModel {
    let inner: any SectorModel
    var info: SectorInfo { inner.info }
    var inputSpecs: [InputSpec] { inner.inputSpecs }
    var shareGroups: [ShareGroup] { inner.shareGroups }
    var data: SectorData { inner.data }
    func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        let compiled = try inner.compile(inputs)
        return CompiledModel(layout: compiled.layout, run: compiled.run)
    }
}

@Suite("Ordering conformance: every sector's target-year ordering gives the general ordering's bits")
struct TargetYearOrderingConformanceTests {
    /// The result as text with sorted dictionaries (NaN percentiles compare equal as text).
    static func text(_ r: UncertaintyResult) -> String {
        func sorted<V>(_ d: [some Comparable: V]) -> String { String(describing: d.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) }
        return [String(describing: r.measures), String(describing: r.pathwayEmissions), sorted(r.peakYearDistribution),
                sorted(r.targetProbabilities), String(describing: r.sensitivity), "\(r.draws) \(r.seed) \(r.mode)"].joined(separator: "|")
    }

    @Test("the example's central evaluation and 20 re-decided draws are the same through both orderings", arguments: SectorCase.all)
    func sameBits(sector: SectorCase) throws {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let general = AllYearsModel(inner: sector.model)
        var fastResult = try PlanEvaluator.evaluate(plan, model: sector.model)
        var generalResult = try PlanEvaluator.evaluate(plan, model: general)
        // Only the count of model runs differs (the general ordering runs every year per candidate).
        fastResult.decisions.modelRuns = 0
        generalResult.decisions.modelRuns = 0
        #expect(fastResult == generalResult)
        let fast = try UncertaintyEngine(plan: plan, model: sector.model, mode: .reDecide).run(draws: 20, seed: 4, threads: 2)
        let slow = try UncertaintyEngine(plan: plan, model: general, mode: .reDecide).run(draws: 20, seed: 4, threads: 2)
        #expect(Self.text(fast) == Self.text(slow))
    }
}
