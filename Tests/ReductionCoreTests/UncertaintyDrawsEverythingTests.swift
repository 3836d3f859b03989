import Testing
import ReductionTestSupport
@testable import ReductionCore

/// Issue 16: prices, rates and the reference carbon price are drawn when ranged, and the
/// re-decide mode re-chooses alternatives and re-orders with the central rules.
@Suite("Monte Carlo draws prices, rates and the reference price; re-decide")
struct UncertaintyDrawsEverythingTests {
    /// All-electric toy city: demand 1,000 GJ, grid 0.5 tCO2/GJ → BAU 500 tCO2 a year.
    static func plan(header: String = "", inputs: String = "", prices: String = "") -> String {
        ToyModel.defaultExample.replacingAll("  horizon: 2030\n", with: "  horizon: 2030\n" + header)
            + "\n  share.electric: 1\n" + inputs + prices
    }

    static func engine(measures: String, plan text: String, factors: String = ToyModel.factors,
                       mode: UncertaintyMode = .fixedPlan) throws -> UncertaintyEngine {
        let model = ToyModel(measuresYAML: measures, example: text, factors: factors)
        return try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model, mode: mode)
    }

    static let saveDemand = """
    measures:
      - id: save
        name: {en: Save power, zh-Hans: 节电}
        changes: [{scale: {key: demand, by: -0.2}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: 0
    """

    @Test("an electricity price range of 0.40–1.00 CNY/kWh widens the cost spread to the hand percentiles")
    func electricityPriceIsDrawn() throws {
        // The measure saves 200 GJ of electricity = 200 × 0.5 = 100 tCO2 in 2025 at no other cost:
        // cost per tonne = −200 GJ × p / 100 t = −2 p, with p in CNY/GJ = p(kWh) / 0.0036.
        // p ~ triangular(0.40, 0.70, 1.00) CNY/kWh: P5 = 0.4 + √(0.05 × 0.6 × 0.3) = 0.494868,
        // P95 = 1.0 − 0.094868 = 0.905132. Cost P5 = −2 × 0.905132 / 0.0036 = −502.85 CNY/t,
        // P50 = −2 × 0.7 / 0.0036 = −388.89, P95 = −2 × 0.494868 / 0.0036 = −274.93.
        // Undrawn (before), every draw gave −388.89: P5 = P95.
        let text = Self.plan(prices: "energyPrices:\n  electricity: {value: 0.70, low: 0.40, high: 1.00, unit: CNY/kWh}\n")
        let result = try Self.engine(measures: Self.saveDemand, plan: text).run(draws: 20_000, seed: 4, threads: 2)
        let save = try #require(result.measures.first)
        // Sampling error of a 5 % quantile with n = 20,000: √(0.0475 / n) / f(P5) = 0.0015 CNY/kWh ≈ 0.8 CNY/t.
        #expect(abs(save.costPerTonne.p5 - -502.85) < 4)
        #expect(abs(save.costPerTonne.p50 - -388.89) < 4)
        #expect(abs(save.costPerTonne.p95 - -274.93) < 4)
        // No private price of its own: the private price follows the drawn social one (rates both 0).
        #expect(abs(save.privateCostPerTonne.p5 - save.costPerTonne.p5) < 1e-9)
        #expect(result.drawnByKind == ["price": 1])
        #expect(result.parameterCount == 1 && result.sensitivity.first?.parameters.isEmpty == false)
    }

    @Test("a private price of its own is drawn on its own: social cost fixed, private cost spread")
    func privatePriceIsDrawn() throws {
        // Social 0.5 CNY/kWh fixed: −2 × 0.5 / 0.0036 = −277.78 CNY/t in every draw.
        // Private ~ triangular(0.40, 0.70, 1.00): the same percentiles as above, −502.85 … −274.93.
        let text = Self.plan(prices: """
        energyPrices:
          electricity: {social: {value: 0.5, unit: CNY/kWh}, private: {value: 0.70, low: 0.40, high: 1.00, unit: CNY/kWh}}

        """)
        let result = try Self.engine(measures: Self.saveDemand, plan: text).run(draws: 20_000, seed: 4, threads: 2)
        let save = try #require(result.measures.first)
        #expect(abs(save.costPerTonne.p5 - -277.78) < 0.01 && abs(save.costPerTonne.p95 - -277.78) < 0.01)
        #expect(abs(save.privateCostPerTonne.p5 - -502.85) < 4 && abs(save.privateCostPerTonne.p95 - -274.93) < 4)
        #expect(result.drawnByKind == ["price": 1])
    }

    static let capexProject = """
    measures:
      - id: clean-grid
        name: {en: Cleaner grid, zh-Hans: 清洁电网}
        changes: [{scale: {key: factor.grid, by: -0.2}}]
        deployment: {start: 2021}
        lifetime: 10
        capex: 10000
    """

    @Test("ranged discount rates are drawn: cost per tonne follows CRF(r, 10) at the drawn rate")
    func discountRatesAreDrawn() throws {
        // Abatement 1,000 GJ × 0.5 × 0.2 = 100 t; cost = 10,000 × CRF(r, 10) / 100 t, CRF(r, n) = r / (1 − (1 + r)^−n).
        // Social r ~ uniform(0, 0.10): P5 = 0.005 → CRF 0.1027706 → 10.277 CNY/t; P95 = 0.095 → 0.1592662 → 15.927.
        // Private r ~ uniform(0.06, 0.10): P5 = 0.062 → 13.716; P95 = 0.098 → 16.135.
        // Before: the rates were plain numbers (0.05 and 0.08 here): no spread at all.
        let text = Self.plan().replacingAll("discountRates: {social: 0, private: 0}", with: """
        discountRates:
            social: {value: 0.05, low: 0, high: 0.10, distribution: uniform}
            private: {value: 0.08, low: 0.06, high: 0.10, distribution: uniform}
        """)
        let result = try Self.engine(measures: Self.capexProject, plan: text).run(draws: 10_000, seed: 2, threads: 2)
        let measure = try #require(result.measures.first)
        #expect(abs(measure.costPerTonne.p5 - 10.277) < 0.05 && abs(measure.costPerTonne.p95 - 15.927) < 0.05)
        #expect(abs(measure.privateCostPerTonne.p5 - 13.716) < 0.05 && abs(measure.privateCostPerTonne.p95 - 16.135) < 0.05)
        #expect(result.drawnByKind == ["discount-rate": 2])
    }

    @Test("a ranged reference carbon price is drawn: P(cost below the price) follows the drawn price")
    func referencePriceIsDrawn() throws {
        // Rates 0: CRF(0, 10) = 1/10, so cost = 10,000 × 0.1 / 100 t = 10 CNY/t in every draw.
        // Price ~ uniform(5, 25): P(10 < price) = (25 − 10) / 20 = 0.75. With the price fixed at its
        // central 15 (before), P = 1.
        let text = Self.plan(header: "  referenceCarbonPrice: {value: 15, low: 5, high: 25, distribution: uniform}\n")
        let engine = try Self.engine(measures: Self.capexProject, plan: text)
        let result = engine.run(draws: 20_000, seed: 6, threads: 2)
        let measure = try #require(result.measures.first)
        #expect(abs(measure.costPerTonne.p50 - 10) < 1e-9)
        // s.e. √(0.75 × 0.25 / 20,000) = 0.003: ±0.015 is 5 s.e.
        #expect(abs(measure.probabilityBelowPrice - 0.75) < 0.015)
        #expect(result.referencePrice == 15 && result.drawnByKind == ["carbon-price": 1])
        // A --reference-price fixes it: 10 < 12 in every draw.
        #expect(engine.run(draws: 500, seed: 6, referencePrice: 12).measures.first?.probabilityBelowPrice == 1)
    }

    @Test("a factor-set default with a range is drawn and counted as a factor; the plan's own value as an input")
    func factorsCountedByKind() throws {
        let factors = ToyModel.factors.replacingAll("factor.grid: {value: 0.5, unit: tCO2/GJ, source: \"test value\"}",
                                                    with: "factor.grid: {value: 0.5, low: 0.4, high: 0.6, unit: tCO2/GJ, source: \"test value\"}")
        let fromSet = try Self.engine(measures: Self.capexProject, plan: Self.plan(), factors: factors)
        #expect(fromSet.run(draws: 50, seed: 1).drawnByKind == ["factor": 1])
        let own = try Self.engine(measures: Self.capexProject, plan: Self.plan(inputs: "  factor.grid: {value: 0.5, low: 0.45, high: 0.55}\n"),
                                  factors: factors)
        #expect(own.run(draws: 50, seed: 1).drawnByKind == ["input": 1])
        let catalogue = try Catalogue(model: ToyModel(measuresYAML: Self.capexProject, factors: factors))
        #expect(catalogue.rangedFactors(in: "simple") == 1 && catalogue.rangedNumbersByKind.isEmpty)
        #expect(try Catalogue(model: ToyModel()).rangedNumbersByKind == ["change": 1])
    }

    /// x abates 100 t for free, y 200 t for 20,000 CNY a year (``ToyModel/alternativeMeasures``).
    static let alternatives = ToyModel.alternativeMeasures

    @Test("re-decide re-chooses either-or alternatives at each draw's reference price: P(chosen) by hand")
    func redecideRechoosesAlternatives() throws {
        // Incremental cost of y over x = (20,000 − 0) / (200 − 100) = 200 CNY/t: y wins when the price ≥ 200.
        // Central price 150 → x. Price ~ uniform(100, 300): P(y) = (300 − 200) / 200 = 0.5, P(x) = 0.5.
        let text = Self.plan(header: "  referenceCarbonPrice: {value: 150, low: 100, high: 300, distribution: uniform}\n")
        let engine = try Self.engine(measures: Self.alternatives, plan: text, mode: .reDecide)
        let result = engine.run(draws: 10_000, seed: 3, threads: 2)
        #expect(result.mode == .reDecide && result.measures.map(\.id) == ["x", "y"])
        let x = result.measures[0], y = result.measures[1]
        // s.e. √(0.25 / 10,000) = 0.005: ±0.025 is 5 s.e.
        #expect(abs(x.probabilityChosen - 0.5) < 0.025 && abs(y.probabilityChosen - 0.5) < 0.025)
        #expect(abs(x.probabilityChosen + y.probabilityChosen - 1) < 1e-12)
        #expect(x.centralRank == 1 && y.centralRank == 0)
        // Alone in the pathway when chosen: rank 1; y's abatement is 200 t in the draws that choose it.
        #expect(x.rank.p5 == 1 && x.rank.p95 == 1 && y.abatement.p95 == 200)
        // x keeps its central rank exactly when chosen; y "keeps" its central absence when not chosen.
        #expect(abs(x.probabilityKeepsRank - x.probabilityChosen) < 1e-12 && abs(y.probabilityKeepsRank - x.probabilityChosen) < 1e-12)
        // Fixed plan keeps the central choice: x always, y not reported.
        let fixed = try Self.engine(measures: Self.alternatives, plan: text).run(draws: 2_000, seed: 3, threads: 2)
        #expect(fixed.mode == .fixedPlan && fixed.measures.map(\.id) == ["x"] && fixed.measures[0].probabilityChosen == 1)
    }

    @Test("re-decide re-orders the MACC: P(same rank) and rank percentiles by hand")
    func redecideReorders() throws {
        // Half electric: fuel 500 GJ × 1.0 = 500 t, grid 500 GJ × 0.5 = 250 t. a cuts the grid factor 20 %:
        // 50 t at 2,500 CNY = 50 CNY/t; b cuts the fuel factor 10 %: 50 t at opex ~ uniform(0, 5,000) =
        // 0–100 CNY/t, central 3,000 → 60 CNY/t (rank 2). Independent sources, so b comes first exactly
        // when its cost is below 50: P = 2,500 / 5,000 = 0.5. So P(a keeps rank 1) = P(b keeps rank 2) = 0.5.
        let measures = "measures:\n" + ToyModel.measure("a", change: "{scale: {key: factor.grid, by: -0.2}}", opex: "2500")
            + ToyModel.measure("b", change: "{scale: {key: factor.fuel, by: -0.1}}", opex: "{value: 3000, low: 0, high: 5000, distribution: uniform}")
        let text = Self.plan().replacingAll("\n  share.electric: 1\n", with: "\n  share.electric: 0.5\n")
        let result = try Self.engine(measures: measures, plan: text, mode: .reDecide).run(draws: 10_000, seed: 9, threads: 2)
        #expect(result.measures.map(\.id) == ["a", "b"] && result.measures.map(\.centralRank) == [1, 2])
        for measure in result.measures {
            #expect(abs(measure.probabilityKeepsRank - 0.5) < 0.025 && measure.probabilityChosen == 1)
            #expect(measure.rank.p5 == 1 && measure.rank.p95 == 2)
            // The same 50 t whatever the order (independent sources).
            #expect(abs(measure.abatement.p5 - 50) < 1e-9 && abs(measure.abatement.p95 - 50) < 1e-9)
        }
    }
}
