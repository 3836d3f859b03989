import Testing
import ReductionTestSupport
@testable import ReductionCore

@Suite("Monte Carlo")
struct UncertaintyTests {
    static let uniformMeasure = """
    measures:
      - id: a-demand
        name: {en: Demand cut, zh-Hans: 需求削减}
        changes: [{scale: {key: demand, by: {value: -0.2, low: -0.3, high: -0.1, distribution: uniform}}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: 2000
    """

    func engine(measures: String = ToyModel.defaultMeasures, extra: String = "") throws -> UncertaintyEngine {
        let model = ToyModel(measuresYAML: measures, example: ToyModel.defaultExample + extra)
        return try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
    }

    @Test func sameSeedSameResultWithOneOrTwoThreads() throws {
        let engine = try engine()
        let one = engine.run(draws: 500, seed: 42, threads: 1)
        let two = engine.run(draws: 500, seed: 42, threads: 2)
        #expect(one == two)
        let other = engine.run(draws: 500, seed: 43, threads: 2)
        #expect(other != one)
    }

    @Test func noRangeMeansNoSpread() throws {
        // B has no range, A's range is the only one; with A's range removed nothing varies.
        let fixed = ToyModel.defaultMeasures.replacingAll("{value: -0.2, low: -0.3, high: -0.1, source: test}", with: "-0.2")
        let result = try engine(measures: fixed).run(draws: 200, seed: 1)
        #expect(result.parameterCount == 0)
        let a = result.measures.first { $0.id == "a-demand" }
        // Central: 200 t at 10 CNY/t, every draw identical.
        #expect(a?.abatement == Percentiles(p5: 200, p50: 200, p95: 200))
        #expect(isClose(a?.costPerTonne.p5, 10) && isClose(a?.costPerTonne.p95, 10))
        #expect(a?.probabilityKeepsRank == 1)
    }

    @Test func uniformRangeMatchesHandPercentiles() throws {
        let result = try engine(measures: Self.uniformMeasure, extra: """

        targets:
          - {id: cut-15, year: 2025, belowBaseYear: 0.15}
        """).run(draws: 20_000, seed: 7)
        let a = try #require(result.measures.first)
        // by ~ U(−0.3, −0.1) → abatement = 1,000 GJ × 1 t/GJ × |by| ~ U(100, 300) t:
        // P5 = 100 + 0.05 × 200 = 110, P50 = 200, P95 = 290. Sampling s.e. of P5 with n = 20,000:
        // √(0.05 × 0.95 / 20,000) × 200 ≈ 0.31 t, so ±2 t is a > 6 s.e. tolerance.
        #expect(abs(a.abatement.p5 - 110) < 2 && abs(a.abatement.p50 - 200) < 2 && abs(a.abatement.p95 - 290) < 2)
        // Cost = 2,000 CNY / abatement (decreasing): P5 = 2,000/290 = 6.90, P50 = 10, P95 = 2,000/110 = 18.18.
        #expect(abs(a.costPerTonne.p5 - 6.897) < 0.1 && abs(a.costPerTonne.p50 - 10) < 0.15 && abs(a.costPerTonne.p95 - 18.18) < 0.4)
        #expect(a.probabilitySavesMoney == 0)
        // Target: ≤ 850 t needs |by| ≥ 0.15 → P = (0.30 − 0.15) / 0.20 = 0.75 (s.e. 0.003).
        #expect(abs((result.targetProbabilities["cut-15"] ?? 0) - 0.75) < 0.02)
        // Every draw peaks in the base year (2020: 1,000 t; later ≤ 900 t).
        #expect(result.peakYearDistribution == [2020: 1])
    }

    @Test func triangularAndOtherDistributions() {
        // Triangular (0, 1, 2) at u = 0.5 is the mode 1; at u = 0.125: √(2 × 1 × 0.125) = 0.5.
        let triangle = Estimate(1, low: 0, high: 2)
        #expect(isClose(triangle.sample(0.5), 1) && isClose(triangle.sample(0.125), 0.5))
        // Uniform (10, 20) at u = 0.25 → 12.5.
        #expect(isClose(Estimate(15, low: 10, high: 20, distribution: .uniform).sample(0.25), 12.5))
        // Normal: the 97.5 % point is `high` (value + 1.96 σ with σ = (high − low)/3.92).
        #expect(isClose(Estimate(0, low: -1.96, high: 1.96, distribution: .normal).sample(0.975), 1.96, relative: 1e-4, absolute: 1e-4))
        // Lognormal: the median is the central value.
        #expect(isClose(Estimate(5, low: 2, high: 12.5, distribution: .lognormal).sample(0.5), 5))
        // No range → the central value whatever u is.
        #expect(Estimate(3).sample(0.01) == 3)
    }

    @Test func percentileRule() {
        // Type 7: positions (n − 1) p over 0…100 → P5 = 5, P50 = 50, P95 = 95.
        let p = Percentiles(of: (0...100).map(Double.init).reversed())
        #expect(p == Percentiles(p5: 5, p50: 50, p95: 95))
    }

    @Test func randomStreamsAreCounterBased() {
        var a = CounterRandom(seed: 9, draw: 1234)
        var b = CounterRandom(seed: 9, draw: 1234)
        #expect(a.next() == b.next())
        var c = CounterRandom(seed: 9, draw: 1235)
        var d = CounterRandom(seed: 9, draw: 1234)
        #expect(c.next() != d.next())  // neighbouring draws have different streams
        let u = (0..<1000).map { _ in a.uniform() }
        #expect(u.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(abs(u.reduce(0, +) / 1000 - 0.5) < 0.05)
    }
}

@Suite("Percentiles by selection")
struct PercentileSelectionTests {
    @Test func selectionAgreesWithSorting() {
        // A fixed pseudo-random sample with ties: compare against the sorted type-7 rule.
        var random = CounterRandom(seed: 5, draw: 0)
        for count in [1, 2, 3, 10, 101, 1_000] {
            let values = (0..<count).map { _ in (random.uniform() * 20).rounded() }
            let sorted = values.sorted()
            func expected(_ p: Double) -> Double {
                let position = Double(count - 1) * p
                let lower = Int(position.rounded(.down)), upper = min(lower + 1, count - 1)
                return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
            }
            let result = Percentiles(of: values)
            #expect(isClose(result.p5, expected(0.05)) && isClose(result.p50, expected(0.5)) && isClose(result.p95, expected(0.95)))
        }
        #expect(Percentiles(of: [.nan, .nan]).p50.isNaN)
    }
}
