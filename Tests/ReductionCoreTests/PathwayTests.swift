import Testing
import ReductionTestSupport
@testable import ReductionCore

@Suite("Pathway, MACC, peak and targets on the toy model")
struct PathwayTests {
    func evaluate(_ extra: String = "", measures: String = ToyModel.defaultMeasures) throws -> PlanResult {
        let model = ToyModel(measuresYAML: measures, example: ToyModel.defaultExample + extra)
        let plan = try PlanLoader.loadExample(for: model)
        return try PlanEvaluator.evaluate(plan, model: model)
    }

    @Test func twoCutsInteract() throws {
        let result = try evaluate()
        // BAU: 1,000 GJ × 1 tCO2/GJ = 1,000 t every year.
        #expect(isClose((result.bau[2025] ?? .nan), 1_000))
        // Standalone: A cuts demand 20 % → 200 t; B cuts the fuel factor 30 % → 300 t.
        #expect(isClose((result.measure("a-demand")?.standaloneAbatement[2025] ?? .nan), 200))
        #expect(isClose((result.measure("b-factor")?.standaloneAbatement[2025] ?? .nan), 300))
        // Costs (rate 0, no prices): A 2,000/200 = 10 CNY/t; B 6,000/300 = 20 CNY/t → order A, B.
        #expect(result.order == ["a-demand", "b-factor"])
        // Interacted: A 200 t; B acts on 800 t: 800 × 0.3 = 240 t (not 300); together 440, not 500.
        #expect(isClose((result.measure("b-factor")?.interactedAbatement[2025] ?? .nan), 240))
        #expect(isClose((result.pathway[2025] ?? .nan), 560))
        // B's interacted cost: 6,000 / 240 = 25 CNY/t.
        #expect(isClose(result.measure("b-factor")?.costPerTonne, 25))
        #expect(result.orderStable)
    }

    @Test func maccSteps() throws {
        let macc = try evaluate().macc
        // Steps in cost order: A 200 t at 10, then B 240 t at 25; cumulative 0–200, 200–440.
        #expect(macc.year == 2025)
        #expect(macc.steps.map(\.measureID) == ["a-demand", "b-factor"])
        #expect(isClose(macc.steps[1].cumulativeStart, 200) && isClose(macc.steps[1].cumulativeEnd, 440))
        #expect(isClose(macc.totalAbatement, 440))
    }

    @Test func peaks() throws {
        let result = try evaluate()
        // BAU is flat at 1,000: the first year is the peak and it never declines.
        #expect(result.bauPeak.year == 2020 && result.bauPeak.value == 1_000 && !result.bauPeak.declinesAfter)
        #expect(result.bauPeak.plateau == 2020...2030 && result.bauPeak.atSeriesStart)
        // Pathway: 1,000 in 2020, 560 from 2021 (both measures start in 2021) → peak 2020, declining.
        #expect(result.pathwayPeak.year == 2020 && result.pathwayPeak.declinesAfter)
    }

    @Test func inventoryAndCoBenefits() throws {
        let result = try evaluate("""

          factor.fuel-ch4: 0.001
          factor.fuel-nox: 0.002
        """)
        // Base-year fuel source: 1,000 t CO2 + 1,000 GJ × 0.001 = 1 t CH4 × 28 (AR5) = 1,028 tCO2e.
        let fuel = result.inventory.entries[0]
        #expect(isClose(fuel.co2e, 1_028) && isClose(fuel.gases[.ch4NonFossil], 1))
        #expect(isClose(fuel.impliedFactor(.co2), 1))
        // NOx: A cuts 200 GJ of fuel × 0.002 = 0.4 t; ratio 0.4 t / (200 × 1.028 = 205.6 tCO2e) = 0.0019455
        let a = result.measure("a-demand")
        #expect(isClose(a?.pollutantReduction[.nox], 0.4))
        #expect(isClose(a?.coControlRatio[.nox], 0.4 / 205.6))
    }

    @Test func targetsAndLeastCostSelection() throws {
        let result = try evaluate("""

        targets:
          - {id: cut-15, year: 2025, belowBaseYear: {value: 15, unit: "%"}}
          - {id: cut-30, year: 2025, belowBaseYear: 0.30}
          - {id: cap-500, year: 2025, absoluteCap: 500}
          - {id: intensity-25, year: 2025, intensityPerActivity: 0.25}
        """)
        let checks = Dictionary(uniqueKeysWithValues: result.targets.map { ($0.target.id, $0) })
        // 15 % below 1,000 → 850 allowed; A alone gives 800 ≤ 850: selection [A], marginal 10 CNY/t, 2,000 CNY/yr.
        #expect(checks["cut-15"]?.leastCost?.measureIDs == ["a-demand"])
        #expect(isClose(checks["cut-15"]?.leastCost?.marginalCost, 10))
        #expect(isClose(checks["cut-15"]?.leastCost?.annualCost, 2_000))
        // 30 % → 700 allowed; A gives 800 (too much), A + B 560: both, marginal 25 CNY/t, 8,000 CNY/yr.
        #expect(checks["cut-30"]?.leastCost?.measureIDs == ["a-demand", "b-factor"])
        #expect(isClose(checks["cut-30"]?.leastCost?.marginalCost, 25))
        #expect(checks["cut-30"]?.met == true)
        // Cap 500: the pathway's 560 misses by 60 t and no selection exists.
        #expect(checks["cap-500"]?.met == false && isClose(checks["cap-500"]?.gap, 60))
        #expect(checks["cap-500"]?.leastCost == nil)
        // Intensity 25 % below 1 t/GJ with demand 800 GJ → 0.75 × 800 = 600 allowed; pathway 560 → met.
        #expect(isClose(checks["intensity-25"]?.allowedEmissions, 600))
        #expect(checks["intensity-25"]?.leastCost?.measureIDs == ["a-demand", "b-factor"])
    }

    static let alternatives = """
    measures:
      - id: c-full
        name: {en: Full electrification, zh-Hans: 全面电气化}
        changes: [{blend: {key: share.electric, target: 1}}]
        deployment: {start: 2021}
        lifetime: 10
        capex: {value: 5, unit: 万元}
        excludes: [d-half]
      - id: d-half
        name: {en: Half electrification, zh-Hans: 一半电气化}
        changes: [{blend: {key: share.electric, target: 0.5}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: 20000
    """

    @Test func eitherOrAlternativesAndEnergyPrices() throws {
        let result = try evaluate("""

        energyPrices:
          fuel: {value: 10, unit: CNY/GJ}
          electricity: {value: 0.072, unit: CNY/kWh}
        """, measures: Self.alternatives)
        // Electricity 0.072 CNY/kWh = 20 CNY/GJ.
        // C: share → 1; grid 0.5 → abatement 1,000 − 500 = 500 t. Energy: −1,000 GJ × 10 + 1,000 GJ × 20 = +10,000;
        //    capex 50,000 / 10 yr (rate 0) = 5,000 → 15,000 / 500 = 30 CNY/t.
        // D: share → 0.5 → abatement 250 t. Energy −500 × 10 + 500 × 20 = +5,000; opex 20,000 → 25,000 / 250 = 100 CNY/t.
        let c = result.measure("c-full"), d = result.measure("d-half")
        #expect(isClose(c?.standaloneCostPerTonne, 30) && isClose(d?.standaloneCostPerTonne, 100))
        #expect(c?.inPathway == true && d?.inPathway == false && d?.excludedBy == "c-full")
        #expect(result.order == ["c-full"])
        #expect(isClose((result.pathway[2025] ?? .nan), 500))
        #expect(isClose((c?.energyCostChange[2025] ?? .nan), 10_000))
        #expect(c?.simplePayback == nil)  // energy costs rise: nothing is saved
    }

    @Test func rampedDeploymentScalesEffectsAndCosts() throws {
        let measures = """
        measures:
          - id: ramp
            name: {en: Ramp, zh-Hans: 逐步}
            changes: [{scale: {key: demand, by: -0.5}}]
            deployment: {start: 2021, ramp: 4, max: 0.8}
            lifetime: 10
            opex: 1000
        """
        let result = try evaluate(measures: measures)
        let ramp = result.measure("ramp")
        // p(2022) = 0.8 × 2/4 = 0.4 → demand × (1 − 0.5 × 0.4) = 800 → 200 t; cost 1,000 × 0.4 = 400.
        #expect(isClose((ramp?.penetration[2022] ?? .nan), 0.4))
        #expect(isClose((ramp?.interactedAbatement[2022] ?? .nan), 200))
        #expect(isClose((ramp?.annualCost[2022] ?? .nan), 400))
        // From 2024 p = 0.8: 1,000 × 0.5 × 0.8 = 400 t; 2020: nothing.
        #expect(isClose((ramp?.interactedAbatement[2024] ?? .nan), 400) && isClose((ramp?.interactedAbatement[2020] ?? .nan), 0))
    }

    @Test func factorSetsAreSelectable() throws {
        let model = ToyModel(example: ToyModel.defaultExample.replacingAll("  gwp: AR5", with: "  gwp: AR5\n  factorSet: halved"))
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        // Halved fuel factor 0.5 × 1,000 GJ = 500 t.
        #expect(isClose((result.bau[2020] ?? .nan), 500))
    }
}

@Suite("Key patterns in measures")
struct PatternTests {
    @Test func scaleOnAPatternTouchesEveryMatchingInput() throws {
        let measures = """
        measures:
          - id: halve-extras
            name: {en: Halve extras, zh-Hans: 减半}
            changes: [{scale: {key: "extra.*.share", by: -0.5}}]
            deployment: {start: 2021}
            lifetime: 5
        """
        let model = ToyModel(measuresYAML: measures, example: ToyModel.defaultExample + "\n  extra.a.share: 0.4\n  extra.b.share: 0.2\n")
        let plan = try PlanLoader.loadExample(for: model)
        let evaluator = try PlanEvaluator(plan: plan, model: model)
        var table = evaluator.baseTable
        evaluator.measures[0].apply(to: &table, base: evaluator.baseTable)
        // Both shares halve from 2021: 0.4 → 0.2 and 0.2 → 0.1; 2020 untouched.
        #expect(isClose(table.value("extra.a.share", year: 2025), 0.2) && isClose(table.value("extra.b.share", year: 2025), 0.1))
        #expect(isClose(table.value("extra.a.share", year: 2020), 0.4))
    }
}

extension PatternTests {
    @Test func aPatternMatchingNothingIsAWarningNotAnError() throws {
        let measures = """
        measures:
          - id: halve-extras
            name: {en: Halve extras, zh-Hans: 减半}
            changes: [{scale: {key: "extra.*.share", by: -0.5}}, {scale: {key: demand, by: -0.1}}]
            deployment: {start: 2021}
            lifetime: 5
        """
        // The plan has no extra.*.share inputs: the first change is skipped with a warning, the second acts.
        let model = ToyModel(measuresYAML: measures)
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        #expect(result.warnings.contains("measure 'halve-extras': no input of this plan matches 'extra.*.share'; that change is skipped"))
        #expect(isClose((result.measure("halve-extras")?.interactedAbatement[2025] ?? .nan), 100))  // 10 % of 1,000 t
    }
}

@Suite("Either-or alternatives and ordering")
struct AlternativeTests {
    static let measures = """
    measures:
      - id: x-small-cheap
        name: {en: Small and cheap, zh-Hans: 小而便宜}
        changes: [{scale: {key: demand, by: -0.01}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: -21000
        excludes: [y-large]
      - id: y-large
        name: {en: Large, zh-Hans: 大}
        changes: [{scale: {key: demand, by: -0.2}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: -34000
    """

    @Test func largerAlternativeWinsWhenItsIncrementalCostIsBelowTheReferencePrice() throws {
        let model = ToyModel(measuresYAML: Self.measures)
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        // X: 10 t at −21,000/10 = −2,100 CNY/t; Y: 200 t at −34,000/200 = −170 CNY/t. Neither dominates.
        // Incremental cost of Y over X: (−34,000 + 21,000) / (200 − 10) = −68.42 CNY/t ≤ 100 → Y replaces X.
        #expect(result.measure("y-large")?.inPathway == true)
        #expect(result.measure("x-small-cheap")?.excludedBy == "y-large")
    }

    @Test func greedyOrderPicksTheCheapestNextTonne() throws {
        let model = ToyModel()
        let evaluator = try PlanEvaluator(plan: try PlanLoader.loadExample(for: model), model: model)
        // A first (10 CNY/t vs B's 20), then B on what is left (25 CNY/t): [A, B].
        var cache = RunCache()
        #expect(evaluator.pathwayOrder([1, 0], bau: evaluator.model(evaluator.baseTable), cache: &cache).order == [0, 1])
    }
}

@Suite("Measure numbers")
struct MeasureNumberTests {
    @Test func labelledEstimatesListEveryNumberInOrder() throws {
        let measure = try #require(try Catalogue(model: ToyModel()).measure("a-demand"))
        // lifetime 10, capex 0, opex 2,000, max penetration 1 (default), then the demand cut −0.2 with its source.
        let numbers = measure.labelledEstimates
        #expect(numbers.map(\.label) == ["lifetime", "capex", "opex", "deployment.max", "changes[0]"])
        #expect(numbers.map(\.estimate.value) == [10, 0, 2_000, 1, -0.2])
        #expect(numbers[4].estimate.source == "test" && numbers[4].estimate.low == -0.3)
    }
}
