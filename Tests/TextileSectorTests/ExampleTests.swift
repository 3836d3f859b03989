import ReductionTestSupport
import Testing
import ReductionCore
@testable import TextileSector

@Suite("The embedded example park")
struct ExampleTests {
    let model = TextileModel()

    func example() throws -> PlanResult {
        try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
    }

    @Test func baseYearInventoryByHand() throws {
        let result = try example()
        let entries = result.inventory.entries
        // Electricity: 80,000 t × 3,000 + 100,000 t × 1,800 + 8×10⁶ × 25 + 15,000 × 2,500 kWh
        //   = 657.5 GWh, + 10.08 Mm³ wastewater × 0.8 kWh = 8.064 GWh → 665,564 MWh × 0.5306 = 353,148.26 tCO2.
        #expect(isClose(entries[source(.electricity)].activity, 665_564))
        #expect(isClose(entries[source(.electricity)].co2e, 353_148.2584))
        // Heat: 80,000 × 0.5 + 100,000 × 1 + 8×10⁶ × 0.6 + 15,000 × 5 = 5,015,000 GJ useful;
        //   ÷ 0.9 = 5,572,222.2 GJ; 50 % bought = 2,786,111.1 GJ × 0.11 = 306,472.22 tCO2.
        #expect(isClose(entries[source(.heat)].co2e, 306_472.2222222222))
        // Coal: 30 % × 5,572,222.2 / 0.78 = 2,143,162.4 GJ + 20 % × 960,000 GJ stenter fuel = 2,335,162.4 GJ;
        //   × 0.02618 × 0.98 × 44/12 = 219,676.82 tCO2; SO2 × 900 g/GJ = 2,101.65 t.
        #expect(isClose(entries[source(.coal)].activity, 2_335_162.393162393))
        #expect(isClose(entries[source(.coal)].co2e, 219_676.8215544159))
        #expect(isClose(entries[source(.coal)].pollutants[.so2], 2_101.6461538461535))
        // Gas: 20 % × 5,572,222.2 / 0.88 = 1,266,414.1 GJ + 80 % × 960,000 = 2,034,414.1 GJ
        //   × 0.01532 × 0.99 × 44/12 = 113,137.03 tCO2 (CC 0.01532, GB/T 32150 Annex A; 112,989.33 with the former 0.0153).
        #expect(isClose(entries[source(.naturalGas)].co2e, 113_137.0254667))
        // Wastewater: 8×10⁶ × 1.26 m³ = 10.08 Mm³ × (1.5 − 0.2) kg/m³ = 13,104 t COD; sludge 20 % →
        //   10,483.2 t; CH4 = 10,483.2 × 0.25 × (0.25 × 0.3 + 0.15 × 0.8) = 511.056 t × 28 (AR5) = 14,309.57 tCO2e.
        #expect(isClose(entries[source(.wastewater)].gases[.ch4NonFossil], 511.056))
        #expect(isClose(entries[source(.wastewater)].co2e, 14_309.568))
        // Total 353,148.26 + 306,472.22 + 219,676.82 + 113,137.03 + 14,309.57 = 1,006,743.9 tCO2e.
        #expect(isClose(result.inventory.total, 1_006_743.8956433))
        // Activity: 80,000 + 100,000 + 8×10⁶ × 0.024 + 15,000 × 3 = 417,000 t processed.
        #expect(isClose((result.bauActivity[2023] ?? .nan), 417_000))
    }

    @Test func pathwayPeakAndTargets() throws {
        let result = try example()
        #expect(result.plan.measures.count >= 18)
        #expect(result.orderStable)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        // BAU keeps growing with dyeing output to 2030; the pathway peaks early and falls.
        #expect(result.bauPeak.year == 2030)
        #expect(result.pathwayPeak.year < 2026 && result.pathwayPeak.declinesAfter)
        // With the efficiency measures calibrated to the Clean by Design average (issue 17 item 7) the
        // pathway is 783,608.6 t in 2030, −22.2 % on 1,006,743.9 t: the park's −30 % target is no longer
        // met (it was with the uncalibrated 27 % efficiency saving), and the report says so.
        #expect((result.pathway[2030] ?? .nan) < 0.8 * result.inventory.total)
        #expect((result.pathway[2030] ?? .nan) > 0.7 * result.inventory.total)
        #expect(result.targets.first { $0.target.id == "cut-2030" }?.met == false)
        // Coal SO2 falls with the pathway.
        #expect((result.pathwayPollutants[.so2]?[2030] ?? .infinity) < (result.bauPollutants[.so2]?[2030] ?? 0))
        // Exactly one coal-boiler alternative is in the pathway.
        let coal = ["coal-boiler-to-gas", "coal-boiler-to-electric", "coal-boiler-to-heat-pump", "central-chp-steam"]
        #expect(result.measures.filter { coal.contains($0.id) && $0.inPathway }.count == 1)
    }
    @Test func stageEnergyAddsUpToComprehensiveEnergy() throws {
        let result = try example()
        // Σ stage energy (each stage with its share of the steam system) + effluent-treatment
        // electricity (10.08 Mm³ × 0.8 kWh × 0.1229 kgce/kWh = 991.07 tce) = the park's comprehensive energy.
        let stages = [TextileModel.MemoID.spinningEnergy, .weavingEnergy, .dyeingEnergy, .garmentsEnergy]
            .map { (result.bauMemos[memo($0)][2023] ?? .nan) }
        let wastewaterEnergy: Double = 10_080_000 * 0.8 * 0.1229 / 1_000
        let comprehensive: Double = result.bauMemos[memo(.comprehensiveEnergy)][2023] ?? .nan
        #expect(isClose(stages.reduce(0, +) + wastewaterEnergy, comprehensive, relative: 1e-12, absolute: 1e-12))
        // Dyeing: 200 GWh × 0.1229 = 24,580 tce electricity + 960,000 GJ / 29.3076 = 32,755.99 tce stenter fuel
        //   + 4.8/5.015 of the steam system (boiler fuel 3,409,576.5 GJ + bought 2,786,111.1 GJ) / 29.3076
        //   = 202,338.98 tce → 259,674.99 tce, i.e. 32.46 kgce per 100 m (quota: ≤ 30 kgce/100 m).
        let steam = (2_143_162.393162393 + 1_266_414.1414141415 + 2_786_111.111111111) / 29.3076 * 4.8 / 5.015
        let dyeing = 200_000_000 * 0.1229 / 1_000 + 960_000 / 29.3076 + steam
        #expect(isClose((result.bauMemos[memo(.dyeingEnergy)][2023] ?? .nan), dyeing))
    }
}

@Suite("Uncertainty on the example park")
struct ExampleUncertaintyTests {
    @Test func monteCarloRunsOnRangedNumbers() throws {
        let model = TextileModel()
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model)
        // Ranges come from the plan, factor set and catalogue (measure effects, costs, penetration).
        #expect(engine.parameterCount > 50)
        let result = engine.run(draws: 100, seed: 7, threads: 2)
        let central = engine.centralResult.pathway[2030] ?? 0
        // The central pathway lies inside the 5–95 % band, and every draw gives finite numbers.
        #expect(result.pathwayEmissions.p5 <= central && central <= result.pathwayEmissions.p95)
        #expect(result.measures.allSatisfy { $0.abatement.p50.isFinite })
    }
}
