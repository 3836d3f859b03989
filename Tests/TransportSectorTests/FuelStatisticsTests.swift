import ReductionCore
import ReductionTestSupport
import Testing
@testable import TransportSector

/// Fuel-statistics input (`fuel-use.<segment>.<carrier>`) against hand-computed factors.
@Suite struct FuelStatisticsTests {
    /// 1,000 t of road diesel under each factor set.
    @Test(arguments: [
        // IPCC 2006: 1000 t × 43.0 GJ/t = 43,000 GJ; × 74.1 kg CO2/GJ = 3,186,300 kg = 3,186.3 t CO2.
        ("ipcc-2006", 3_186.3),
        // China provincial defaults: 1000 × 42.652 × 0.0202 × 0.98 = 844.338992 tC; × 44/12 = 3,095.9096373 t.
        ("china-provincial", 3_095.909_637_333_333),
        // Land-transport guideline appendix: 1000 × 43.330 × 0.0202 × 0.98 = 857.76068 tC; × 44/12 = 3,145.122493 t.
        ("china-land-transport-2015", 3_145.122_493_333_333),
    ])
    func thousandTonnesOfDiesel(factorSet: String, expected: Double) throws {
        let plan = try Support.load(Support.header(factorSet: factorSet) + """

            inputs:
              fuel-use.road.diesel: 1000
            measures: {use: []}
            """)
        let table = plan.inputTable()
        let output = try Support.model.compile(table)(table)
        let co2 = Support.tonnes(output, .co2, source: "road.fuel-use")
        #expect(isClose(co2, expected), "\(factorSet): \(co2) t CO2, expected \(expected)")
    }

    /// CH4, N2O, pollutants and energy of 1,000 t road diesel with the IPCC set.
    @Test func ipccDieselOtherGasesAndPollutants() throws {
        let plan = try Support.load(Support.header(factorSet: "ipcc-2006") + """

            inputs:
              fuel-use.road.diesel: 1000
            measures: {use: []}
            """)
        let table = plan.inputTable()
        let output = try Support.model.compile(table)(table)
        guard let source = output.layout.sourceIndex("road.fuel-use"),
              let diesel = output.layout.carrierIndex("diesel") else {
            Issue.record("missing source or carrier"); return
        }
        // 43 TJ × 3.9 kg CH4/TJ = 167.7 kg = 0.1677 t; N2O the same (Table 3.2.2, gas/diesel oil).
        #expect(isClose(output.tonnes(.ch4NonFossil, source: source, year: 2024), 0.1677))
        #expect(isClose(output.tonnes(.n2o, source: source, year: 2024), 0.1677))
        // Energy: 1000 t × 43.0 GJ/t = 43,000 GJ; the source's activity is its GJ.
        #expect(isClose(output.energy(carrier: diesel, offset: 0), 43_000))
        #expect(isClose(output.activity(source: source, offset: 0), 43_000))
        // NOx: 43,000 GJ × 776 g/GJ = 33.368 t; PM2.5: 43,000 × 21.9 g/GJ = 0.9417 t (heavy-duty class).
        #expect(isClose(output.pollutant(.nox, source: source, offset: 0), 33.368))
        #expect(isClose(output.pollutant(.pm25, source: source, offset: 0), 0.9417))
        // SO2: 1000 t × 10 mg S/kg = 0.01 t S; × 64/32 = 0.02 t SO2.
        #expect(isClose(output.pollutant(.so2, source: source, offset: 0), 0.02))
        // CO2e with AR5 (28, 265): 3,186.3 + 0.1677 × 28 + 0.1677 × 265 = 3,186.3 + 4.6956 + 44.4405 = 3,235.4361.
        let total = output.totalCO2e(gwp: GWPSet.ar5.factors)[0]
        #expect(isClose(total, 3_235.4361))
    }

    /// Electricity and hydrogen statistics are indirect sources at the plan's factors.
    @Test func electricityAndHydrogenStatistics() throws {
        let output = try Support.run([
            "fuel-use.rail.electricity": 2_000, "electricity.grid-factor": 0.5306,
            "fuel-use.road.hydrogen": 10, "hydrogen.factor": 11, "fuel.hydrogen.ncv": 120,
        ])
        // 2,000 MWh × 0.5306 tCO2/MWh = 1,061.2 t CO2.
        #expect(isClose(Support.tonnes(output, .co2, source: "electricity.rail.fuel-use"), 1_061.2))
        // 10 t H2 × 11 tCO2/t = 110 t CO2; energy 10 t × 120 GJ/t = 1,200 GJ.
        #expect(isClose(Support.tonnes(output, .co2, source: "hydrogen.road.fuel-use"), 110))
        let hydrogen = output.layout.carrierIndex("hydrogen") ?? -1
        #expect(isClose(output.energy(carrier: hydrogen, offset: 0), 1_200))
        // Indirect sources carry no IPCC category (they are not 1.A.3 emissions).
        let indirect = output.layout.sources.filter { $0.id.hasPrefix("electricity.") || $0.id.hasPrefix("hydrogen.") }
        #expect(indirect.allSatisfy { $0.categories.isEmpty })
    }

    /// CNG statistics in 10⁴ Nm³ and category codes per segment.
    @Test func cngAndCategories() throws {
        let output = try Support.run([
            "fuel-use.road.cng": 100, "fuel.cng.ncv": 389.31, "fuel.cng.carbon-content": 0.01532, "fuel.cng.oxidation": 0.99,
            "fuel-use.navigation.diesel": 1, "fuel.diesel.ncv": 43, "fuel.diesel.carbon-content": 0.02, "fuel.diesel.oxidation": 1,
        ])
        // 100 × 10⁴ Nm³ × 389.31 GJ/10⁴Nm³ = 38,931 GJ; × 0.01532 × 0.99 × 44/12 = 2,165.0151996 t CO2.
        #expect(isClose(Support.tonnes(output, .co2, source: "road.fuel-use"), 2_165.015_199_6))
        // 1 t × 43 GJ/t × 0.02 tC/GJ × 44/12 = 3.153333 t CO2.
        #expect(isClose(Support.tonnes(output, .co2, source: "navigation.fuel-use"), 3.153_333_333_333_333))
        let codes = output.layout.sources.first { $0.id == "navigation.fuel-use" }?.categories ?? []
        #expect(codes.contains(CategoryCode(.ipcc2006, "1.A.3.d")))
        #expect(codes.contains(CategoryCode(.crt, "1.A.3.d")))
        let road = output.layout.sources.first { $0.id == "road.fuel-use" }?.categories ?? []
        #expect(road.contains(CategoryCode(.ipcc2006, "1.A.3.b")))
    }
}
