import ReductionCore
import ReductionTestSupport
import Testing
@testable import ReductionCore

/// A toy plan with `measures` (YAML list items, indented by four spaces) and extra top-level YAML.
private func toy(_ measures: String, example extra: String = "") throws -> (PlanResult, ToyModel) {
    let model = ToyModel(measuresYAML: "measures:\n" + measures, example: ToyModel.defaultExample + extra)
    let plan = try PlanLoader.loadExample(for: model)
    return (try PlanEvaluator(plan: plan, model: model).evaluate(attribution: true), model)
}

private func cut(_ id: String, _ by: Double, opex: Double = 0, start: Int = 2021, extra: String = "") -> String {
    """
      - id: \(id)
        name: {en: \(id), zh-Hans: \(id)}
        changes: [{scale: {key: demand, by: \(by)}}]
        deployment: {start: \(start)}
        lifetime: 10
        opex: \(opex)
    \(extra)
    """
}

@Suite("Attribution by method")
struct AttributionTests {
    @Test func shapleyOfThreeCutsOnOneThousandTonnes() throws {
        let (result, _) = try toy(cut("a", -0.2) + cut("b", -0.3) + cut("c", -0.5))
        let attribution = try #require(result.decisions.attribution)
        // v(S) = 1,000 × (1 − Π(1 − cᵢ)): v(a)=200, v(b)=300, v(c)=500, v(ab)=440, v(ac)=600, v(bc)=650, v(abc)=720.
        // Shapley a = ⅓·200 + ⅙·(440−300) + ⅙·(600−500) + ⅓·(720−650) = 66.67 + 23.33 + 16.67 + 23.33 = 130
        //         b = ⅓·300 + ⅙·(440−200) + ⅙·(650−500) + ⅓·(720−600) = 100 + 40 + 25 + 40 = 205
        //         c = ⅓·500 + ⅙·(600−200) + ⅙·(650−300) + ⅓·(720−440) = 166.67 + 66.67 + 58.33 + 93.33 = 385
        // Disable-one: a 720−650 = 70, b 720−600 = 120, c 720−440 = 280. Standalone 200, 300, 500.
        // All cost 0 per tonne: order by id a, b, c → sequential 200, 0.8·300 = 240, 0.56·500 = 280.
        let byID = Dictionary(uniqueKeysWithValues: attribution.measures.map { ($0.measureID, $0) })
        let expected: [String: (Double, Double, Double, Double)] = [
            "a": (200, 200, 70, 130), "b": (240, 300, 120, 205), "c": (280, 500, 280, 385),
        ]
        for (id, values) in expected {
            let got = try #require(byID[id])
            #expect(abs(got.sequential - values.0) < 1e-9 && abs(got.standalone - values.1) < 1e-9, "\(id)")
            #expect(abs(got.disableOne - values.2) < 1e-9 && abs(got.shapley - values.3) < 1e-9, "\(id)")
        }
        #expect(attribution.shapleyExact && abs(attribution.packageTotal - 720) < 1e-9)
        #expect(abs(byID["c"]!.spread - (500 - 280)) < 1e-9)  // c: standalone 500 − sequential/disable-one 280
    }

    @Test func sampledShapleyStatesItsIntervalAndSumsToThePackage() throws {
        // Twelve equal 5 % cuts: more than 10 measures → sampled. By symmetry each true value is
        // v(all)/12 with v(all) = 1,000 × (1 − 0.95¹²) = 459.64 t.
        let measures = (1...12).map { cut("m" + ($0 < 10 ? "0" : "") + String($0), -0.05) }.joined()
        let (result, _) = try toy(measures)
        let attribution = try #require(result.decisions.attribution)
        let total = 1_000 * (1 - (0..<12).reduce(1.0) { p, _ in p * 0.95 })
        #expect(!attribution.shapleyExact && attribution.shapleySamples == 100)
        #expect(abs(attribution.measures.reduce(0) { $0 + $1.shapley } - total) < 1e-9)
        for measure in attribution.measures {
            #expect(measure.shapleyHalfWidth > 0)
            #expect(abs(measure.shapley - total / 12) <= 2 * measure.shapleyHalfWidth, "\(measure.measureID)")
        }
    }
}

@Suite("Reconciled pathway and MACC")
struct ReconciliationTests {
    static let raiser = """
      - id: z-raise
        name: {en: Raise, zh-Hans: 增加}
        changes: [{scale: {key: demand, by: 0.1}}]
        deployment: {start: 2021}
        lifetime: 10
        opex: 1000
    """

    @Test func aMeasureThatRaisesEmissionsLeavesThePathway() throws {
        let (result, _) = try toy(cut("a", -0.2) + Self.raiser)
        // a: 1,000 → 800 (200 t). z alone raises 1,000 → 1,100: it leaves; pathway 800, MACC = 200 t.
        #expect(result.measure("z-raise")?.inPathway == false && result.decisions.leftPathway == ["z-raise"])
        #expect(abs((result.pathway[2025] ?? 0) - 800) < 1e-9 && abs(result.macc.totalAbatement - 200) < 1e-9)
    }

    @Test func aCommittedMeasureIsANegativeStepAtTheEnd() throws {
        let (result, _) = try toy(cut("a", -0.2) + Self.raiser + "\n    committed: true\n")
        // a first (200 t), then z on 800: +10 % = +80 t. Pathway 880; MACC widths 200 − 80 = 120 = 1,000 − 880.
        let steps = result.macc.steps
        #expect(steps.map(\.measureID) == ["a", "z-raise"])
        #expect(abs(steps[1].abatement + 80) < 1e-9 && abs(steps[1].costPerTonne - 1_000 / 80.0) < 1e-9)
        #expect(abs((result.pathway[2025] ?? 0) - 880) < 1e-9 && abs(result.macc.totalAbatement - 120) < 1e-9)
        #expect(result.decisions.committedIncreases == ["z-raise"])
    }

    @Test(arguments: 1...12)
    func generatedPlansReconcileInEveryMACCYear(_ seed: Int) throws {
        // A pseudo-random mix of cuts, raises, electrification and shifts with random costs and starts.
        var random = CounterRandom(seed: 13, draw: UInt64(seed))
        var measures = ""
        for index in 0..<(3 + seed % 6) {
            let kind = Int(random.uniform() * 3)
            let value = (random.uniform() - 0.3) * 0.6
            let start = 2021 + Int(random.uniform() * 8)
            let opex = (random.uniform() - 0.5) * 20_000
            let change = switch kind {
            case 0: "{scale: {key: demand, by: \(value)}}"
            case 1: "{blend: {key: share.electric, target: \(abs(value))}}"
            default: "{scale: {key: factor.fuel, by: \(value)}}"
            }
            let committed = random.uniform() < 0.2 ? "    committed: true\n" : ""
            measures += """
              - id: g\(index)
                name: {en: g\(index), zh-Hans: g\(index)}
                changes: [\(change)]
                deployment: {start: \(start)}
                lifetime: 8
                opex: \(opex)

            """ + committed
        }
        let (result, _) = try toy(measures)
        // Default MACC years: every 5 years from 2020 to 2030, plus the target year 2025.
        #expect(result.decisions.maccs.map(\.year) == [2020, 2025, 2030])
        for macc in result.decisions.maccs {
            let reduction = (result.bau[macc.year] ?? 0) - (result.pathway[macc.year] ?? 0)
            let widths = macc.steps.reduce(0) { $0 + $1.abatement }
            #expect(abs(widths - reduction) <= 1e-9 * max(abs(reduction), 1), "seed \(seed) year \(macc.year)")
        }
    }
}

@Suite("Order-independent shifts")
struct ShiftOrderTests {
    @Test func twoShiftsOutOfTheSameShareCommute() throws {
        let measures = """
        measures:
          - id: to-b
            name: {en: To b, zh-Hans: 到b}
            changes: [{shift: {from: extra.a.share, to: extra.b.share, fraction: 0.5}}]
            deployment: {start: 2021}
            lifetime: 5
          - id: to-c
            name: {en: To c, zh-Hans: 到c}
            changes: [{shift: {from: extra.a.share, to: extra.c.share, fraction: 0.5}}]
            deployment: {start: 2021}
            lifetime: 5
        """
        let model = ToyModel(measuresYAML: measures, example: ToyModel.defaultExample
            + "\n  extra.a.share: 0.6\n  extra.b.share: 0.2\n  extra.c.share: 0.2\n")
        let evaluator = try PlanEvaluator(plan: try PlanLoader.loadExample(for: model), model: model)
        var first = evaluator.baseTable, second = evaluator.baseTable
        for index in [0, 1] { evaluator.measures[index].apply(to: &first, base: evaluator.baseTable) }
        for index in [1, 0] { evaluator.measures[index].apply(to: &second, base: evaluator.baseTable) }
        // Each moves half of a's plan value 0.6: 0.3 to b and 0.3 to c, in either order (before: the
        // second shift moved half of what the first left, 0.15). a ends at 0, b and c at 0.5.
        for table in [first, second] {
            #expect(abs(table.value("extra.b.share", year: 2025) - 0.5) < 1e-12)
            #expect(abs(table.value("extra.c.share", year: 2025) - 0.5) < 1e-12)
            #expect(abs(table.value("extra.a.share", year: 2025)) < 1e-12)
        }
    }
}

@Suite("Alternatives and ordering")
struct IncrementalAlternativeTests {
    @Test func largerAlternativeAboveThePriceLoses() throws {
        // x: 100 t (10 %) for 1,000/a = 10 CNY/t; y: 300 t (30 %) for 61,000/a = 203.3 CNY/t. Neither dominates.
        // Incremental cost of y over x: (61,000 − 1,000) / (300 − 100) = 300 CNY/t > 100 → x stays.
        let (result, _) = try toy(cut("x", -0.1, opex: 1_000, extra: "    excludes: [y]\n") + cut("y", -0.3, opex: 61_000))
        let decision = try #require(result.decisions.alternatives.first)
        #expect(decision.loser == "y" && decision.winner == "x" && decision.reason == .incrementalCostAbovePrice)
        #expect(abs(try #require(decision.incrementalCost) - 300) < 1e-9)
    }

    @Test func orderingMakesAtMostQuadraticallyManyRuns() throws {
        let measures = (1...8).map { cut("m\($0)", -0.02 * Double($0), opex: Double($0) * 100) }.joined()
        let model = ToyModel(measuresYAML: "measures:\n" + measures)
        let result = try PlanEvaluator(plan: try PlanLoader.loadExample(for: model), model: model).evaluate()
        // BAU 1 + standalone 8 + scoring at most 8 + 7 + … + 1 = 36 (target year only: the toy
        // model is year by year) + one full run per chosen measure 8 → at most 53 runs.
        #expect(result.decisions.modelRuns <= 1 + 8 + 36 + 8)
        // Costs per tonne: m_k cuts 2k % for 100k CNY/a → 100k / (20k t) = 5 CNY/t alone; ties by id.
        #expect(result.order.count == 8)
    }
}

@Suite("Peaks a planner can quote")
struct PeakRuleTests {
    @Test func historyMovesThePeakAndTheToleranceWidensThePlateau() throws {
        // History 2018: 990, 2019: 1,010; BAU 1,000 flat from 2020. Peak 2019 (1,010); with a 1 %
        // tolerance the floor is 999.9, so 2020–2030 (1,000) are on the plateau: no decline after it.
        let extra = "\ndecisions:\n  history: {2018: 990, 2019: 1010}\n  plateauTolerance: 0.01\n"
        let (result, _) = try toy(cut("a", -0.2, start: 2024), example: extra)
        let bau = result.bauPeak
        #expect(bau.year == 2019 && bau.value == 1_010 && !bau.atSeriesStart && bau.seriesStart == 2018)
        #expect(bau.plateau == 2019...2030 && !bau.declinesAfter)
        // Pathway: 1,000 until 2023, then 800: plateau 2019–2023, declines after.
        #expect(result.pathwayPeak.plateau == 2019...2023, "\(result.pathway.values)")
        #expect(result.pathwayPeak.declinesAfter)
    }

    @Test func aHistoryYearAfterTheBaseYearIsRefused() throws {
        let model = ToyModel(example: ToyModel.defaultExample + "\ndecisions:\n  history: {2021: 5}\n")
        #expect(throws: PlanError.self) { try PlanLoader.loadExample(for: model) }
    }
}
