import ReductionTestSupport
import Testing
import ThermalPowerSector

@Suite("Combustion formulas and conversions")
struct FormulaTests {
    @Test func chinaFormOneMillionTonnes() {
        // 1,000,000 t × 20 GJ/t = 20,000,000 GJ × 0.03085 tC/GJ = 617,000 tC × 0.99 = 610,830 tC
        // × 44/12 = 2,239,710 tCO2 (the check value).
        #expect(isClose(PowerFormulas.co2(fuel: 1_000_000, ncv: 20, carbonContent: 0.03085, oxidation: 0.99), 2_239_710))
    }

    @Test func co2PerGigajoule() {
        // 0.03085 × 0.99 × 44/12 = 0.1119855 tCO2/GJ.
        #expect(isClose(PowerFormulas.co2PerGigajoule(carbonContent: 0.03085, oxidation: 0.99), 0.1119855))
        // IPCC other bituminous: 0.0258 × 1 × 44/12 = 0.0946 tCO2/GJ (94,600 kg/TJ).
        #expect(isClose(PowerFormulas.co2PerGigajoule(carbonContent: 0.0258, oxidation: 1), 0.0946))
    }

    /// (gce/kWh, MJ/kWh, efficiency): HR = b × 29.3076 / 1000, η = 3.6 / HR.
    static let rates: [(Double, Double, Double)] = [
        (310, 9.085356, 0.39624204048801176),   // 310 × 0.0293076 = 9.085356; 3.6 / 9.085356 = 39.62 %
        (285, 8.352666, 0.4310001142150302),    // 285 × 0.0293076 = 8.352666; 43.10 %
        (300, 8.79228, 0.40945010850427876),    // 300 × 0.0293076 = 8.79228; 40.95 %
    ]

    @Test(arguments: rates) func heatRateAndEfficiency(_ row: (Double, Double, Double)) {
        #expect(isClose(PowerFormulas.heatRate(coalRate: row.0), row.1))
        #expect(isClose(PowerFormulas.efficiency(coalRate: row.0), row.2))
        #expect(isClose(PowerFormulas.coalRate(heatRate: row.1), row.0))
        #expect(isClose(PowerFormulas.coalRate(efficiency: row.2), row.0))
    }

    @Test func edgeCases() {
        // 40 % → 3,600 / (0.40 × 29.3076) = 307.0876 gce/kWh.
        #expect(isClose(PowerFormulas.coalRate(efficiency: 0.40), 307.08758137820905))
        #expect(PowerFormulas.coalRate(efficiency: 0) == nil)
        #expect(PowerFormulas.efficiency(coalRate: -1) == nil)
        // Heat-supply coal rate: 1000 / 29.3076 / (0.90 × 0.975) = 38.884 kgce/GJ.
        #expect(isClose(PowerFormulas.heatCoalRate(boilerEfficiency: 0.9, pipeEfficiency: 0.975), 38.884150855107194))
        #expect(PowerFormulas.heatCoalRate(boilerEfficiency: 0) == nil)
        // 1 MWh at 300 gce/kWh = 0.3 tce = 8.79228 GJ.
        #expect(isClose(PowerFormulas.fuelEnergy(megawattHours: 1, coalRate: 300), 8.79228))
        // 10^9 Nm3 at 35 mg/Nm3 = 35 t.
        #expect(isClose(PowerFormulas.pollutant(flueGas: 1e9, concentration: 35), 35))
    }
}
