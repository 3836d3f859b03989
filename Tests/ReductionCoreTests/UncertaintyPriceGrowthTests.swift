import Foundation
import Testing
import ReductionTestSupport
@testable import ReductionCore

/// Issue 16 item 1: an energy price's growth rate may carry a range on either basis and is drawn
/// (kind `price-growth`). The toy city burns 1,000 GJ of fuel a year at 1 tCO2/GJ (no
/// electricity); `save` cuts demand 20 % from 2021 (p = 1) at no cost, so in 2025 it abates
/// 200 t and saves 200 GJ: its cost per tonne is −200 GJ × p(2025) / 200 t = −p(2025).
@Suite("Monte Carlo draws energy-price growth rates")
struct UncertaintyPriceGrowthTests {
    static let save = "measures:\n" + ToyModel.measure("save", change: "{scale: {key: demand, by: -0.2}}", opex: "0")

    /// r ~ triangular(0.01, 0.02, 0.03): P5 = 0.01 + √(0.05 × 0.02 × 0.01) = 0.0131623, P95 = 0.0268377.
    static let rate = Estimate(0.02, low: 0.01, high: 0.03)
    static let rangedRate = "{value: 0.02, low: 0.01, high: 0.03}"

    /// The toy plan (demand 1,000 GJ, line 12) with `prices` as its `energyPrices` block (line 13 on).
    static func plan(prices: String, header: String = "") -> String {
        ToyModel.defaultExample.replacingAll("  horizon: 2030\n", with: "  horizon: 2030\n" + header)
            + "\nenergyPrices:\n" + prices + "\n"
    }

    static func engine(_ text: String, measures: String = save, mode: UncertaintyMode = .fixedPlan) throws -> UncertaintyEngine {
        let model = ToyModel(measuresYAML: measures, example: text)
        return try UncertaintyEngine(plan: try PlanLoader.load(text: text, file: "prices.yaml", model: model), model: model, mode: mode)
    }

    /// Per draw (seed 5): the fuel price's target-year social and private price, its full social
    /// and private series as a re-decided draw's evaluator holds them, and the draw's uniforms.
    struct DrawnPrices {
        var social: Double, privatePrice: Double
        var socialSeries: [Double], privateSeries: [Double]
        var uniforms: [Double]
    }

    static func drawnPrices(_ engine: UncertaintyEngine, draws: Range<Int>) -> [DrawnPrices] {
        var worker = Worker(engine: engine, correlatedUniforms: [])
        return draws.map { draw in
            worker.drawParameters(draw: draw, seed: 5)
            let costs = worker.drawnEvaluator().costs
            return DrawnPrices(social: worker.targetPrices[0], privatePrice: worker.privateTargetPrices[0],
                               socialSeries: costs.socialPrices[0] ?? [], privateSeries: costs.privatePrices[0] ?? [],
                               uniforms: worker.outcome.uniforms)
        }
    }

    @Test("only a fuel price's growth is ranged: every draw's price is 60 × (1 + r)^(t − 2020) in both modes' prices")
    func everyDrawFollowsTheDrawnRate() throws {
        let engine = try Self.engine(Self.plan(prices: "  fuel: {base: 60, growth: \(Self.rangedRate)}"))
        #expect(engine.parameterNames == ["energyPrices.fuel.growth"])
        for drawn in Self.drawnPrices(engine, draws: 0..<300) {
            let r = Self.rate.sample(drawn.uniforms[0])
            // Target year 2025: 60 × (1 + r)^5; no private price, so the private one follows the social draw.
            #expect(isClose(drawn.social, 60 * pow(1 + r, 5), relative: 1e-12))
            #expect(isClose(drawn.privatePrice, 60 * pow(1 + r, 5), relative: 1e-12))
            // The full series (re-decide's evaluator) over 2020…2030: 60 in 2020, 60 × (1 + r)^(t − 2020) after.
            #expect(drawn.socialSeries.count == 11 && drawn.socialSeries[0] == 60)
            for offset in 0..<11 {
                #expect(isClose(drawn.socialSeries[offset], 60 * pow(1 + r, Double(offset)), relative: 1e-12))
                #expect(isClose(drawn.privateSeries[offset], 60 * pow(1 + r, Double(offset)), relative: 1e-12))
            }
        }
    }

    @Test("the cost-per-tonne spread follows −60 × (1 + r)^5 at r's percentiles; abatement stays 200 t; counted as price-growth")
    func costSpreadAbatementUnchanged() throws {
        let engine = try Self.engine(Self.plan(prices: "  fuel: {base: 60, growth: \(Self.rangedRate)}"))
        // Central: −60 × 1.02^5 = −66.2448 CNY/t (before, with the range refused, no plan loaded at all).
        let central = try #require(engine.centralResult.macc.steps.first)
        #expect(isClose(central.costPerTonne, -66.244848192, relative: 1e-9))
        let result = engine.run(draws: 20_000, seed: 4, threads: 2)
        #expect(result.drawnByKind == ["price-growth": 1] && result.parameterCount == 1)
        let save = try #require(result.measures.first)
        // Abatement = 0.2 × 1,000 GJ × 1 tCO2/GJ = 200 t in every draw.
        #expect(save.abatement.p5 == 200 && save.abatement.p95 == 200)
        // Cost = −60 (1 + r)^5, decreasing in r: P5 at r's P95 0.0268377 → −68.4952; P50 at 0.02 → −66.2448;
        // P95 at r's P5 0.0131623 → −64.0540. s.e. of P5 in r: √(0.0475 / 20,000) / f(P5) = 0.00154 / 31.6
        // = 4.9e-5, × dp/dr = 300 × 1.027^4 = 334 → 0.016 CNY/t: ±0.1 is 6 s.e.
        #expect(abs(save.costPerTonne.p5 - -68.4952) < 0.1)
        #expect(abs(save.costPerTonne.p50 - -66.2448) < 0.1)
        #expect(abs(save.costPerTonne.p95 - -64.0540) < 0.1)
        #expect(save.costPerTonne.p95 - save.costPerTonne.p5 > 4)
        // Sensitivity names the rate: cost falls as it rises (Spearman −1 for a decreasing function of one draw).
        let cost = try #require(result.sensitivity.first { $0.result == "save" })
        #expect(cost.parameters.map(\.parameter) == ["energyPrices.fuel.growth"])
        #expect(isClose(cost.parameters.first?.spearman, -1, relative: 1e-6))
    }

    @Test("a private-basis growth is drawn on the private price only: energyPrices.fuel.private.growth")
    func privateBasisGrowth() throws {
        let engine = try Self.engine(Self.plan(prices: "  fuel: {social: 50, private: {base: 60, growth: \(Self.rangedRate)}}"))
        #expect(engine.parameterNames == ["energyPrices.fuel.private.growth"])
        for drawn in Self.drawnPrices(engine, draws: 0..<200) {
            let r = Self.rate.sample(drawn.uniforms[0])
            // Social stays 50 every year; private is 60 × (1 + r)^(t − 2020).
            #expect(drawn.social == 50 && drawn.socialSeries.allSatisfy { $0 == 50 })
            #expect(isClose(drawn.privatePrice, 60 * pow(1 + r, 5), relative: 1e-12))
            for offset in 0..<11 { #expect(isClose(drawn.privateSeries[offset], 60 * pow(1 + r, Double(offset)), relative: 1e-12)) }
        }
        let save = try #require(engine.run(draws: 20_000, seed: 4, threads: 2).measures.first)
        // Social cost −50 CNY/t in every draw; private −60 (1 + r)^5 with the percentiles of the test above.
        #expect(abs(save.costPerTonne.p5 - -50) < 1e-9 && abs(save.costPerTonne.p95 - -50) < 1e-9)
        #expect(abs(save.privateCostPerTonne.p5 - -68.4952) < 0.1 && abs(save.privateCostPerTonne.p95 - -64.0540) < 0.1)
    }

    @Test("a drawn base and a drawn rate combine, b × (1 + r)^(t − 2020); a period's rate is drawn up to its until")
    func baseRateAndPeriods() throws {
        let both = try Self.engine(Self.plan(prices: "  fuel: {base: 60, low: 50, high: 70, growth: \(Self.rangedRate)}"))
        // Draw order: the price's base, then its growth rate.
        #expect(both.parameterNames == ["energyPrices.fuel", "energyPrices.fuel.growth"])
        let base = Estimate(60, low: 50, high: 70)
        for drawn in Self.drawnPrices(both, draws: 0..<200) {
            let b = base.sample(drawn.uniforms[0]), r = Self.rate.sample(drawn.uniforms[1])
            #expect(isClose(drawn.social, b * pow(1 + r, 5), relative: 1e-12))
            for offset in 0..<11 { #expect(isClose(drawn.socialSeries[offset], b * pow(1 + r, Double(offset)), relative: 1e-12)) }
        }
        #expect(both.run(draws: 100, seed: 1).drawnByKind == ["price": 1, "price-growth": 1])
        // Ranged to 2023, then a fixed 5 %: p(t) = 60 (1 + r)^min(t − 2020, 3) × 1.05^max(t − 2023, 0).
        let periods = try Self.engine(Self.plan(prices: "  fuel: {base: 60, growth: [{until: 2023, rate: \(Self.rangedRate)}, {until: 2030, rate: 0.05}]}"))
        #expect(periods.parameterNames == ["energyPrices.fuel.growth[0]"])
        for drawn in Self.drawnPrices(periods, draws: 0..<200) {
            let r = Self.rate.sample(drawn.uniforms[0])
            for offset in 0..<11 {
                let hand = 60 * pow(1 + r, Double(min(offset, 3))) * pow(1.05, Double(max(offset - 3, 0)))
                #expect(isClose(drawn.socialSeries[offset], hand, relative: 1e-12))
            }
            #expect(isClose(drawn.social, 60 * pow(1 + r, 3) * 1.05 * 1.05, relative: 1e-12))
        }
    }

    /// Either-or on demand: `small` cuts 10 % at no cost, `big` cuts 30 % for 15,000 CNY a year and
    /// excludes it.
    static let alternatives = "measures:\n"
        + ToyModel.measure("small", change: "{scale: {key: demand, by: -0.1}}", opex: "0")
        + ToyModel.measure("big", change: "{scale: {key: demand, by: -0.3}}", opex: "15000", extra: "    excludes: [small]\n")

    @Test("re-decide re-chooses an alternative on the drawn price: P(big chosen) = P(60 (1 + r)^5 ≥ 65)")
    func redecideChoosesOnDrawnPrice() throws {
        // Standalone in 2025: small −100 p (100 t), big 15,000 − 300 p (300 t); big replaces small when
        // (15,000 − 200 p) / 200 t ≤ 10 CNY/t, i.e. p ≥ 65: (1 + r)^5 ≥ 13/12, r ≥ 0.0161374.
        // Triangular CDF below the mode: (0.0061374)² / (0.02 × 0.01) = 0.18834, so P(big) = 0.81166.
        let text = Self.plan(prices: "  fuel: {base: 60, growth: \(Self.rangedRate)}", header: "  referenceCarbonPrice: 10\n")
        let engine = try Self.engine(text, measures: Self.alternatives, mode: .reDecide)
        #expect(engine.centralResult.order == ["big"])
        let result = engine.run(draws: 5_000, seed: 6, threads: 2)
        // s.e. √(0.81 × 0.19 / 5,000) = 0.0055: ±0.025 is 4.5 s.e.
        let big = try #require(result.measures.first { $0.id == "big" })
        let small = try #require(result.measures.first { $0.id == "small" })
        #expect(abs(big.probabilityChosen - 0.81166) < 0.025)
        #expect(isClose(small.probabilityChosen, 1 - big.probabilityChosen, absolute: 1e-12))
    }

    @Test("same seed, same result on 1, 2 and 4 threads, fixed-plan and re-decide (both bases' growth drawn)")
    func threadIndependence() throws {
        // The social price crosses 65 CNY/GJ in 2025 (60 × 1.01^5 = 63.06 … 60 × 1.03^5 = 69.56), so under
        // re-decide each alternative wins in some draws and every figure compared is a number (NaN ≠ NaN).
        let text = Self.plan(prices: "  fuel: {social: {base: 60, growth: \(Self.rangedRate)}, "
                                + "private: {base: 70, low: 65, high: 75, growth: {value: 0.01, low: 0, high: 0.02}}}",
                             header: "  referenceCarbonPrice: 10\n")
        for (mode, measures) in [(UncertaintyMode.fixedPlan, Self.save), (.reDecide, Self.save), (.reDecide, Self.alternatives)] {
            let engine = try Self.engine(text, measures: measures, mode: mode)
            #expect(engine.parameterNames == ["energyPrices.fuel.growth", "energyPrices.fuel.private", "energyPrices.fuel.private.growth"])
            let one = engine.run(draws: 1_500, seed: 8, threads: 1)
            #expect(one.drawnByKind == ["price": 1, "price-growth": 2])
            #expect(engine.run(draws: 1_500, seed: 8, threads: 2) == one)
            #expect(engine.run(draws: 1_500, seed: 8, threads: 4) == one)
        }
        // One measure, no alternatives: re-decide's target-year ordering prices each draw as fixed-plan does.
        let fixed = try Self.engine(text).run(draws: 1_500, seed: 8, threads: 2)
        let redecided = try Self.engine(text, mode: .reDecide).run(draws: 1_500, seed: 8, threads: 2)
        let a = try #require(fixed.measures.first), b = try #require(redecided.measures.first)
        #expect(a.costPerTonne.p5 < a.costPerTonne.p95)
        #expect(isClose(a.costPerTonne.p5, b.costPerTonne.p5) && isClose(a.costPerTonne.p95, b.costPerTonne.p95))
        #expect(isClose(a.privateCostPerTonne.p5, b.privateCostPerTonne.p5) && isClose(a.privateCostPerTonne.p95, b.privateCostPerTonne.p95))
    }

    @Test("a declared correlation may name a price's growth rate; it is induced")
    func correlationNamesPriceGrowth() throws {
        let text = Self.plan(prices: "  fuel: {social: {base: 50, growth: \(Self.rangedRate)}, private: {base: 60, growth: \(Self.rangedRate)}}")
            + "uncertainty:\n  correlations:\n    - {between: [energyPrices.fuel.growth, energyPrices.fuel.private.growth], rank: 0.8}\n"
        let result = try Self.engine(text).run(draws: 5_000, seed: 21, threads: 2)
        let correlation = try #require(result.correlations.first)
        // Iman–Conover on n = 5,000: spread about (1 − ρ²)/√n = 0.005; ±0.03 is 6 of those.
        #expect(correlation.first == "energyPrices.fuel.growth" && correlation.second == "energyPrices.fuel.private.growth")
        #expect(abs(correlation.achieved - 0.8) < 0.03)
    }

    /// Bad ranged price growth rates: the message and its key path, on line 14 (the `fuel` line).
    static let badRates: [(prices: String, keyPath: String, message: String)] = [
        ("  fuel: {base: 60, growth: {value: 0.02, low: 0.03, high: 0.04}}", "energyPrices.fuel.growth", "low (0.03) is above value (0.02)"),
        ("  fuel: {base: 60, growth: {value: 0.02, low: 0.01, high: 2}}", "energyPrices.fuel.growth.high",
         "a growth rate is a fraction per year within -1…1: 2.0 means +200.0 % a year; write 0.04 for 4 %"),
        ("  fuel: {base: 60, growth: [{until: 2025, rate: {value: 0.02, low: -1, high: 0.03}}]}", "energyPrices.fuel.growth[0].rate.low",
         "a growth rate must be above -1 (-100 %), found -1.0"),
        ("  fuel: {social: {base: 50, growth: {value: 0.02, high: 0.01}}}", "energyPrices.fuel.social.growth",
         "high (0.01) is below value (0.02)"),
        ("  fuel: {social: 50, private: {base: 60, growth: {value: 0.02, lo: 0.01}}}", "energyPrices.fuel.private.growth.lo",
         "unknown key 'lo' (expected one of: distribution, high, low, note, source, value)"),
    ]

    @Test("a malformed ranged price growth is a typed error naming file, line and key path, as an input's", arguments: badRates)
    func badRate(_ bad: (prices: String, keyPath: String, message: String)) throws {
        let error = try #require(Self.failure(Self.plan(prices: bad.prices)))
        #expect(error.code == .invalidValue || error.code == .unknownKey)
        #expect(error.message == bad.message)
        #expect(error.location.file == "prices.yaml" && error.location.line == 14)
        #expect(error.location.keyPath == bad.keyPath)
    }

    @Test("GDP's growth is not drawn, so a range there is refused; a price growth range edited in code fails validation")
    func gdpRefusedAndValidationInCode() throws {
        let gdp = Self.plan(prices: "  fuel: 60", header: "  gdp: {base: 1.0e4, growth: {value: 0.05, low: 0.03, high: 0.07}}\n")
        let error = try #require(Self.failure(gdp))
        #expect(error.code == .invalidValue && error.location.keyPath == "plan.gdp.growth" && error.location.line == 9)
        #expect(error.message == "a growth rate with a range (a mapping) is drawn for plan inputs and energy prices only; write this rate as a plain number")
        var plan = try PlanLoader.load(text: Self.plan(prices: "  fuel: {social: 50, private: {base: 60, growth: 0.02}}"),
                                       file: "prices.yaml", model: ToyModel())
        plan.privateEnergyPrices["fuel"]?.growth = [.init(until: Int.max, rate: Estimate(0.02, low: -2, high: 0.03))]
        let problems = plan.validate(against: ToyModel())
        #expect(problems.map(\.message) == ["a growth rate must be a finite fraction above -1 (-100 %) and at most 1 (+100 %) a year, found -2.0"])
        #expect(problems.first?.location.keyPath == "energyPrices.fuel.private.growth")
        #expect(throws: PlanError.self) { try PlanEvaluator(plan: plan, model: ToyModel()) }
    }

    static func failure(_ text: String) -> PlanError? {
        do {
            _ = try PlanLoader.load(text: text, file: "prices.yaml", model: ToyModel())
            return nil
        } catch {
            return error
        }
    }
}
