import ReductionCore
import Testing
@testable import TransportSector

/// The Monte Carlo engine runs on the example: ranged factors and activities are drawn and the
/// pathway stays finite and brackets the central case.
@Suite struct UncertaintyTests {
    @Test func exampleUnderUncertainty() throws {
        let plan = try PlanLoader.loadExample(for: Support.model)
        let engine = try UncertaintyEngine(plan: plan, model: Support.model)
        #expect(engine.parameterCount > 50)
        let result = engine.run(draws: 24, seed: 7, threads: 2)
        let central = engine.centralResult.pathway[plan.header.targetYear] ?? 0
        let spread = result.pathwayEmissions
        #expect(spread.p5.isFinite && spread.p95.isFinite)
        #expect(spread.p5 <= spread.p50 && spread.p50 <= spread.p95)
        // Activity ranges are ±15–20 %, so the central pathway lies inside the 5–95 % band.
        #expect(spread.p5 < central && central < spread.p95, "\(spread.p5) … \(spread.p95) vs \(central)")
        #expect(result.peakYearDistribution.values.reduce(0, +) > 0.999)
    }
}
