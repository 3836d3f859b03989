import ReductionTestSupport
import Testing
import ReductionCore
import ThermalPowerSector

@Suite("Demand, non-fossil displacement and the grid factor")
struct SystemTests {
    // Two condensing units of 100 MW × 5,000 h, own use 0: A at 300, B at 350 gce/kWh; demand 1,000,000 MWh.
    static let twoUnits = """
          demand.electricity: 1000000
          unit.supercritical.a.capacity: 100
          unit.supercritical.a.hours: 5000
          unit.supercritical.a.own-use: 0
          unit.supercritical.a.fuel-rate: 300
          unit.subcritical.b.capacity: 100
          unit.subcritical.b.hours: 5000
          unit.subcritical.b.own-use: 0
          unit.subcritical.b.fuel-rate: 350
          renewable.curtailment: 0
        """ + "\n" + Fixture.noNonCO2

    static let wind = """
            - id: wind
              name: {en: Wind, zh-Hans: 风电}
              changes: [{add: {key: renewable.wind.capacity, amount: 100}}]
              deployment: {start: 2025}
              lifetime: 20
        """

    @Test func windDisplacesCoalProRata() throws {
        let result = try Fixture.evaluate(inputs: Self.twoUnits + "\n  renewable.wind.capacity: 0\n  renewable.wind.hours: 2000",
                                          measures: Self.wind)
        // Wind 100 MW × 2,000 h = 200,000 MWh; residual 800,000 shared pro rata: each unit −100,000 MWh.
        // Fuel saved: A 100,000 × 0.300 × 29.3076 = 879,228 GJ; B 100,000 × 0.350 × 29.3076 = 1,025,766 GJ.
        // CO2: 1,904,994 GJ × 0.1119855 = 213,331.706 t.
        #expect(isClose((result.measure("wind")?.standaloneAbatement[2025] ?? .nan), 213_331.705587))
        #expect(isClose(Fixture.memo(result, "generation.non-fossil", year: 2025, pathway: true), 200_000))
        #expect(isClose(Fixture.memo(result, "generation.coal", year: 2025, pathway: true), 800_000))
    }

    @Test func windDisplacesLeastEfficientFirst() throws {
        let result = try Fixture.evaluate(
            inputs: Self.twoUnits + "\n  renewable.wind.capacity: 0\n  renewable.wind.hours: 2000\n  dispatch.merit-weight: 1",
            measures: Self.wind)
        // All 200,000 MWh come off unit B (350 gce/kWh): 200,000 × 0.35 × 29.3076 = 2,051,532 GJ × 0.1119855 = 229,741.837 t.
        #expect(isClose((result.measure("wind")?.standaloneAbatement[2025] ?? .nan), 229_741.836786))
    }

    @Test func gridFactorWithCHPAllocationAndImports() throws {
        let inputs = Fixture.chp100(heatDemand: 1_000_000) + "\n" + Fixture.noNonCO2
        let result = try Fixture.evaluate(inputs: inputs)
        // Power fuel 500,000 MWh × 0.3 × 29.3076 = 4,396,140 GJ; heat fuel 1,000,000 GJ × 0.039 × 29.3076 = 1,142,996.4 GJ.
        // CO2 = 5,539,136.4 × 0.1119855 = 620,302.959 t; electricity share 4,396,140 / 5,539,136.4:
        // CO2 of electricity 492,303.936 t; of heat 127,999.023 t.
        // Grid factor = (492,303.936 + 500,000 MWh × 0.5) / 1,000,000 MWh = 0.742304 tCO2/MWh.
        #expect(isClose(Fixture.memo(result, "electricity.supply-factor", year: 2024), 0.74230393597))
        #expect(isClose(result.powerGridFactor(pathway: false)?[2024], 0.74230393597))
        // Heat factor = 127,999.023 t / 1,000,000 GJ = 0.127999 tCO2/GJ; no boiler heat needed.
        #expect(isClose(Fixture.memo(result, "heat-ef", year: 2024), 0.12799902335220004))
        #expect(isClose(Fixture.memo(result, "heat.boilers", year: 2024), 0))
        #expect(result.inventory.entries[0].source.categories.contains(CategoryCode(.ipcc2006, "1.A.1.a.ii")))
        // Imports: 500,000 × 0.5 = 250,000 t, indirect (consumption view), never in the direct total.
        #expect(isClose(Fixture.memo(result, "co2.imports", year: 2024), 250_000))
        #expect(isClose((result.bauBoundaries.direct[2024] ?? .nan), 620_302.9593222))
        #expect(isClose((result.bauBoundaries.indirect[2024] ?? .nan), 250_000))
        #expect(isClose(result.inventory.total, 620_302.9593222 + 250_000))
    }

    @Test func heatOnlyBoilersAndCurtailmentWithStorage() throws {
        let inputs = """
              demand.electricity: 0
              heat.demand: 750000
              heat.boiler-efficiency: 0.75
              renewable.solar.capacity: 100
              renewable.solar.hours: 1000
              renewable.curtailment: 0.1
              storage.capacity: 10
              storage.integration: 500
              storage.efficiency: 0.8
            """ + "\n" + Fixture.noNonCO2
        let result = try Fixture.evaluate(inputs: inputs)
        // Boilers: 750,000 GJ / 0.75 = 1,000,000 GJ coal × 0.1119855 = 111,985.5 t, category 1.A.1.a.iii.
        let boilers = try #require(result.inventory.entries.first { $0.source.id == "heat.boilers" })
        #expect(boilers.source.id == "heat.boilers")
        #expect(isClose(boilers.gases[.co2], 111_985.5))
        // Solar 100,000 MWh, 10 % curtailed = 10,000; storage absorbs min(10,000, 10 × 500) = 5,000 × 0.8 = 4,000 delivered.
        // Supplied 94,000 MWh against zero demand: all surplus.
        #expect(isClose(Fixture.memo(result, "curtailed", year: 2024), 10_000))
        #expect(isClose(Fixture.memo(result, "storage.recovered", year: 2024), 4_000))
        #expect(isClose(Fixture.memo(result, "generation.non-fossil", year: 2024), 94_000))
        #expect(isClose(Fixture.memo(result, "surplus", year: 2024), 94_000))
    }

    @Test func cofiringMovesCO2ToMemo() throws {
        let inputs = Fixture.unit600 + "\n  unit.subcritical.u600.share.biomass: 0.1\n" + Fixture.noNonCO2
        let result = try Fixture.evaluate(inputs: inputs)
        // 10 % of 25,893,264.6 GJ from biomass: fossil CO2 = 0.9 × 2,899,670.1829 = 2,609,703.1646 t.
        #expect(isClose(result.inventory.entries[0].gases[.co2], 0.9 * 2_899_670.1828633))
        // Biogenic memo: 2,589,326.46 GJ × 0.0305 × 1 × 44/12 = 289,574.57 t (not in the total).
        #expect(isClose(Fixture.memo(result, "co2.biogenic", year: 2024), 2_589_326.46 * 0.0305 * 44 / 12))
        // Biomass CH4 30 kg/TJ is not zeroed: 2,589,326.46 × 30e-6 = 77.68 t.
        #expect(isClose(result.inventory.entries[0].gases[.ch4NonFossil], 2_589_326.46 * 30e-6))
    }
}
