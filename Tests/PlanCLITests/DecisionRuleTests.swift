import ReductionCore
import Testing
@testable import PlanCLI
import TextileSector
import TransportSector
import ThermalPowerSector
import WasteSortingSector

/// The findings of issue 13 on the four shipped examples, each reproduced before the fix.
@Suite("Decision rules on the shipped examples")
struct DecisionRuleExampleTests {
    static func evaluate(_ model: some SectorModel) throws -> PlanResult {
        try PlanEvaluator(plan: try PlanLoader.loadExample(for: model), model: model).evaluate()
    }

    @Test func digestionBeatsCompostingByIncrementalAnalysis() throws {
        let result = try Self.evaluate(WasteSortingModel())
        // Before: composting (71,182 t at 750.2 CNY/t) won by "net benefit" 71,182 × (100 − 750.2) >
        // 134,863 × (100 − 696.8). Digestion abates more for less per tonne: it dominates composting.
        let digestion = try #require(result.measure("food-waste-to-digestion"))
        let composting = try #require(result.measure("food-waste-to-composting"))
        #expect((digestion.standaloneAbatement[2035] ?? 0) > (composting.standaloneAbatement[2035] ?? 0))
        #expect(try #require(digestion.standaloneCostPerTonne) < (try #require(composting.standaloneCostPerTonne)))
        #expect(digestion.inPathway && composting.excludedBy == "food-waste-to-digestion")
        let decision = try #require(result.decisions.alternatives.first { $0.loser == "food-waste-to-composting" })
        #expect(decision.reason == .dominated && decision.winner == "food-waste-to-digestion")
        #expect(result.decisions.referenceCarbonPrice == result.plan.header.referenceCarbonPrice)
    }

    @Test(arguments: allSectors)
    func maccWidthsSumToBAUMinusPathwayInEveryMACCYear(_ sector: SectorCase) throws {
        let result = try Self.evaluate(sector.model)
        // Before: waste MACC 723,186 t vs BAU − pathway 681,716 t; power 7,752,384 vs 7,745,265 t.
        #expect(!result.decisions.maccs.isEmpty)
        for macc in result.decisions.maccs + [result.macc] {
            let widths = macc.steps.reduce(0) { $0 + $1.abatement }
            let reduction = (result.bau[macc.year] ?? 0) - (result.pathway[macc.year] ?? 0)
            #expect(abs(widths - reduction) <= 1e-9 * max(abs(reduction), 1), "\(sector.tool) \(macc.year)")
        }
        // No pathway measure that is not committed abates nothing in the target year.
        let target = result.plan.header.targetYear
        for measure in result.measures where measure.inPathway && !measure.measure.committed {
            #expect((measure.interactedAbatement[target] ?? 0) > 0, "\(measure.id)")
        }
    }

    @Test(arguments: allSectors)
    func noOrderingWarningOnTheShippedExamples(_ sector: SectorCase) throws {
        let result = try Self.evaluate(sector.model)
        // Before: transport warned "re-ordering by interacted cost does not settle" and fell back to greedy.
        #expect(!result.warnings.contains { $0.contains("does not settle") || $0.contains("greedy") })
        #expect(result.orderStable)
    }

    @Test func transportTargetsTakeMarginalCostFromTheirOwnYear() throws {
        let result = try Self.evaluate(TransportModel())
        // Before: the 2030 target showed the last measure's 2035 cost per tonne (−954.8 instead of −1,293.2).
        for check in result.targets {
            guard let selection = check.leastCost, let last = selection.measureIDs.last,
                  let measure = result.measure(last) else { continue }
            let year = check.target.year
            // Own-year cost per tonne: annual cost in the target's year / interacted abatement in that year.
            let expected = (measure.annualCost[year] ?? 0) / (measure.interactedAbatement[year] ?? 0)
            #expect(abs(try #require(selection.marginalCost) - expected) <= 1e-9 * abs(expected), "\(check.target.id)")
            let annual = selection.measureIDs.compactMap { result.measure($0)?.annualCost[year] }.reduce(0, +)
            #expect(abs(selection.annualCost - annual) <= 1e-6 * max(abs(annual), 1))
        }
        #expect(result.targets.contains { $0.target.year == 2030 && $0.leastCost != nil })
    }

    @Test func peaksNameTheRebound() throws {
        // Independent scan: the largest rise from a running minimum after the peak.
        func rebound(_ series: YearSeries, after peak: Int) -> (from: Int, to: Int, rise: Double)? {
            var best: (Int, Int, Double)?
            var low = peak
            for year in (peak + 1)...(series.firstYear + series.values.count - 1) {
                if (series[year] ?? 0) < (series[low] ?? 0) { low = year } else if (series[year] ?? 0) - (series[low] ?? 0) > (best?.2 ?? 0) {
                    best = (low, year, (series[year] ?? 0) - (series[low] ?? 0))
                }
            }
            return best
        }
        for model in [TextileModel() as any SectorModel, TransportModel()] {
            let result = try Self.evaluate(model)
            let peak = result.pathwayPeak
            let expected = try #require(rebound(result.pathway, after: peak.year))
            let named = try #require(peak.rebound)
            #expect(named.fromYear == expected.from && named.toYear == expected.to)
            #expect(abs(named.increase - expected.rise) <= 1e-9 * expected.rise)
        }
        // Waste: the pathway is highest in the base year only because the series starts there.
        let waste = try Self.evaluate(WasteSortingModel())
        #expect(waste.pathwayPeak.year == waste.plan.header.baseYear && waste.pathwayPeak.atSeriesStart)
    }

    @Test func maccYearPicksADrawnMACCAndRefusesOthers() throws {
        let result = try Self.evaluate(TextileModel())
        // Textile: base 2023, target 2030, horizon 2035 → MACC years 2023, 2028, 2030, 2033.
        #expect(result.decisions.maccs.map(\.year) == [2023, 2028, 2030, 2033])
        let shown = try ReportCommand.withMACC(of: 2028, result)
        #expect(shown.macc == result.decisions.macc(2028) && shown.macc.year == 2028)
        #expect(throws: (any Error).self) { try ReportCommand.withMACC(of: 2029, result) }
    }
}
