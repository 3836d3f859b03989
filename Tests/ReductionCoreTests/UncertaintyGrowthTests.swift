import Foundation
import Testing
import ReductionTestSupport
@testable import ReductionCore

/// Issue 16 item 1: activity growth is drawn. The toy city burns fuel at 1 tCO2/GJ (no
/// electricity), so its emissions are its demand; `save` cuts demand 20 % from 2021 (p = 1).
@Suite("Monte Carlo draws growth rates")
struct UncertaintyGrowthTests {
    static let save = """
    measures:
      - id: save
        name: {en: Save fuel, zh-Hans: 节能}
        changes: [{scale: {key: demand, by: -0.2}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: 100
    """

    /// r ~ triangular(0.01, 0.03, 0.05): the only ranged number of ``plan(demand:extra:)``'s default.
    static let rate = Estimate(0.03, low: 0.01, high: 0.05)
    static let rangedDemand = "{base: 1000, growth: {value: 0.03, low: 0.01, high: 0.05}}"

    static func plan(demand: String = rangedDemand, extra: String = "") -> String {
        ToyModel.defaultExample.replacingAll("  demand: 1000", with: "  demand: \(demand)") + extra
    }

    static func engine(_ text: String, measures: String = save, mode: UncertaintyMode = .fixedPlan) throws -> UncertaintyEngine {
        let model = ToyModel(measuresYAML: measures, example: text)
        return try UncertaintyEngine(plan: try PlanLoader.load(text: text, file: "growth.yaml", model: model), model: model, mode: mode)
    }

    /// The worker's drawn row of `key` in `year` after draw `draw` (seed 5), and the draw's uniforms.
    static func drawnRows(_ engine: UncertaintyEngine, draws: Range<Int>, key: String = "demand") -> [(row: [Double], uniforms: [Double])] {
        var worker = Worker(engine: engine, correlatedUniforms: [])
        let table = engine.evaluator.baseTable
        guard let index = table.index(of: key) else { return [] }
        return draws.map { draw in
            worker.drawParameters(draw: draw, seed: 5)
            let start = index * table.yearCount
            return (Array(worker.table.values[start..<(start + table.yearCount)]), worker.outcome.uniforms)
        }
    }

    @Test("only a growth rate is ranged: every draw's demand is 1,000 × (1 + r)^(t − 2020) for the drawn r")
    func everyDrawFollowsTheDrawnRate() throws {
        let engine = try Self.engine(Self.plan())
        #expect(engine.parameterNames == ["inputs.demand.growth"])
        var targets: [Double] = []
        for (row, uniforms) in Self.drawnRows(engine, draws: 0..<300) {
            let r = Self.rate.sample(uniforms[0])
            // Model years 2020…2030: the base year keeps 1,000; year t has 1,000 × (1 + r)^(t − 2020).
            #expect(row[0] == 1000)
            for offset in 1..<row.count { #expect(isClose(row[offset], 1000 * pow(1 + r, Double(offset)), relative: 1e-12)) }
            targets.append(row[5])
        }
        // 2025 within [1,000 × 1.01^5, 1,000 × 1.05^5] = [1,051.010, 1,276.282], and spread.
        #expect(targets.allSatisfy { $0 >= 1051.0100501 - 1e-6 && $0 <= 1276.2815625 + 1e-6 })
        #expect((targets.max() ?? 0) - (targets.min() ?? 0) > 100)
    }

    @Test("the pathway's percentiles follow the rate's: 800 × (1 + r)^5 at r's P5, P50, P95; counted as growth: 1")
    func pathwayPercentiles() throws {
        let engine = try Self.engine(Self.plan())
        // Central case unchanged: pathway 2025 = 0.8 × 1,000 × 1.03^5 = 927.419 t.
        let central = try #require(engine.centralResult.pathway[2025])
        #expect(isClose(central, 927.41925944))
        let result = engine.run(draws: 20_000, seed: 4, threads: 2)
        #expect(result.drawnByKind == ["growth": 1] && result.parameterCount == 1)
        // Triangular(0.01, 0.03, 0.05): P5 = 0.01 + √(0.05 × 0.04 × 0.02) = 0.0163246, P95 = 0.0436754.
        // Pathway = 0.8 × 1,000 × (1 + r)^5: P5 = 867.465, P50 = 927.419, P95 = 990.643 t.
        // s.e. of P5 with n = 20,000: √(0.0475 / n) / f(P5) = 0.00154 / 15.81 = 9.7e-5 in r ≈ 0.42 t: ±3 t is 7 s.e.
        #expect(abs(result.pathwayEmissions.p5 - 867.465) < 3)
        #expect(abs(result.pathwayEmissions.p50 - 927.419) < 3)
        #expect(abs(result.pathwayEmissions.p95 - 990.643) < 3)
        // The saving is 20 % of demand: 200 × (1 + r)^5, P5 216.866 … P95 247.661 t.
        let save = try #require(result.measures.first)
        #expect(abs(save.abatement.p5 - 216.866) < 1 && abs(save.abatement.p95 - 247.661) < 1)
        // Sensitivity names the rate: the pathway rises with it (Spearman 1 for a monotone function of one draw).
        let pathway = try #require(result.sensitivity.first { $0.result == "pathway" })
        #expect(pathway.parameters.map(\.parameter) == ["inputs.demand.growth"])
        #expect(isClose(pathway.parameters.first?.spearman, 1, relative: 1e-6))
    }

    @Test("same seed, same result on 1, 2 and 4 threads, fixed-plan and re-decide")
    func threadIndependence() throws {
        for mode in [UncertaintyMode.fixedPlan, .reDecide] {
            let engine = try Self.engine(Self.plan(), mode: mode)
            let one = engine.run(draws: 1_500, seed: 8, threads: 1)
            #expect(engine.run(draws: 1_500, seed: 8, threads: 2) == one)
            #expect(engine.run(draws: 1_500, seed: 8, threads: 4) == one)
        }
    }

    @Test("a drawn base and a drawn rate of the same input are both applied: b × (1 + r)^(t − 2020)")
    func baseAndRateTogether() throws {
        let engine = try Self.engine(Self.plan(demand: "{base: 1000, low: 900, high: 1100, growth: {value: 0.03, low: 0.01, high: 0.05}}"))
        // Draw order: the input's base, then its growth rate.
        #expect(engine.parameterNames == ["inputs.demand", "inputs.demand.growth"])
        let base = Estimate(1000, low: 900, high: 1100)
        for (row, uniforms) in Self.drawnRows(engine, draws: 0..<200) {
            let b = base.sample(uniforms[0]), r = Self.rate.sample(uniforms[1])
            #expect(isClose(row[0], b, relative: 1e-12))
            for offset in 1..<row.count { #expect(isClose(row[offset], b * pow(1 + r, Double(offset)), relative: 1e-12)) }
        }
        #expect(engine.run(draws: 100, seed: 1).drawnByKind == ["growth": 1, "input": 1])
    }

    @Test("explicit values still override the drawn projection; periods draw their own rate")
    func pointsAndPeriods() throws {
        // 2025 is given as 1,200; other years follow 1,000 × (1 + r)^(t − 2020).
        let pinned = try Self.engine(Self.plan(demand: "{base: 1000, growth: {value: 0.03, low: 0.01, high: 0.05}, values: {2025: 1200}}"))
        for (row, uniforms) in Self.drawnRows(pinned, draws: 0..<100) {
            let r = Self.rate.sample(uniforms[0])
            #expect(row[5] == 1200)
            #expect(isClose(row[6], 1000 * pow(1 + r, 6), relative: 1e-12))
        }
        // First period ranged (to 2025), second fixed at 1 %: 2030 = 1,000 × (1 + r)^5 × 1.01^5.
        let periods = try Self.engine(Self.plan(demand: "{base: 1000, growth: [{until: 2025, rate: {value: 0.04, low: 0.02, high: 0.06}}, {until: 2030, rate: 0.01}]}"))
        #expect(periods.parameterNames == ["inputs.demand.growth[0]"])
        let first = Estimate(0.04, low: 0.02, high: 0.06)
        for (row, uniforms) in Self.drawnRows(periods, draws: 0..<100) {
            let r = first.sample(uniforms[0])
            #expect(isClose(row[5], 1000 * pow(1 + r, 5), relative: 1e-12))
            #expect(isClose(row[10], 1000 * pow(1 + r, 5) * pow(1.01, 5), relative: 1e-12))
        }
    }

    @Test("a declared correlation may name a growth rate; it is induced")
    func correlationNamesGrowth() throws {
        let text = Self.plan(extra: """

          factor.fuel: {value: 1.0, low: 0.8, high: 1.2}
        uncertainty:
          correlations:
            - {between: [inputs.demand.growth, inputs.factor.fuel], rank: 0.8}
        """)
        let result = try Self.engine(text).run(draws: 5_000, seed: 21, threads: 2)
        let correlation = try #require(result.correlations.first)
        // Iman–Conover on n = 5,000: spread about (1 − ρ²)/√n = 0.005; ±0.03 is 6 of those.
        #expect(correlation.first == "inputs.demand.growth" && abs(correlation.achieved - 0.8) < 0.03)
        #expect(result.drawnByKind == ["growth": 1, "input": 1])
    }

    @Test("a share with drawn growth keeps its group at 100 %: rows renormalised year by year")
    func shareGroupWithGrowth() throws {
        // Landfill 0.6 growing at r ~ triangular(−0.05, 0, 0.05), compost 0.4 fixed; the group must add
        // up to 1, so in year t: landfill = 0.6 g / (0.6 g + 0.4), compost = 0.4 / (0.6 g + 0.4), g = (1 + r)^(t − 2020).
        let text = UncertaintyHonestyTests.plan
            .replacingAll("route.landfill.share: {value: 0.6, low: 0.4, high: 0.8}",
                          with: "route.landfill.share: {base: 0.6, growth: {value: 0, low: -0.05, high: 0.05}}")
            .replacingAll("route.compost.share: {value: 0.4, low: 0.2, high: 0.6}", with: "route.compost.share: 0.4")
        let model = RouteModel(example: text)
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        #expect(engine.parameterNames == ["inputs.route.landfill.share.growth"])
        let growthRate = Estimate(0, low: -0.05, high: 0.05)
        let landfill = Self.drawnRows(engine, draws: 0..<100, key: "route.landfill.share")
        let compost = Self.drawnRows(engine, draws: 0..<100, key: "route.compost.share")
        for draw in 0..<100 {
            let r = growthRate.sample(landfill[draw].uniforms[0])
            for offset in 0..<11 {
                let g = pow(1 + r, Double(offset)), sum = 0.6 * g + 0.4
                #expect(isClose(landfill[draw].row[offset], 0.6 * g / sum, relative: 1e-12))
                #expect(isClose(compost[draw].row[offset], 0.4 / sum, relative: 1e-12))
            }
        }
        // Emissions = 1,000 t × (landfill + compost) = 1,000 t in every draw.
        let result = engine.run(draws: 2_000, seed: 3, threads: 2)
        #expect(abs(result.pathwayEmissions.p5 - 1000) < 1e-9 && abs(result.pathwayEmissions.p95 - 1000) < 1e-9)
        #expect(result.drawnByKind == ["growth": 1])
    }

    @Test("a factor set's ranged growth is drawn (kind growth) and counted by the catalogue")
    func factorSetGrowth() throws {
        let factors = ToyModel.factors.replacingAll("factor.fuel: {value: 1.0, unit: tCO2/GJ, source: \"test value\"}",
                                                    with: "factor.fuel: {base: 1.0, growth: {value: -0.02, low: -0.04, high: 0}, unit: tCO2/GJ}")
        let model = ToyModel(measuresYAML: Self.save, example: Self.plan(demand: "1000"), factors: factors)
        let catalogue = try Catalogue(model: model)
        #expect(catalogue.rangedGrowthRates(in: "simple") == 1 && catalogue.rangedGrowthRates(in: "halved") == 0)
        #expect(catalogue.rangedFactors(in: "simple") == 0)
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        #expect(engine.parameterNames == ["inputs.factor.fuel.growth"])
        #expect(engine.run(draws: 50, seed: 1).drawnByKind == ["growth": 1])
    }

    @Test("a normal growth rate's tail never carries a share past 1: those years are held at 1, the others keep their bits")
    func growthKeepsAShareInRange() throws {
        // share.electric = 0.8 (1 + r)^(t − 2020), r ~ normal(0.01, σ = 0.02 / 3.919928 = 0.005102).
        // In 2030 the share passes 1 when r > 1.25^(1/10) − 1 = 0.022565, z = 2.46, P = 0.69 %:
        // about 21 of 3,000 draws. Their 2030 value must be 1, every other year and draw 0.8 (1 + r)^k.
        let text = Self.plan(demand: "1000", extra: "\n  share.electric: {base: 0.8, growth: {value: 0.01, low: 0.0, high: 0.02, distribution: normal}}\n")
        let engine = try Self.engine(text)
        #expect(engine.parameterNames == ["inputs.share.electric.growth"])
        let rate = Estimate(0.01, low: 0.0, high: 0.02, distribution: .normal)
        let truncation = engine.truncations[0]
        var held = 0
        for drawn in Self.drawnRows(engine, draws: 0..<3_000, key: "share.electric") {
            let r = rate.sample(drawn.uniforms[0], truncation: truncation)
            for offset in 0..<11 {
                let expanded = 0.8 * pow(1 + r, Double(offset))
                if expanded > 1 {
                    #expect(drawn.row[offset] == 1)
                    held += 1
                } else {
                    #expect(isClose(drawn.row[offset], expanded, relative: 1e-12))
                }
            }
        }
        #expect(held > 5 && held < 60)
    }
}
