import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionReport

@Suite("Summary that fits and explains")
struct SummaryLayoutTests {
    @Test("every line fits 120 columns and nothing is cut with …", arguments: allSectors)
    func fits(sector: SectorCase) throws {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let run = try PlanRun.evaluate(plan, model: sector.model, draws: 40, seed: 3)
        for language in Language.allCases {
            let text = Summary(result: run.result, language: language).render() + "\n"
                + UncertaintySummary(result: run.result, uncertainty: try #require(run.uncertainty), language: language).render()
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= 120, "\(sector.tool) \(language): \(line)")
            }
            #expect(!text.contains("…"), "\(sector.tool) \(language): a cell was cut")
            // Every measure's full name is in the MACC table: its characters in order from the
            // measure's rank on (a wrapped cell continues on the next lines, between other columns).
            let macc = try #require(text.range(of: UIText.macc.text(language)))
            for (rank, step) in run.result.macc.steps.enumerated() {
                let row = try #require(text[macc.upperBound...].range(of: "\n\(rank + 1 < 10 ? " " : "")\(rank + 1)  "))
                var rest = text[row.upperBound...].makeIterator()
                let complete = step.name.text(language).filter { $0 != " " }.allSatisfy { character in
                    while let next = rest.next() { if next == character { return true } }
                    return false
                }
                #expect(complete, "\(sector.tool) \(language): \(step.measureID) cut")
            }
            #expect(text.contains(language == .english ? "Legend: P5/P50/P95" : "说明：P5/P50/P95"))
            #expect(text.contains(language == .english ? "Milestones" : "关键年份"))
        }
    }

    @Test func wrappingNeverDropsACharacter() {
        let text = "Least-cost measures: 液化天然气重型货车, 摩托车电动化, Battery-electric heavy trucks (short haul), x"
        let lines = TextWrap.lines(text, width: 24)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 })
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test("a cost basis wraps after a dot of the quantity's name, not inside a word")
    func basisWrapsAtDots() {
        // "per vehicles.bus.electric" is 25 columns; at 19 the last break opportunity before
        // column 19 is after "vehicles.bus." (the dot follows a letter): "per vehicles.bus."
        // is 17 columns, and "electric" goes on the next line. Before, the line was cut at
        // column 19 inside "electric": "per" / "vehicles.bus.electr" / "ic".
        #expect(TextWrap.lines("per vehicles.bus.electric", width: 19) == ["per vehicles.bus.", "electric"])
        // A decimal point is no break: "p = 100.0 %" at width 8 breaks at the spaces.
        #expect(TextWrap.lines("p = 100.0 %", width: 8) == ["p =", "100.0 %"])
        // "activity.rail-freight" (21 columns) at 19: the hyphen after a letter is the last
        // opportunity, so "activity.rail-" (14) then "freight".
        #expect(TextWrap.lines("activity.rail-freight", width: 19) == ["activity.rail-", "freight"])
    }

    @Test("an unmet target: the gap explained, the next measures on the MACC and what they give")
    func unmetTargetShortfall() throws {
        let sector = allSectors[2]  // waste: three either-or losers stay outside the pathway
        var plan = try PlanLoader.loadExample(for: sector.model)
        plan.targets = [Target(id: "deep-cut", name: nil, year: plan.header.targetYear, kind: .belowBaseYear(0.95))]
        let result = try PlanEvaluator.evaluate(plan, model: sector.model)
        let check = try #require(result.targets.first)
        #expect(!check.met)
        // Allowed: 5 % of the 2023 base (1,297,737 t) = 64,887 t; pathway 2035 609,141 t → gap ≈ 544,254 t.
        #expect(abs(check.gap - ((result.pathway[2035] ?? 0) - 0.05 * (result.bau[2023] ?? 0))) < 1)
        let shortfall = try #require(PlanFigures(result: result).shortfall(check))
        // The next measures are the ones outside the pathway that abate on their own, cheapest
        // standalone cost first, until they cover the gap (or all of them when they cannot).
        let outside = result.measures.filter { !$0.inPathway && ($0.standaloneAbatement[2035] ?? 0) > 0 }
        #expect(!shortfall.nextMeasures.isEmpty)
        for next in shortfall.nextMeasures {
            let measure = try #require(outside.first { $0.id == next.id })
            #expect(abs(next.abatement - (measure.standaloneAbatement[2035] ?? 0)) < 1e-6)
        }
        let covered = shortfall.nextMeasures.reduce(0) { $0 + $1.abatement }
        #expect(abs(shortfall.nextAbatement - covered) < 1e-6)
        #expect(covered >= check.gap || shortfall.nextMeasures.count == outside.count)
        let costs = shortfall.nextMeasures.compactMap(\.costPerTonne)
        #expect(costs == costs.sorted())
        let text = Summary(result: result, language: .english).render()
        #expect(text.contains("A positive gap means the pathway is above the allowed level"))
        #expect(text.contains("Next measures on the MACC (standalone):"))
        let chinese = Summary(result: result, language: .simplifiedChinese).render()
        #expect(chinese.contains("缺口为正") && chinese.contains("万吨CO2e"))
    }
}
