import Testing
import ReductionTestSupport
@testable import ReductionCore

/// Two waste routes whose shares must add up to 100 %; both emit 1 tCO2 per tonne, so the
/// emissions are the tonnes whatever the split: no draw of the shares may change them.
struct RouteModel: SectorModel {
    var example: String
    var info: SectorInfo {
        SectorInfo(id: "routes", name: LocalizedName("Routes", "路线"), activityName: LocalizedName("Waste", "垃圾"), activityUnit: "t")
    }
    var inputSpecs: [InputSpec] {
        [InputSpec("tonnes", unit: "t", name: LocalizedName("Waste", "垃圾")),
         InputSpec("route.*.share", unit: "share", name: LocalizedName("Route share", "路线占比"), kind: .share)]
    }
    var shareGroups: [ShareGroup] { [ShareGroup("route.*.share", mustSumToOne: true)] }
    var data: SectorData {
        SectorData(measures: Array("measures: []\n".utf8),
                   factors: Array("default: none\nsets:\n  none:\n    name: {en: None, zh-Hans: 无}\n    inputs: {}\n".utf8),
                   example: Array(example.utf8))
    }
    func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        guard let tonnes = inputs.index(of: "tonnes") else { throw PlanError(.missingKey, "tonnes") }
        let routes = inputs.keys(matching: "route.*.share").compactMap { inputs.index(of: $0.key) }
        let layout = OutputLayout(sources: [EmissionSource(id: "routes", name: LocalizedName("Routes", "路线"),
                                                           categories: [CategoryCode(.ipcc2006, "4.A")], activityUnit: "t")])
        return CompiledModel(layout: layout, yearByYear: { table, out, offsets in
            for offset in offsets {
                var share = 0.0
                for route in routes { share += table[route, offset: offset] }
                out.addEmission(table[tonnes, offset: offset] * share * 1.0, of: .co2, source: 0, offset: offset)
                out.addActivity(table[tonnes, offset: offset], offset: offset)
            }
        })
    }
}

@Suite("Monte Carlo that says what it drew and dropped")
struct UncertaintyHonestyTests {
    static let plan = """
    plan:
      sector: routes
      title: {en: Routes, zh-Hans: 路线}
      jurisdiction: {name: {en: Test City, zh-Hans: 测试市}, code: "110000"}
      authority: {en: Test bureau, zh-Hans: 测试局}
      baseYear: 2020
      targetYear: 2025
      horizon: 2030
      referenceCarbonPrice: 500
    inputs:
      tonnes: 1000
      route.landfill.share: {value: 0.6, low: 0.4, high: 0.8}
      route.compost.share: {value: 0.4, low: 0.2, high: 0.6}
    """

    func toyEngine(_ measures: String, extra: String = "") throws -> UncertaintyEngine {
        let model = ToyModel(measuresYAML: measures, example: ToyModel.defaultExample + extra)
        return try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
    }

    @Test("a share group that must add up to 100 % still does in every draw: emissions that depend only on tonnes do not spread")
    func shareGroupsStayConsistent() throws {
        let model = RouteModel(example: Self.plan)
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        let result = engine.run(draws: 2_000, seed: 3, threads: 2)
        // Emissions = 1,000 t × (landfill + compost) × 1 tCO2/t = 1,000 t when the shares add up to 1.
        // Drawn independently they would add up to anything in (0.6, 1.4): a spread of hundreds of tonnes.
        #expect(abs(result.pathwayEmissions.p5 - 1000) < 1e-9 && abs(result.pathwayEmissions.p95 - 1000) < 1e-9)
        #expect(result.parameterCount == 2 && result.drawnByKind == ["input": 2])
    }

    @Test("the reference price defaults to the plan's, not to 100")
    func referencePriceFromPlan() throws {
        let model = RouteModel(example: Self.plan)
        let result = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model).run(draws: 10, seed: 1)
        #expect(result.referencePrice == 500)
    }

    @Test("a measure that raises emissions in most draws says so; its cost percentiles rest only on the draws that abate")
    func honestPercentiles() throws {
        // by ~ triangular(−0.2, 0.3, 0.4): the measure scales demand by (1 + by); it abates only when by < 0.
        // It raises emissions centrally, so it is `committed` to stay in the pathway (issue 13's rule).
        // P(by < 0) = (0 − (−0.2))² / ((0.4 − (−0.2)) × (0.3 − (−0.2))) = 0.04 / 0.30 = 0.1333…
        let measures = """
        measures:
          - id: grow
            name: {en: Grow, zh-Hans: 增长}
            committed: true
            changes: [{scale: {key: demand, by: {value: 0.3, low: -0.2, high: 0.4}}}]
            deployment: {start: 2021}
            lifetime: 10
            opex: 100
        """
        let result = try toyEngine(measures).run(draws: 20_000, seed: 11, threads: 2)
        let grow = try #require(result.measures.first)
        // s.e. of a share near 0.13 with n = 20,000: √(0.133 × 0.867 / 20,000) = 0.0024; ±0.01 is > 4 s.e.
        #expect(abs(grow.probabilityIncreasesEmissions - 0.8667) < 0.01)
        #expect(grow.drawsWithAbatement + grow.drawsWithoutAbatement == 20_000)
        #expect(abs(Double(grow.drawsWithAbatement) / 20_000 - 0.1333) < 0.01)
        // Abatement = 1,000 × (−by) t (p = 1 from 2021): P95 of abatement is positive, P50 negative.
        #expect(grow.abatement.p50 < 0 && grow.abatement.p95 > 0)
        // Costs exist only where by < 0: cost = 100 / (1,000 × |by|) ≥ 100 / 200 = 0.5 CNY/t.
        #expect(grow.costPerTonne.p5 >= 0.5)
    }

    @Test("declared rank correlations are induced (Iman–Conover) within 0.03 of the target; marginals are unchanged")
    func inducedCorrelation() throws {
        let extra = """

        uncertainty:
          correlations:
            - {between: [inputs.factor.fuel, inputs.factor.grid], rank: 0.9}
        """
        let model = ToyModel(example: ToyModel.defaultExample + """

          factor.fuel: {value: 1.0, low: 0.8, high: 1.2}
          factor.grid: {value: 0.5, low: 0.3, high: 0.7, distribution: uniform}
        """ + extra)
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        let result = engine.run(draws: 5_000, seed: 21, threads: 2)
        let correlation = try #require(result.correlations.first)
        // Iman–Conover on n = 5,000: the sample rank correlation's spread is about (1 − ρ²)/√n = 0.003.
        #expect(abs(correlation.achieved - 0.9) < 0.03 && correlation.draws == 5_000)
        // Without the declaration the two are independent: |ρ| below 4/√5,000 = 0.057.
        let independent = try UncertaintyEngine(plan: try PlanLoader.load(text: ToyModel.defaultExample + """

          factor.fuel: {value: 1.0, low: 0.8, high: 1.2}
          factor.grid: {value: 0.5, low: 0.3, high: 0.7, distribution: uniform}
        """, file: "x.yaml", model: model), model: model).run(draws: 5_000, seed: 21)
        #expect(independent.correlations.isEmpty)
        // Re-pairing keeps every value, so each marginal's percentiles are the independent run's.
        #expect(result.drawnByKind["input"] == 2)
    }

    @Test("a correlation naming an undrawn parameter is an error that names it")
    func unknownCorrelationParameter() throws {
        let model = ToyModel(example: ToyModel.defaultExample + """

        uncertainty:
          correlations:
            - {between: [inputs.demand, inputs.factor.grid], rank: 0.5}
        """)
        let plan = try PlanLoader.loadExample(for: model)
        #expect(throws: PlanError.self) { try UncertaintyEngine(plan: plan, model: model) }
        do { _ = try UncertaintyEngine(plan: plan, model: model) } catch {
            #expect(error.message.contains("inputs.demand") && error.location.line == 15)
        }
    }

    @Test("sensitivity: first-order shares match the hand variance split; an irrelevant parameter scores near zero")
    func sensitivityRanking() throws {
        // Pathway 2025 = D × X × 0.7 t with D = demand ~ tri(800, 1000, 1200), X = 1 + by ~ tri(0.7, 0.8, 0.9)
        // (measure a), 0.7 from measure b. factor.grid multiplies a zero electric share and cannot matter.
        // Var(D) = 200²/6 = 6,666.7; Var(X) = 0.1²/6 = 0.0016667; E[D] = 1,000, E[X] = 0.8.
        // S_D = Var(D)E[X]² / (Var(D)E[X]² + E[D]²Var(X) + Var(D)Var(X)) = 4,266.7 / 5,944.4 = 0.718;
        // S_X = 1,666.7 / 5,944.4 = 0.280.
        let model = ToyModel(example: ToyModel.defaultExample.replacingAll("demand: 1000", with: "demand: {value: 1000, low: 800, high: 1200}") + """

          factor.grid: {value: 0.5, low: 0.3, high: 0.7}
        """)
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        let result = engine.run(draws: 4_000, seed: 5, threads: 2)
        let pathway = try #require(result.sensitivity.first)
        #expect(pathway.result == "pathway" && pathway.draws == 4_000)
        #expect(pathway.parameters.map(\.parameter) == ["inputs.demand", "measures.a-demand.changes[0]", "inputs.factor.grid"])
        let demand = pathway.parameters[0], change = pathway.parameters[1], grid = pathway.parameters[2]
        #expect(abs(demand.firstOrder - 0.718) < 0.04 && abs(change.firstOrder - 0.280) < 0.04)
        #expect(demand.spearman > 0.75 && demand.highMean > demand.lowMean)
        // by is negative: a larger by (less cut) means higher emissions, so the correlation is positive too.
        #expect(change.spearman > 0.4)
        #expect(abs(grid.spearman) < 0.07 && grid.firstOrder < 0.02)
    }

    @Test("same seed, same result on 1, 2 and 4 threads, with correlations and sensitivity")
    func threadIndependence() throws {
        let model = ToyModel(example: ToyModel.defaultExample + """

          factor.fuel: {value: 1.0, low: 0.8, high: 1.2}
          factor.grid: {value: 0.5, low: 0.3, high: 0.7}
        uncertainty:
          correlations:
            - {between: [inputs.factor.fuel, inputs.factor.grid], rank: -0.5}
        """)
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        let one = engine.run(draws: 1_500, seed: 8, threads: 1)
        #expect(engine.run(draws: 1_500, seed: 8, threads: 2) == one)
        #expect(engine.run(draws: 1_500, seed: 8, threads: 4) == one)
    }
}
