import ReductionTestSupport
import Testing
import ReductionCore
@testable import TextileSector

@Suite("Guideline formulas worked by hand")
struct AccountingTests {
    @Test func naturalGasWithGuidelineDefaults() throws {
        // 1 × 10⁴ Nm³ of natural gas with the China defaults (factor set `china`):
        // NCV 389.31 GJ/10⁴Nm³, CC 0.01532 tC/GJ (GB/T 32150 Annex A, issue 17 item 6; was 0.0153), OF 0.99.
        // E = 1 × 389.31 × 0.01532 × 0.99 × 44/12 = 5.904586908 tC × 3.6667 = 21.650151996 tCO2.
        let result = try evaluate(inputs: "fuel.natural-gas.other-use: {value: 1, unit: 10kNm3}")
        let gas = result.inventory.entries[source(.naturalGas)]
        #expect(isClose(gas.gases[.co2], 21.650151996))
        #expect(isClose(gas.activity, 389.31))                       // GJ burnt
        #expect(isClose(gas.gases[.ch4NonFossil], 0))                // the China method counts CO2 only
        // NOx (EMEP/EEA 1.A.2 gaseous fuels 74 g/GJ): 389.31 × 74 / 10⁶ = 0.02880894 t.
        #expect(isClose(gas.pollutants[.nox], 0.02880894))
        #expect(isClose((result.bauEnergy[carrier(.naturalGas)][2023] ?? .nan), 389.31))
        // The pure function gives the same: 389.31 GJ × 0.01532 × 0.99 × 44/12.
        #expect(isClose(TextileAccounting.fuelCO2(energy: 389.31, carbonContent: 0.01532, oxidation: 0.99), 21.650151996))
    }

    @Test func gasBoilerAndStenterPath() throws {
        // 1,000 × 100 m dyed; defaults: heat 0.60 GJ, direct fuel 0.12 GJ, 25 kWh per 100 m.
        // Useful heat 600 GJ; generated 600 / (1 − 0.10) = 666.667 GJ; all from gas boilers (η 0.88):
        // 666.667 / 0.88 = 757.576 GJ; stenters burn 120 GJ of gas (no coal or oil share).
        // Gas 877.576 GJ × 0.01532 × 0.99 × 44/12 = 48.803392 tCO2.
        let result = try evaluate(inputs: """
            stage.dyeing.output: 1000
            heat.share.gas: 1.0
            """)
        #expect(isClose(result.inventory.entries[source(.naturalGas)].gases[.co2], 48.803392))
        #expect(isClose(result.inventory.entries[source(.naturalGas)].activity, 877.5757575757575))
        // Electricity 1,000 × 25 kWh = 25 MWh × 0.5306 tCO2/MWh = 13.265 tCO2; no heat bought.
        #expect(isClose(result.inventory.entries[source(.electricity)].co2e, 13.265))
        #expect(isClose(result.inventory.entries[source(.heat)].co2e, 0))
        // Activity metric: 1,000 × 0.024 t per 100 m = 24 t processed.
        #expect(isClose((result.bauActivity[2023] ?? .nan), 24))
    }

    @Test func coalWithGuidelineDefaults() throws {
        // 1 t coal: 20.908 GJ × 0.02618 tC/GJ × 0.98 × 44/12 = 1.96688804 tCO2;
        // SO2 (EMEP solid fuels 900 g/GJ): 20.908 × 900 / 10⁶ = 0.0188172 t.
        let result = try evaluate(inputs: "fuel.coal.other-use: 1")
        let coal = result.inventory.entries[source(.coal)]
        #expect(isClose(coal.gases[.co2], 1.96688804106667))
        #expect(isClose(coal.pollutants[.so2], 0.0188172))
    }

    @Test func ipccFactorSetAddsMethaneAndNitrousOxide() throws {
        // IPCC 2006: 10⁴ Nm³ = 389.31 GJ; CO2 389.31 × 0.0153 × 1.0 × 44/12 = 21.84029 t;
        // CH4 389.31 × 1 g/GJ = 0.00038931 t; N2O 389.31 × 0.1 g/GJ = 0.000038931 t.
        // AR6: 21.84029 + 0.00038931 × 27.0 + 0.000038931 × 273 = 21.86142 tCO2e.
        let result = try evaluate(inputs: "fuel.natural-gas.other-use: 1", factorSet: "ipcc-2006")
        let gas = result.inventory.entries[source(.naturalGas)]
        #expect(isClose(gas.gases[.co2], 389.31 * 0.0153 * 44 / 12))
        #expect(isClose(gas.gases[.ch4NonFossil], 0.00038931))
        #expect(isClose(gas.gases[.n2o], 0.000038931))
        #expect(isClose(gas.co2e, 21.8402910 + 0.00038931 * 27 + 0.000038931 * 273))
    }

    @Test func wastewaterMethaneGrossAndNetOfRecovery() throws {
        // Q = 800,000 m³, COD 1.45 → 0.20 kg/m³: TOW = 800,000 × 1.25 / 1000 = 1,000 t COD removed;
        // S = 20 % = 200 t; all in an anaerobic reactor (MCF 0.8), B0 0.25:
        // gross CH4 = (1,000 − 200) × 0.25 × 0.8 = 160 t.
        let gross = try evaluate(inputs: """
            wastewater.other-volume: 800000
            wastewater.cod-in: 1.45
            wastewater.cod-out: 0.20
            wastewater.sludge-share: 0.20
            wastewater.route.anaerobic-reactor.share: 1.0
            """)
        let entry = gross.inventory.entries[source(.wastewater)]
        #expect(isClose(entry.gases[.ch4NonFossil], 160))
        #expect(isClose(entry.activity, 800))                         // t COD net of sludge
        #expect(isClose(entry.co2e, 160 * 27.0))                       // AR6 non-fossil CH4: 4,320 tCO2e
        // Recovering 60 % of the reactor's methane: R = 0.6 × 160 = 96 t → net 64 t = 1,728 tCO2e.
        let net = try evaluate(inputs: """
            wastewater.other-volume: 800000
            wastewater.cod-in: 1.45
            wastewater.cod-out: 0.20
            wastewater.sludge-share: 0.20
            wastewater.route.anaerobic-reactor.share: 1.0
            wastewater.recovery: 0.6
            """)
        #expect(isClose(net.inventory.entries[source(.wastewater)].gases[.ch4NonFossil], 64))
        #expect(isClose(net.inventory.entries[source(.wastewater)].co2e, 1_728))
        #expect(isClose((net.bauMemos[memo(.ch4Recovered)][2023] ?? .nan), 96))
        // The same with SAR (the 2015-era guidelines' CH4 = 21): 64 × 21 = 1,344 tCO2e.
        let sar = try evaluate(inputs: """
            wastewater.other-volume: 800000
            wastewater.cod-in: 1.45
            wastewater.sludge-share: 0.20
            wastewater.route.anaerobic-reactor.share: 1.0
            wastewater.recovery: 0.6
            """, gwp: "SAR")
        #expect(isClose(sar.inventory.entries[source(.wastewater)].co2e, 1_344))
    }

    @Test func wastewaterRoutesMixed() throws {
        // 800 t COD net of sludge: 25 % overloaded aerobic (MCF 0.3), 15 % anaerobic reactor (0.8),
        // 60 % well-managed aerobic (0): 800 × 0.25 × (0.25 × 0.3 + 0.15 × 0.8) = 800 × 0.25 × 0.195 = 39 t CH4.
        let result = try evaluate(inputs: """
            wastewater.other-volume: 800000
            wastewater.cod-in: 1.45
            wastewater.sludge-share: 0.20
            wastewater.route.aerobic-overloaded.share: 0.25
            wastewater.route.anaerobic-reactor.share: 0.15
            """)
        #expect(isClose(result.inventory.entries[source(.wastewater)].gases[.ch4NonFossil], 39))
        #expect(isClose(TextileAccounting.wastewaterCH4(codRemoved: 1_000, codInSludge: 200, b0: 0.25, mcf: 0.8), 160))
        #expect(isClose(TextileAccounting.codRemoved(volume: 800_000, codIn: 1.45, codOut: 0.2), 1_000))
    }

    @Test func solarAndGreenElectricity() throws {
        // Garments 400 × 10⁴ pieces × 2,500 kWh = 1,000 MWh. PV 200 MWh → grid 800 MWh;
        // half of it green → the other 400 MWh at the residual mix 0.6096 = 243.84 tCO2
        // (market-based; issue 14: not 400 × 0.5306 = 212.24, which counts the green attribute twice);
        // location-based memo 800 × 0.5306 = 424.48 tCO2.
        // Heat: 400 × 5 GJ = 2,000 GJ useful → 2,222.22 GJ bought × 0.11 = 244.444 tCO2.
        let result = try evaluate(inputs: """
            stage.garments.output: 400
            electricity.onsite-pv: 200
            electricity.green-share: 0.5
            """)
        #expect(isClose(result.inventory.entries[source(.electricity)].co2e, 243.84))
        #expect(isClose(result.inventory.entries[source(.electricity)].activity, 800))
        #expect(isClose((result.bauMemos[memo(.locationBasedElectricity)][2023] ?? .nan), 424.48))
        #expect(isClose((result.bauMemos[memo(.solarPV)][2023] ?? .nan), 200))
        #expect(isClose((result.bauEnergy[carrier(.electricity)][2023] ?? .nan), 400 * 3.6))
        #expect(isClose((result.bauEnergy[carrier(.greenElectricity)][2023] ?? .nan), 400 * 3.6))
        #expect(isClose(result.inventory.entries[source(.heat)].co2e, 2_000 / 0.9 * 0.11))
    }

    @Test func heatPumpElectricity() throws {
        // Spinning 1,000 t: heat 0.5 GJ/t = 500 GJ → generated 555.556 GJ, all from heat pumps (COP 3):
        // 185.185 GJ = 51.4403 MWh; plus 1,000 × 3,000 kWh = 3,000 MWh → 3,051.4403 MWh.
        let result = try evaluate(inputs: """
            stage.spinning.output: 1000
            heat.share.heat-pump: 1.0
            """)
        #expect(isClose(result.inventory.entries[source(.electricity)].activity, 3_000 + 500 / 0.9 / 3 / 3.6))
        #expect(isClose(result.inventory.entries[source(.heat)].co2e, 0))
    }
}
