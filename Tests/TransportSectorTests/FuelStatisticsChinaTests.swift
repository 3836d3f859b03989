import ReductionCore
import ReductionTestSupport
import Testing
import TransportSector

/// Issue 17 item 3: China's factor sets zero the fuel-based road CH4/N2O (their road factors
/// are per km), so fuel statistics — which have no km — reported 0 CH4 and N2O silently.
/// They now take IPCC 2006 Vol 2 Table 3.2.2's fuel-based defaults (`fuel-statistics.road.*`).
@Suite struct FuelStatisticsChinaTests {
    @Test(arguments: [
        // china-provincial: 1000 t × 42.652 GJ/t = 42.652 TJ; × 3.9 kg/TJ = 166.3428 kg = 0.1663428 t.
        ("china-provincial", 0.166_342_8),
        // china-land-transport-2015: 1000 t × 43.330 GJ/t = 43.33 TJ; × 3.9 kg/TJ = 0.168987 t.
        ("china-land-transport-2015", 0.168_987),
    ])
    func roadDieselStatisticsHaveCH4AndN2O(factorSet: String, expected: Double) throws {
        let plan = try Support.load(Support.header(factorSet: factorSet) + """

            inputs:
              fuel-use.road.diesel: 1000
            measures: {use: []}
            """)
        let table = plan.inputTable()
        let output = try Support.model.compile(table)(table)
        #expect(isClose(Support.tonnes(output, .ch4NonFossil, source: "road.fuel-use"), expected))
        #expect(isClose(Support.tonnes(output, .n2o, source: "road.fuel-use"), expected))
    }

    /// ASIF road activity under a China set still counts CH4/N2O per km only (no double count).
    @Test func asifRoadStaysPerKm() throws {
        let plan = try Support.load(Support.header(factorSet: "china-provincial") + """

            inputs:
              passenger.activity: 1.0e9
              passenger.mode.bus.share: 1
              mode.bus.tech.diesel.share: 1
              mode.bus.tech.diesel.ch4-per-km: 0
              mode.bus.tech.diesel.n2o-per-km: 0
            measures: {use: []}
            """)
        let table = plan.inputTable()
        let output = try Support.model.compile(table)(table)
        let ch4 = (0..<output.layout.sources.count).reduce(0) { $0 + output.tonnes(.ch4NonFossil, source: $1, year: 2024) }
        // Per-km factors 0 and fuel-based road factors 0 in the China set: no CH4 at all.
        #expect(ch4 == 0)
    }
}
