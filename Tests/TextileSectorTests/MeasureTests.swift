import ReductionTestSupport
import Testing
import ReductionCore
@testable import TextileSector

@Suite("Measures worked by hand")
struct MeasureTests {
    @Test func wastewaterHeatRecoveryAbatementAndCost() throws {
        // 10⁶ × 100 m dyed, all heat bought (0.11 tCO2/GJ at 87.3 CNY/GJ), catalogue entry
        // `wastewater-heat-recovery`: dyeing heat −12 % at full penetration; start 2025, ramp 4,
        // max 0.272 (0.8 × 0.34, calibrated to the Clean by Design average, issue 17 item 7) → p(2030) = 0.272; capex 66.9 CNY and opex 1.35 CNY/yr per GJ/yr of energy saved
        // (basis `energy`, decrease), life 15 yr; social rate 5 %.
        let result = try evaluate(inputs: "stage.dyeing.output: 1000000",
                                  measures: "measures: {use: [wastewater-heat-recovery]}",
                                  extra: "energyPrices: {purchased-heat: 87.3}")
        let measure = try #require(result.measure("wastewater-heat-recovery"))
        // Heat: 0.60 × (1 − 0.12 × 0.272) = 0.580416 GJ/100 m → useful 600,000 → 580,416 GJ;
        // bought 666,666.7 → 644,906.7 GJ (÷ 0.9): 21,760 GJ × 0.11 = 2,393.6 tCO2 abated in 2030.
        #expect(isClose((measure.interactedAbatement[2030] ?? .nan), 2_393.6))
        #expect(isClose((measure.standaloneAbatement[2030] ?? .nan), 2_393.6))
        // 2025: ramp 1/4 → p = 0.068; 600,000 × 0.12 × 0.068 ÷ 0.9 = 5,440 GJ × 0.11 = 598.4 t.
        #expect(isClose((measure.interactedAbatement[2025] ?? .nan), 598.4))
        #expect(isClose((measure.penetration[2030] ?? .nan), 0.272))
        // Cost in 2030: CRF(5 %, 15) = 0.0963423; units = 21,760 GJ/yr of bought heat saved;
        //   (66.9 × 0.0963423 + 1.35) × 21,760 = (6.445299 + 1.35) × 21,760 = 169,625.7;
        //   energy −21,760 GJ × 87.3 = −1,899,648 → net −1,730,022.3 CNY/yr;
        //   cost per tonne −1,730,022.3 / 2,393.6 = −722.770 CNY/tCO2 (saves money; per-unit costs do not
        //   move with the penetration). With the former
        //   example-park lump sum (54.7 MCNY) this plant ten times smaller paid for the whole park: −69.8.
        #expect(isClose(measure.costing?.unitsDeployed[2030] ?? 0, 21_760))
        #expect(isClose((measure.energyCostChange[2030] ?? .nan), -1_899_648))
        #expect(isClose((measure.annualCost[2030] ?? .nan), (66.9 * 0.09634228760924432 + 1.35) * 21_760 - 1_899_648, relative: 1e-6, absolute: 1e-6))
        #expect(isClose(measure.costPerTonne, -722.7700087176505, relative: 1e-9, absolute: 1e-9))
        #expect(result.macc.steps.map(\.measureID) == ["wastewater-heat-recovery"])
    }

    @Test func coalToGasCutsSulphurDioxide() throws {
        // 10⁶ × 100 m dyed, 30 % of heat from coal boilers (η 0.78), 70 % bought; stenters on gas.
        // Coal: 666,666.7 × 0.3 / 0.78 = 256,410.3 GJ. Converting it fully to gas (η 0.88):
        // SO2 cut = 256,410.3 GJ × 900 g/GJ = 230.769 t from coal, minus 227,272.7 GJ gas × 0.67 g/GJ
        // = 0.152273 t added → 230.617 t net cut in 2030 (deployment 2025, ramp 4, max 1 → p = 1).
        let result = try evaluate(inputs: """
            stage.dyeing.output: 1000000
            heat.share.coal: 0.3
            """, measures: "measures: {use: [coal-boiler-to-gas]}")
        let measure = try #require(result.measure("coal-boiler-to-gas"))
        let coalGJ = 600_000 / 0.9 * 0.3 / 0.78, gasGJ = 600_000 / 0.9 * 0.3 / 0.88
        #expect(isClose(measure.pollutantReduction[.so2], coalGJ * 900 / 1e6 - gasGJ * 0.67 / 1e6))
        // CO2: coal 256,410.3 × 0.02618 × 0.98 × 44/12 − gas 227,272.7 × 0.01532 × 0.99 × 44/12
        //    = 24,121.40 − 12,639.00 = 11,482.40 tCO2.
        let expected = coalGJ * 0.02618 * 0.98 * 44 / 12 - gasGJ * 0.01532 * 0.99 * 44 / 12
        #expect(isClose((measure.interactedAbatement[2030] ?? .nan), expected))
        #expect(isClose(expected, 11_482.4017094, relative: 1e-6, absolute: 1e-6))
    }

    @Test func eitherOrAlternativesAreExclusive() throws {
        // The four coal-boiler alternatives act on the same stock: at most one stays in the pathway.
        let result = try evaluate(inputs: """
            stage.dyeing.output: 1000000
            heat.share.coal: 0.3
            """, measures: "measures: {use: [coal-boiler-to-gas, coal-boiler-to-electric, coal-boiler-to-heat-pump, central-chp-steam]}")
        #expect(result.measures.filter { $0.inPathway }.count == 1)
        #expect(result.measures.filter { !$0.inPathway }.allSatisfy { $0.excludedBy != nil })
    }

    @Test func biogasRecoveryBlendsTowardsTarget() throws {
        // Reactor CH4 gross 160 t (see the wastewater test); recovery blends 0 → 0.7 with p(2030) = 1:
        // R = 112 t, abatement 112 × 27.0 = 3,024 tCO2e in 2030.
        let result = try evaluate(inputs: """
            wastewater.other-volume: 800000
            wastewater.cod-in: 1.45
            wastewater.sludge-share: 0.20
            wastewater.route.anaerobic-reactor.share: 1.0
            """, measures: "measures: {use: [biogas-recovery]}")
        #expect(isClose((result.measure("biogas-recovery")?.interactedAbatement[2030] ?? .nan), 3_024))
        #expect(isClose((result.pathwayMemos[memo(.ch4Recovered)][2030] ?? .nan), 112))
    }
    @Test func greenPowerCostIsPremiumOverFactor() throws {
        // Garments 400 × 10⁴ pieces × 2,500 kWh = 1,000 MWh from the grid at 0.5306 tCO2/MWh.
        // `green-power-purchase` blends the green share 0 → 0.5 (start 2025, ramp 5 → p(2030) = 1):
        // Issue 14: green power counts at zero only with the residual mix for the rest, so
        // BAU 1,000 × 0.5306 = 530.6 t; pathway 500 green × 0 + 500 × 0.6096 (residual mix,
        // MEE & NBS 2023) = 304.8 t → 225.8 tCO2 abated, not 500 × 0.5306 = 265.3 (double count).
        // Cost: 500,000 kWh × (0.71 − 0.68) CNY/kWh = 15,000 CNY/yr, no capex or opex →
        // 15,000 / 225.8 = 66.43 CNY/t.
        let result = try evaluate(inputs: "stage.garments.output: 400",
                                  measures: "measures: {use: [green-power-purchase]}",
                                  extra: "energyPrices: {electricity: {value: 0.68, unit: CNY/kWh}, green-electricity: {value: 0.71, unit: CNY/kWh}}")
        let measure = try #require(result.measure("green-power-purchase"))
        #expect(isClose((measure.interactedAbatement[2030] ?? .nan), 225.8))
        #expect(isClose((measure.annualCost[2030] ?? .nan), 15_000))
        #expect(isClose(measure.costPerTonne, 15_000 / 225.8))
        // The location-based memo is unchanged: 1,000 × 0.5306 = 530.6 tCO2.
        #expect(isClose((result.pathwayMemos[memo(.locationBasedElectricity)][2030] ?? .nan), 530.6))
    }
}

