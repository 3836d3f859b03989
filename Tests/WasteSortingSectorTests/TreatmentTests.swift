import ReductionTestSupport
import Testing
import ReductionCore
@testable import WasteSortingSector

/// Composting, digestion, incineration and open burning against hand calculations.
struct TreatmentTests {
    @Test func compostingTenThousandTonnes() throws {
        // 10,000 t of food waste generated, all separately collected to composting.
        var inputs = Fixture.stream(10_000, composition: [.food: 1])
        inputs[WasteKey.sorted(.food, .composting)] = 1
        let out = try Fixture.run(Fixture.table(inputs))
        let s = Fixture.source(.composting)
        // CH4 = 10,000 t × 4 g/kg = 10,000 × 4,000 g/t × 1e-6 = 40 t (IPCC 2006 Table 4.1, wet)
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2020), 40))
        // N2O = 10,000 t × 0.3 g/kg = 3 t
        #expect(isClose(out.tonnes(.n2o, source: s, year: 2020), 3))
        // AR5: 40 × 28 + 3 × 265 = 1,120 + 795 = 1,915 tCO2e
        #expect(isClose(out.co2e(source: s, offset: 0, gwp: GWPSet.ar5.factors), 1_915))
        // Nothing else emits: no residual waste is left.
        #expect(isClose(out.totalCO2e(gwp: GWPSet.ar5.factors)[0], 1_915))
        #expect(isClose(out.activity(source: s, offset: 0), 10_000))
    }

    @Test func digestionThousandTonnes() throws {
        var inputs = Fixture.stream(1_000, composition: [.food: 1])
        inputs[WasteKey.sorted(.food, .digestion)] = 1
        let out = try Fixture.run(Fixture.table(inputs))
        let s = Fixture.source(.digestion)
        // CH4 = 1,000 t × 1 g/kg = 1 t; N2O negligible (Table 4.1)
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2020), 1))
        #expect(out.tonnes(.n2o, source: s, year: 2020) == 0)
        // Biogas power (memo) = 1,000 t × 0.2 MWh/t = 200 MWh; avoided grid CO2 = 200 × 0.5306 = 106.12 t
        // (the shared 2023 MEE & NBS national average; was the 2022 vintage 0.5366)
        #expect(isClose(out.memo(Fixture.memo(.biogasElectricity), offset: 0), 200))
        #expect(isClose(out.memo(Fixture.memo(.avoidedEnergy), offset: 0), 106.12))
    }

    @Test func incinerationOfMixedWaste() throws {
        // 1,000 t: food 50 %, paper 20 %, plastics 20 %, glass 10 %, incinerated with energy recovery.
        let inputs = Fixture.stream(1_000, composition: [.food: 0.5, .paper: 0.2, .plastics: 0.2, .glass: 0.1])
        let out = try Fixture.run(Fixture.table(inputs))
        let s = Fixture.source(.incinerationEnergy)
        // Fossil C = Σ W × dm × CF × FCF:
        //   food 500 × 0.40 × 0.38 × 0 = 0; paper 200 × 0.90 × 0.46 × 0.01 = 0.828 t C;
        //   plastics 200 × 1.0 × 0.75 × 1.0 = 150 t C; glass 100 × 1.0 × 0 = 0
        // CO2 = 150.828 × OF 1.0 × 44/12 = 553.036 t
        #expect(isClose(out.tonnes(.co2, source: s, year: 2020), 553.036))
        // Biogenic C = food 500 × 0.4 × 0.38 = 76 + paper 200 × 0.9 × 0.46 × 0.99 = 81.972 → 157.972 × 44/12 = 579.23067 t
        #expect(isClose(out.memo(Fixture.memo(.biogenicCO2), offset: 0), 157.972 * 44 / 12))
        // CH4 = 1,000 × 0.2 g/t = 0.0002 t; N2O = 1,000 × 50 g/t = 0.05 t
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2020), 0.0002, absolute: 0))
        #expect(isClose(out.tonnes(.n2o, source: s, year: 2020), 0.05))
        // Memo: 1,000 t × 0.28 MWh/t = 280 MWh; avoided 280 × 0.5306 = 148.568 tCO2 — not in the total
        #expect(isClose(out.memo(Fixture.memo(.wteElectricity), offset: 0), 280))
        #expect(isClose(out.memo(Fixture.memo(.avoidedEnergy), offset: 0), 148.568))
        // AR5 total = 553.036 + 0.0002 × 28 + 0.05 × 265 = 553.036 + 0.0056 + 13.25 = 566.2916
        #expect(isClose(out.totalCO2e(gwp: GWPSet.ar5.factors)[0], 566.2916))
        // NOx = 1,000 × 812.68 g/t = 0.81268 t; SO2 = 0.04662 t; PM2.5 = 0.0098 t
        #expect(isClose(out.pollutant(.nox, offset: 0), 0.81268))
        #expect(isClose(out.pollutant(.so2, offset: 0), 0.04662))
        #expect(isClose(out.pollutant(.pm25, offset: 0), 0.0098))
    }

    @Test func openBurningOfPlastics() throws {
        let inputs = Fixture.stream(100, composition: [.plastics: 1], route: .openBurning)
        let out = try Fixture.run(Fixture.table(inputs))
        let s = Fixture.source(.openBurning)
        // CO2 = 100 × 1.0 × 0.75 × 1.0 × OF 0.58 × 44/12 = 159.5 t
        #expect(isClose(out.tonnes(.co2, source: s, year: 2020), 159.5))
        // CH4 = 100 t × 6,500 g/t = 0.65 t; N2O = 100 t dry × 150 g/t = 0.015 t
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2020), 0.65))
        #expect(isClose(out.tonnes(.n2o, source: s, year: 2020), 0.015))
        // PM2.5 = 100 × 7,440 g/t = 0.744 t
        #expect(isClose(out.pollutant(.pm25, source: s, offset: 0), 0.744))
    }

    @Test func recyclingIsAMemoOnly() throws {
        var inputs = Fixture.stream(1_000, composition: [.paper: 1])
        inputs[WasteKey.sorted(.paper, .recycling)] = 1
        let out = try Fixture.run(Fixture.table(inputs))
        // 1,000 t paper recycled × 1.76 tCO2e/t = 1,760 tCO2e avoided (memo), no emission at all
        #expect(isClose(out.memo(Fixture.memo(.avoidedRecycling), offset: 0), 1_760))
        #expect(isClose(out.memo(Fixture.memo(.recycled), offset: 0), 1_000))
        #expect(out.totalCO2e(gwp: GWPSet.ar5.factors)[0] == 0)
    }

    @Test func separateSharesOverOneAreScaledDown() throws {
        // Measures may push 0.7 + 0.6 = 1.3 of food to separate routes: both are scaled by 1/1.3.
        var inputs = Fixture.stream(1_300, composition: [.food: 1])
        inputs[WasteKey.sorted(.food, .digestion)] = 0.7
        inputs[WasteKey.sorted(.food, .composting)] = 0.6
        let out = try Fixture.run(Fixture.table(inputs))
        // digested = 1,300 × 0.7 / 1.3 = 700 t; composted = 600 t; nothing incinerated
        #expect(isClose(out.activity(source: Fixture.source(.digestion), offset: 0), 700))
        #expect(isClose(out.activity(source: Fixture.source(.composting), offset: 0), 600))
        #expect(out.activity(source: Fixture.source(.incinerationEnergy), offset: 0) == 0)
    }

    @Test func generationAndPrevention() throws {
        // 5,000,000 persons × 0.95 kg/day × 365 / 1000 = 1,733,750 t; 10 % of plastics (13 %) prevented.
        var inputs = Fixture.stream(0, composition: [.food: 0.87, .plastics: 0.13])
        inputs[WasteKey.population] = 5_000_000
        inputs[WasteKey.perCapita] = 0.95
        inputs[WasteKey.prevention(.plastics)] = 0.1
        let out = try Fixture.run(Fixture.table(inputs))
        // generated after prevention = 1,733,750 × (0.87 + 0.13 × 0.9) = 1,733,750 × 0.987 = 1,711,211.25 t
        #expect(isClose(out.activity[0], 1_711_211.25))
        #expect(isClose(out.activity(source: Fixture.source(.incinerationEnergy), offset: 0), 1_711_211.25))
    }
}
