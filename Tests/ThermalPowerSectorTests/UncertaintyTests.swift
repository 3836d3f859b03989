import Testing
import ReductionCore
import ThermalPowerSector

@Suite("Monte Carlo on the example city")
struct UncertaintyTests {
    @Test func drawsStayFiniteAndBracketTheCentralCase() throws {
        let model = ThermalPowerModel()
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        #expect(engine.parameterCount > 50)
        let result = engine.run(draws: 16, seed: 7, threads: 2)
        let emissions = result.pathwayEmissions
        #expect(emissions.p5.isFinite && emissions.p95.isFinite)
        #expect(emissions.p5 <= emissions.p50 && emissions.p50 <= emissions.p95)
        // The central 2030 pathway (≈ 11.7 Mt) lies near the sampled band (16 draws: ±10 % slack).
        let central = engine.centralResult.pathway[2030] ?? 0
        #expect(emissions.p5 * 0.9 <= central && central <= emissions.p95 * 1.1)
        for measure in result.measures { #expect(measure.abatement.p50.isFinite, "\(measure.id)") }
    }
}
