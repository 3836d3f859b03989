import ReductionTestSupport
import Testing
import ReductionCore
import ThermalPowerSector

@Suite("Embedded example city")
struct ExampleTests {
    let model = ThermalPowerModel()

    func result() throws -> PlanResult {
        try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
    }

    @Test func baseYearByHand() throws {
        let result = try result()
        // Coal (tce): small 1,031,940 MWh × 0.345 = 356,019.3; supercritical 5,244,000 × 0.302 = 1,583,688;
        // USC 4,584,000 × 0.278 = 1,274,352; CHP power 2,946,240 × 0.300 = 883,872 and heat 9,000,000 GJ × 0.039 = 351,000;
        // boilers 3,000,000 GJ / 0.75 / 29.3076 = 136,483.37 → 4,585,414.67 tce (134,387,498.97 GJ).
        #expect(isClose(Fixture.memo(result, "coal.tce", year: 2024), 4_585_414.669501426))
        // china-2022 (issue 17: typical measured coal 0.02618 tC/GJ × 0.99 × 44/12 = 0.0950334 tCO2/GJ):
        // CO2 = 134,387,498.97 × 0.0950334 + gas 1,121,250 MWh × 6.6 GJ/MWh × 0.0556116 = 13,182,840.69 t;
        // CH4 204.459 t × 28 and N2O 210.677 t × 265 → 13,244,395.07 tCO2e direct (production view)
        // (15,522,545.39 with the 0.03085 unmeasured-month fallback, 17.2 % more).
        #expect(isClose((result.bauBoundaries.direct[2024] ?? .nan), 13_244_395.06863316))
        // Consumption view adds the net imports at the margin the example declares (0.8279 tCO2/MWh,
        // a plan input): 11,762,120 MWh × 0.8279 = 9,737,859 t (indirect).
        let imports = try #require(result.inventory.entries.first { $0.source.id == "imports.net" })
        #expect(imports.source.scope == .indirect)
        #expect(isClose(imports.gases[.co2], 11_762_120 * 0.8279))
        #expect(isClose(result.inventory.total, (result.bauBoundaries.direct[2024] ?? .nan) + (result.bauBoundaries.indirect[2024] ?? .nan)))
        // The location-based memo keeps imports at the grid factor: 11,762,120 × 0.55 = 6,469,166 t.
        #expect(isClose(Fixture.memo(result, "co2.imports", year: 2024), 6_469_166))
        // The base year balances exactly: no balancing import, no surplus.
        #expect(isClose(Fixture.memo(result, "imports.balancing", year: 2024), 0))
        #expect(isClose(Fixture.memo(result, "surplus", year: 2024), 0))
    }

    @Test func pathwayAndPeak() throws {
        let result = try result()
        #expect(result.measures.count >= 18)
        // One ordering method (greedy by interacted cost), no fallback warning.
        #expect(result.orderStable && !result.warnings.contains { $0.contains("greedy") })
        #expect((result.bau[2030] ?? 0) > (result.bau[2024] ?? 0))
        #expect((result.pathway[2030] ?? 0) < (result.bau[2030] ?? 0))
        #expect(result.pathwayPeak.year < 2030 && result.pathwayPeak.declinesAfter)
        // Either-or groups keep one member each.
        let kept = Set(result.measures.filter(\.inPathway).map(\.id))
        #expect(!(kept.contains("retire-small-units-transfer") && kept.contains("retire-small-units-renewables")))
        // CCUS reports captured and avoided separately; captured exceeds avoided (energy penalty).
        let ccus = try #require(result.measure("ccus-post-combustion"))
        #expect((ccus.captured[2032] ?? 0) > 0 && (ccus.captured[2032] ?? 0) > (ccus.interactedAbatement[2032] ?? 0))
        // The grid factor falls with the plan.
        let grid = try #require(result.layout.memoIndex("electricity.supply-factor"))
        #expect((result.pathwayMemos[grid][2030] ?? 0) < (result.bauMemos[grid][2030] ?? 0))
        // No year leans on balancing imports, which would move emissions out of the inventory.
        let balancing = try #require(result.layout.memoIndex("imports.balancing"))
        #expect(result.bauMemos[balancing].values.allSatisfy { $0 == 0 })
        #expect(result.pathwayMemos[balancing].values.allSatisfy { $0 == 0 })
        // Ultra-low emission retrofit cuts SO2 at a small CO2 cost; the example commits to it, so it
        // stays in the pathway as the MACC's last, negative-width step.
        let ule = try #require(result.measure("ultra-low-emission-retrofit"))
        #expect((ule.pollutantReduction[.so2] ?? 0) > 0 && (ule.standaloneAbatement[2030] ?? 0) < 0)
        #expect(ule.inPathway && result.macc.steps.last?.measureID == ule.id && (result.macc.steps.last?.abatement ?? 0) < 0)
    }
}
