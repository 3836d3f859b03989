import ReductionTestSupport
import Testing
import ReductionCore
import ThermalPowerSector

@Suite("Generating units worked by hand")
struct UnitModelTests {
    // The 600 MW unit: net MWh = 600 MW × 5,000 h × (1 − 0.05) = 2,850,000 MWh.
    // Coal at 310 gce/kWh: 2,850,000 × 310 / 1000 = 883,500 tce × 29.3076 = 25,893,264.6 GJ.
    // CO2 = 25,893,264.6 × 0.03085 × 0.99 × 44/12 = 2,899,670.1829 t.

    @Test func baseYearInventory() throws {
        let result = try Fixture.evaluate(inputs: Fixture.unit600)
        let unit = result.inventory.entries[0]
        #expect(unit.source.id == "unit.subcritical.u600")
        #expect(isClose(unit.activity, 25_893_264.6))
        #expect(isClose(unit.gases[.co2], 2_899_670.1828633))
        // CH4 = 25,893,264.6 GJ × 1 kg/TJ / 10^6 = 25.8933 t; N2O × 1.5 = 38.8399 t.
        #expect(isClose(unit.gases[.ch4NonFossil], 25.8932646))
        #expect(isClose(unit.gases[.n2o], 38.8398969))
        // AR5: 2,899,670.18 + 25.8933 × 28 + 38.8399 × 265 = 2,910,687.767 tCO2e.
        #expect(isClose(unit.co2e, 2_910_687.7669506))
        #expect(unit.source.categories.contains(CategoryCode(.ipcc2006, "1.A.1.a.i")))
        #expect(unit.source.categories.contains(CategoryCode(.crt, "1.A.1.a")))
        // 883,500 tce; raw coal 25,893,264.6 / 20.908 GJ/t = 1,238,438.5 t.
        #expect(isClose(Fixture.memo(result, "coal.tce", year: 2024), 883_500))
        #expect(isClose(Fixture.memo(result, "coal.tonnes", year: 2024), 25_893_264.6 / 20.908))
    }

    @Test func improvementFrom310To285() throws {
        let measure = """
            - id: retrofit
              name: {en: Retrofit, zh-Hans: 改造}
              changes: [{blend: {key: unit.subcritical.u600.fuel-rate, target: 285}}]
              deployment: {start: 2025}
              lifetime: 20
        """
        let result = try Fixture.evaluate(inputs: Fixture.unit600, measures: measure)
        // At 285 gce/kWh: 2,850,000 × 285 / 1000 = 812,250 tce × 29.3076 = 23,805,098.1 GJ.
        // Fuel saved 2,088,166.5 GJ (71,250 tce):
        //   CO2  2,088,166.5 × 0.1119855            = 233,844.370 t
        //   CH4  2,088,166.5 × 1e-6 × 28 (AR5)      =      58.469 tCO2e
        //   N2O  2,088,166.5 × 1.5e-6 × 265          =     830.046 tCO2e
        //   total                                     = 234,732.884 tCO2e
        let abatement = (result.measure("retrofit")?.standaloneAbatement[2025] ?? .nan)
        #expect(isClose(abatement, 234_732.8844315))
        #expect(isClose((result.bau[2025] ?? .nan) - (result.pathway[2025] ?? .nan), 234_732.8844315))
        // Base year untouched (deployment starts 2025).
        #expect(isClose((result.pathway[2024] ?? .nan), (result.bau[2024] ?? .nan)))
        #expect(isClose(Fixture.memo(result, "coal.tce", year: 2025, pathway: true), 812_250))
    }

    @Test func ccusCapturedVersusAvoided() throws {
        let measure = """
            - id: ccus
              name: {en: CCUS, zh-Hans: 碳捕集}
              changes:
                - capture: {source: "unit.subcritical.*", gas: CO2, fraction: 0.9}
                - scale: {key: "unit.subcritical.*.fuel-rate", by: 0.25}
              deployment: {start: 2025}
              lifetime: 25
        """
        let result = try Fixture.evaluate(inputs: Fixture.unit600 + "\n" + Fixture.noNonCO2, measures: measure)
        let ccus = try #require(result.measure("ccus"))
        // Without capture X = 2,899,670.1829 tCO2 (CH4, N2O set to 0).
        // Energy penalty +25 % fuel: gross CO2 = 1.25 X = 3,624,587.7286 t.
        // Captured = 0.9 × 1.25 X = 3,262,128.9557 t; emitted = 0.1 × 1.25 X = 362,458.7729 t.
        // Avoided = X − 362,458.7729 = 2,537,211.4100 t — less than captured by the penalty's 725 kt.
        #expect(isClose((ccus.captured[2025] ?? .nan), 3_262_128.9557212126))
        #expect(isClose((ccus.standaloneAbatement[2025] ?? .nan), 2_537_211.410005388))
        #expect(isClose((result.pathway[2025] ?? .nan), 362_458.7728579125))
        #expect((ccus.captured[2025] ?? .nan) > (ccus.standaloneAbatement[2025] ?? .nan))
        // The extra coal shows in the energy use: 1.25 × 25,893,264.6 GJ.
        #expect(isClose((result.pathwayEnergy[0][2025] ?? .nan), 1.25 * 25_893_264.6))
    }

    @Test func pollutantsFromConcentrations() throws {
        let result = try Fixture.evaluate(inputs: Fixture.unit600)
        // Flue gas 25,893,264.6 GJ × 360 Nm3/GJ = 9.3216e9 Nm3 at the ultra-low defaults:
        // SO2 35 mg → 326.255 t; NOx 50 mg → 466.079 t; PM 10 mg → 93.216 t × 0.5 = 46.608 t PM2.5.
        let unit = result.inventory.entries[0]
        #expect(isClose(unit.pollutants[.so2], 326.25513396))
        #expect(isClose(unit.pollutants[.nox], 466.0787628))
        #expect(isClose(unit.pollutants[.pm25], 46.60787628))
    }

    @Test func pollutantsFromFactors() throws {
        let inputs = Fixture.unit600 + "\n  unit.subcritical.u600.so2-factor: {value: 10, unit: kg/TJ}\n  unit.subcritical.u600.pm-factor: 2"
        let unit = try Fixture.evaluate(inputs: inputs).inventory.entries[0]
        // A factor replaces the concentration: 25,893.2646 TJ × 10 kg/TJ = 258.933 t SO2;
        // PM 25,893.2646 × 2 kg = 51.787 t × PM2.5 share 0.5 = 25.893 t. NOx stays at 50 mg/Nm3: 466.079 t.
        #expect(isClose(unit.pollutants[.so2], 258.932646))
        #expect(isClose(unit.pollutants[.pm25], 25.8932646))
        #expect(isClose(unit.pollutants[.nox], 466.0787628))
    }

    @Test func ipccFactorSet() throws {
        let result = try Fixture.evaluate(inputs: Fixture.unit600, factorSet: "ipcc-2006-tier1")
        // IPCC other bituminous coal: 25,893,264.6 GJ × 0.0258 × 1 × 44/12 = 2,449,502.831 tCO2 (94.6 t/TJ).
        #expect(isClose(result.inventory.entries[0].gases[.co2], 2_449_502.83116))
        // Tonnes with the IPCC NCV 25.8 GJ/t.
        #expect(isClose(Fixture.memo(result, "coal.tonnes", year: 2024), 25_893_264.6 / 25.8))
    }

    @Test func heatRateInputConverts() throws {
        // A heat rate of 9.085356 MJ/kWh is 310 gce/kWh: same CO2 as the 310 case.
        let inputs = Fixture.unit600.replacingOccurrences(
            of: "fuel-rate: 310", with: "fuel-rate: {value: 9.085356, unit: MJ/kWh}")
        let result = try Fixture.evaluate(inputs: inputs)
        #expect(isClose(result.inventory.entries[0].gases[.co2], 2_899_670.1828633))
    }
}

@Suite("Unit-field defaults")
struct UnitDefaultTests {
    @Test func ownUseAndHeatRateDefaults() throws {
        // A CHP unit without own-use or heat-rate: 100 MW × 5,000 h × (1 − 0.05) = 475,000 MWh net;
        // heat 100,000 GJ at 39 kgce/GJ = 3,900 tce; power 475,000 × 0.3 = 142,500 tce; total 146,400 tce.
        let inputs = """
              demand.electricity: 475000
              unit.coal-chp.c.capacity: 100
              unit.coal-chp.c.hours: 5000
              unit.coal-chp.c.fuel-rate: 300
              unit.coal-chp.c.heat: 100000
              heat.demand: 100000
            """
        let result = try Fixture.evaluate(inputs: inputs)
        #expect(isClose(Fixture.memo(result, "coal.tce", year: 2024), 146_400))
        #expect(isClose(Fixture.memo(result, "generation.coal", year: 2024), 475_000))
    }
}
