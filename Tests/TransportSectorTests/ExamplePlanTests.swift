import Foundation
import ReductionCore
import ReductionTestSupport
import Testing
@testable import TransportSector

/// The embedded example city runs with no other input and gives plausible figures.
@Suite struct ExamplePlanTests {
    @Test func exampleEvaluates() throws {
        let plan = try PlanLoader.loadExample(for: Support.model)
        let result = try PlanEvaluator.evaluate(plan, model: Support.model)
        // Base-year inventory (2024), recomputed by an independent Python re-implementation of the
        // formulas (Sectors/Transport/Tools/example_check.py): 3,201,420.4186894 tCO2e (AR5); it was
        // 3,200,291.7 before gas buses and LNG trucks got their N2O (41 / 43 / 34 mg/km, issue 17 item 2).
        #expect(isClose(result.inventory.total, 3_201_420.418_689_429, relative: 1e-9), "inventory \(result.inventory.total)")
        // Cars are the largest source, about half of the inventory.
        let car = result.inventory.entries.first { $0.source.id == "road.car" }?.co2e ?? 0
        #expect(car / result.inventory.total > 0.4)
        // BAU 2035 from the same script (activity +4 %/yr passenger and +3.5 %/yr freight to 2030,
        // then +2 % and +1.5 %; grid 0.5306 → 0.40 tCO2/MWh): 4,243,744.6 tCO2e.
        #expect(isClose((result.bau[2035] ?? .nan), 4_243_744.593_071_563, relative: 1e-9), "BAU 2035 \((result.bau[2035] ?? .nan))")
        // BAU grows with activity; the pathway peaks before 2030 and declines after.
        #expect((result.bau[2035] ?? 0) > (result.bau[2024] ?? 0))
        #expect(result.pathwayPeak.year <= 2030)
        #expect((result.pathway[2035] ?? 0) < (result.bau[2035] ?? 0))
        #expect(result.measures.count >= 18)
    }

    /// Either-or alternatives: at most one of each group is in the pathway (the example with
    /// every catalogue measure, including the LNG and hybrid buses it leaves out).
    @Test func eitherOrInThePathway() throws {
        let text = String(decoding: Support.model.data.example, as: UTF8.self)
            .replacingOccurrences(of: "  exclude: [bus-lng, bus-hybrid]\n", with: "")
            .replacingOccurrences(of: "    bus-battery-electric: {excludes: []}\n", with: "")
        #expect(!text.contains("exclude"))
        let plan = try PlanLoader.load(text: text, file: "example-all.yaml", model: Support.model)
        let result = try PlanEvaluator.evaluate(plan, model: Support.model)
        #expect(result.measures.count == 23)
        for group in [["bus-battery-electric", "bus-lng", "bus-hybrid"], ["truck-lng", "truck-fuel-cell"]] {
            let kept = group.filter { id in result.measure(id)?.inPathway == true }
            #expect(kept.count == 1, "\(kept)")
        }
    }
}
