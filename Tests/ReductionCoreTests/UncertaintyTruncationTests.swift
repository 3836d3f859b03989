import Foundation
import Testing
import ReductionTestSupport
@testable import ReductionCore

/// Drawn values stay in their domain: normal (and every other) distribution is truncated to
/// the values the number can take by inverse-CDF restriction. The toy city's emissions are
/// `demand × (1 − 0.5 s)` (fuel 1 tCO2/GJ, grid 0.5, electric share s); `save` cuts demand 20 %.
@Suite("Monte Carlo draws stay in their domain")
struct UncertaintyTruncationTests {
    static func engine(inputs: String = "", header: String = "", demand: String = "1000") throws -> UncertaintyEngine {
        let text = ToyModel.defaultExample.replacingAll("  demand: 1000", with: "  demand: \(demand)").replacingAll("  discountRates: {social: 0, private: 0}\n",
                                                        with: header.isEmpty ? "  discountRates: {social: 0, private: 0}\n" : header)
            + "\n" + inputs
        let model = ToyModel(measuresYAML: UncertaintyGrowthTests.save, example: text)
        return try UncertaintyEngine(plan: try PlanLoader.load(text: text, file: "truncate.yaml", model: model), model: model)
    }

    /// s ~ normal(0.9, σ) with low 0.8, high 1.0 as the 2.5/97.5 % points.
    static let normalShare = "  share.electric: {value: 0.9, low: 0.8, high: 1.0, distribution: normal}\n"

    /// The drawn value of input `key` in the first model year for draws `draws` (seed 5).
    static func drawnInputs(_ engine: UncertaintyEngine, key: String, draws: Range<Int>) -> [Double] {
        var worker = Worker(engine: engine, correlatedUniforms: [])
        let table = engine.evaluator.baseTable
        guard let index = table.index(of: key) else { return [] }
        return draws.map { draw in
            worker.drawParameters(draw: draw, seed: 5)
            return worker.table.values[index * table.yearCount]
        }
    }

    @Test("a normal share 0.9 (0.8…1.0) never draws above 1; its mean is the truncated normal's")
    func normalShareIsTruncated() throws {
        let engine = try Self.engine(inputs: Self.normalShare)
        #expect(engine.parameterNames == ["inputs.share.electric"])
        let draws = Self.drawnInputs(engine, key: "share.electric", draws: 0..<20_000)
        // Untruncated, P(s > 1) = 1 − Φ(1.959964) = 2.5 %: about 500 of 20,000 draws would exceed 1.
        #expect(draws.filter { $0 > 1 }.isEmpty)
        #expect(draws.allSatisfy { $0 >= 0 })
        // σ = 0.2 / 3.919928 = 0.0510213; β = (1 − 0.9) / σ = 1.959964; φ(β) = 0.0584451, Φ(β) = 0.975.
        // Truncated mean μ − σ φ(β)/Φ(β) = 0.9 − 0.0510213 × 0.0599437 = 0.8969416 (the cut at 0, 17.6 σ below, is nil).
        // sd = σ √(1 − β φ/Φ − (φ/Φ)²) = 0.0478329; s.e. of the mean of 20,000 draws 0.000338; 3 s.e. = 0.00101.
        let mean = draws.reduce(0, +) / Double(draws.count)
        #expect(abs(mean - 0.8969416) < 0.00101)
        // The untruncated mean 0.9 is 9 s.e. away: the test tells the two apart.
        #expect(abs(mean - 0.9) > 0.002)
    }

    @Test("a normal discount rate whose tail passes the loader's 100 % bound is truncated below it")
    func discountRateIsTruncated() throws {
        let engine = try Self.engine(header: "  discountRates: {social: {value: 0.9, low: 0.82, high: 0.98, distribution: normal}, private: 0}\n")
        #expect(engine.parameterNames == ["discountRates.social"])
        var worker = Worker(engine: engine, correlatedUniforms: [])
        var rates: [Double] = []
        for draw in 0..<20_000 {
            worker.drawParameters(draw: draw, seed: 3)
            rates.append(worker.socialRate)
        }
        // σ = 0.16 / 3.919928 = 0.0408171; P(r ≥ 1) = 1 − Φ(0.1 / σ = 2.44996) = 0.714 %: about 143 of
        // 20,000 untruncated draws. The loader refuses r ≥ 1 (and ≤ −0.5, 34 σ below: nil).
        #expect(rates.allSatisfy { $0 > -0.5 && $0 < 1 })
        #expect((rates.max() ?? 1) > 0.99)
        // Reported: 0.714 % of the mass cut.
        let cut = try #require(engine.run(draws: 10, seed: 1, threads: 1).truncated.first)
        #expect(cut.parameter == "discountRates.social" && cut.distribution == .normal)
        #expect(isClose(cut.massCut, 0.0071437, relative: 1e-4))
        #expect(cut.low == (-0.5).nextUp && cut.high == 1.0.nextDown)
    }

    @Test("same seed, same result on 1 and 2 threads; a share at its bound keeps every draw's pathway ≥ 400 t")
    func deterministicAndInDomain() throws {
        // s ~ normal(1.0, σ = 0.051) truncated to ≤ 1: half the untruncated mass is cut.
        let engine = try Self.engine(inputs: "  share.electric: {value: 1.0, low: 0.9, high: 1.1, distribution: normal}\n")
        let one = engine.run(draws: 2_000, seed: 11, threads: 1)
        let two = engine.run(draws: 2_000, seed: 11, threads: 2)
        #expect(one == two)
        // Pathway 2025 = 800 × (1 − 0.5 s) ≥ 400 t for s ≤ 1. Untruncated, s's P95 = 1 + 1.645 σ = 1.084
        // would give a pathway P5 of 800 × (1 − 0.542) = 366 t.
        #expect(one.pathwayEmissions.p5 >= 400 - 1e-9)
        // The same draws as the worker's, draw by draw, whichever thread ran them.
        let draws = Self.drawnInputs(engine, key: "share.electric", draws: 0..<200)
        #expect(draws.allSatisfy { $0 <= 1 && $0 > 0.7 })
    }

    @Test("the summary names a truncated parameter and the mass cut; within-range draws are not named")
    func summaryLine() throws {
        // Demand 1,000 becomes normal(1,000, σ = 51) here (the example's plain `demand: 1000` is replaced).
        let engine = try Self.engine(inputs: Self.normalShare, demand: "{value: 1000, low: 900, high: 1100, distribution: normal}")
        let result = engine.run(draws: 100, seed: 2, threads: 1)
        // Demand's normal(1,000, σ = 51) puts Φ(−19.6) ≈ 0 below 0: not named.
        // The share: 1 − Φ(1.959964) = 2.5000 % cut above 1 (the tail below 0 is 17.6 σ away).
        #expect(result.truncated.map(\.parameter) == ["inputs.share.electric"])
        let cut = try #require(result.truncated.first)
        #expect(isClose(cut.massCut, 0.025, relative: 1e-6))
        #expect(cut.low == 0 && cut.high == 1)
        #expect(cut.summary(.english) == "inputs.share.electric: normal truncated to 0…1, 2.5 % of the untruncated mass cut")
        #expect(cut.summary(.simplifiedChinese) == "inputs.share.electric：normal 分布截断至 0…1，截去未截断分布 2.5 % 的概率")
    }

    @Test("a triangular range past the domain is truncated too; a range inside it draws exactly as before",
          arguments: [0.001, 0.1, 0.37, 0.5, 0.8, 0.999])
    func triangularAndUntouched(u: Double) {
        // Triangular(0.8, 0.95, 1.1) on 0…1: F(1) = 1 − 0.1² / (0.3 × 0.15) = 0.777778; the draw is
        // the quantile of 0.777778 u, never above 1.
        let share = Estimate(0.95, low: 0.8, high: 1.1)
        let truncation = share.truncation(to: 0...1)
        #expect(isClose(truncation.massCut, 0.2222222, relative: 1e-6))
        let drawn = share.sample(u, truncation: truncation)
        #expect(drawn <= 1 && isClose(drawn, share.sample(0.7777778 * u), relative: 1e-6))
        // A normal within an unbounded domain: bit for bit the untruncated draw.
        let normal = Estimate(5, low: 3, high: 7, distribution: .normal)
        #expect(normal.sample(u, truncation: normal.truncation(to: -Double.infinity...Double.infinity)) == normal.sample(u))
        #expect(normal.truncation(to: -PlanLimits.maxMagnitude...PlanLimits.maxMagnitude).massCut == 0)
    }
}
