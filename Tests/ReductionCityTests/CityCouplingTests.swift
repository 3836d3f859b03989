import ReductionCity
import ReductionCore
import ReductionTestSupport
import Testing

/// The two-sector city of the issue, worked out by hand.
///
/// Transport: fuel CO2 1,000 t/yr if every car burns fuel; all-EV demand 2,000 MWh. EV measure:
/// share 0 → 0.5 from 2021 (opex 20,000 CNY). Its own plan's grid factor (0.3) is replaced by the city's.
/// Power: other consumers 9,000 MWh; one coal unit, 1.0 tCO2/MWh, output limit 6,000 MWh; imports
/// at 0.6 tCO2/MWh for the rest. Coal-efficiency measure: factor −10 % (opex 30,000 CNY).
@Suite struct CityCouplingTests {
    func city(maxIterations: Int = 50, transport: String = ToyTransport.plan(), power: String = ToyPower.plan(),
              extra: [CitySector] = []) throws -> CityModel {
        CityModel(years: 2020...2030, power: try citySector(ToyPower(example: power)),
                  others: [try citySector(ToyTransport(example: transport))] + extra, maxIterations: maxIterations)
    }

    @Test func bauFixedPointAndBothTotalsByHand() throws {
        let bau = try city().couple()
        // g⁰ = import factor 0.6. Iteration 1: transport demands 0 MWh → power demand 9,000 + 0 = 9,000;
        // coal 6,000 MWh × 1.0 = 6,000 t; imports 3,000 × 0.6 = 1,800 t; g¹ = 7,800 / 9,000 = 0.86667.
        // Iteration 2: same demand → g² = g¹, residual 0 → converged after 2 iterations.
        #expect(bau.iterations == 2 && bau.residual == 0)
        #expect(isClose(bau.gridFactor[5], 7800.0 / 9000))
        #expect(isClose(bau.powerDemand[5], 9000))
        // Territorial: transport 1,000 + coal 6,000 = 7,000 t (imports are not territorial).
        #expect(isClose(bau.territorial[5], 7000))
        // Consumption: transport direct 1,000 + (9,000 + 0) MWh × 0.86667 = 1,000 + 7,800 = 8,800 t.
        #expect(isClose(bau.consumption[5], 8800))
    }

    @Test func evRaisesPowerDemandAndLowersTheGridFactor() throws {
        let city = try city()
        let run = try city.couple(applying: ["transport": [0]])
        // EV share 0.5: transport direct 1,000 × 0.5 = 500 t; demand 0.5 × 2,000 = 1,000 MWh.
        // g⁰ = 0.6 → power demand 9,000 + 1,000 = 10,000: coal 6,000 t, imports 4,000 × 0.6 = 2,400 t,
        // g¹ = 8,400 / 10,000 = 0.84 (residual 0.24); iteration 2 gives 0.84 again (residual 0).
        #expect(run.iterations == 2)
        #expect(isClose(run.gridFactor[5], 0.84))
        #expect(isClose(run.sectorDemand[5], 1000) && isClose(run.powerDemand[5], 10_000))
        // The transport sector's indirect emissions use the coupled factor: 1,000 MWh × 0.84 = 840 t
        // (its own plan said 0.3, which would give 300).
        let transport = try #require(run.sectors.first { $0.id == "transport" })
        #expect(isClose(transport.direct[5], 500) && isClose(transport.indirect[5], 840))
        // Territorial 500 + 6,000 = 6,500 t; consumption 500 + 10,000 × 0.84 = 8,900 t.
        #expect(isClose(run.territorial[5], 6500))
        #expect(isClose(run.consumption[5], 8900))
        // 2020 is before the measure starts: BAU values.
        #expect(isClose(run.consumption[0], 8800))
    }

    @Test func nonConvergenceIsATypedError() throws {
        // One iteration cannot converge from g⁰ = 0.6: the residual is the largest change over the
        // years, in 2020 (before the EV measure starts) 7,800 / 9,000 − 0.6 = 0.26667 (2025: 0.84 − 0.6 = 0.24).
        let city = try city(maxIterations: 1)
        #expect(throws: CityError.notConverged(iterations: 1, residual: 7800.0 / 9000 - 0.6)) {
            _ = try city.couple(applying: ["transport": [0]])
        }
    }

    @Test func cityMACCByHandReconcilesWithBAUMinusPathway() throws {
        let result = try CityResult(city: try city(), maccYear: 2025)
        // Sectors' own costs per tonne: coal efficiency 30,000 / 600 t = 50 CNY/t (power alone,
        // 6,000 MWh coal × 0.1); EV 20,000 / (1,000 − 500 − 1,000 × 0.3) = 100 CNY/t → power first.
        #expect(result.macc.map(\.measureID) == ["coal-efficiency", "ev"])
        // Step 1 on BAU: coal 6,000 × 0.9 = 5,400 t, imports 1,800 t → g = 7,200 / 9,000 = 0.8;
        // consumption 1,000 + 7,200 = 8,200 → width 8,800 − 8,200 = 600; territorial 7,000 − 6,400 = 600.
        #expect(isClose(result.macc[0].abatement, 600) && isClose(result.macc[0].territorialAbatement, 600))
        #expect(isClose(result.macc[0].costPerTonne, 50))
        // Step 2, EV: coal 5,400 t, imports 4,000 × 0.6 = 2,400 → g = 0.78; consumption 500 + 7,800 = 8,300
        // → width 8,200 − 8,300 = −100 (the EV moves more CO2 to imports than it saves);
        // territorial 6,400 − (500 + 5,400) = +500.
        #expect(isClose(result.macc[1].abatement, -100) && isClose(result.macc[1].territorialAbatement, 500))
        #expect(result.macc[1].costPerTonne == nil)
        // Reconciliation: 600 − 100 = 500 = 8,800 − 8,300; territorial 600 + 500 = 1,100 = 7,000 − 5,900.
        let width = result.macc.reduce(0) { $0 + $1.abatement }
        #expect(isClose(width, result.bau.consumption[5] - result.pathway.consumption[5]) && isClose(width, 500))
        let territorial = result.macc.reduce(0) { $0 + $1.territorialAbatement }
        #expect(isClose(territorial, result.bau.territorial[5] - result.pathway.territorial[5]) && isClose(territorial, 1100))
    }

    @Test func targetsAndPeakOnTheCityTotal() throws {
        let targets = [
            CityTarget(id: "cap", year: 2025, kind: .absolute(6000)),                 // territorial 5,900 ≤ 6,000 → met
            CityTarget(id: "cut-10", year: 2025, kind: .belowBase(0.1), boundary: .consumption),  // 8,800 × 0.9 = 7,920 < 8,300 → missed
            CityTarget(id: "peak", year: 2020, kind: .peakBy),                         // 7,000 in 2020, 5,900 after → met
        ]
        let result = try CityResult(city: try city(), maccYear: 2025, targets: targets)
        let checks = Dictionary(uniqueKeysWithValues: result.targets.map { ($0.target.id, $0) })
        #expect(checks["cap"]?.met == true && isClose(checks["cap"]?.pathway, 5900))
        #expect(checks["cut-10"]?.met == false && isClose(checks["cut-10"]?.allowed, 7920))
        #expect(checks["peak"]?.met == true)
        #expect(result.peaks[.territorial]?.year == 2020 && isClose(result.peaks[.territorial]?.value, 7000))
    }
}

/// Properties of the city totals.
@Suite struct CityPropertyTests {
    @Test(arguments: [(1000.0, 0.0), (250.0, 0.5), (4321.0, 1.0)])
    func withoutElectricityTheCityTotalIsTheSumOfDirect(fuel: Double, share: Double) throws {
        // Every grid factor 0 and no electricity demand from the other sectors (EV demand 0). The power
        // plan keeps 1 MWh of its own demand from zero-carbon coal (factor 0): a plan with no activity
        // at all is refused (issue 17), and 1 MWh at 0 t/MWh adds nothing to either total.
        let transport = try citySector(ToyTransport(example: ToyTransport.plan(fuelCO2: fuel, evDemand: 0, grid: 0)
            + "\n  cars.ev-share: \(share)"))
        let power = try citySector(ToyPower(example: ToyPower.plan(demand: 1, coal: 0, imports: 0)))
        let fixed = FixedInventory(id: "buildings", values: Array(repeating: 77, count: 11), source: "test value")
        let city = CityModel(years: 2020...2030, power: power, others: [transport], importFactor: Array(repeating: 0, count: 11),
                             fixed: [fixed])
        let run = try city.couple(applying: ["transport": [0]])
        for t in 0..<11 {
            let direct = run.sectors.reduce(77) { $0 + $1.direct[t] }
            #expect(isClose(run.consumption[t], direct) && isClose(run.territorial[t], direct))
        }
        // 2025: the EV measure blends the share to 0.5 whatever it was → fuel × (1 − 0.5) + 77 (buildings).
        #expect(isClose(run.consumption[5], fuel * 0.5 + 77))
    }

    @Test func moving1MWhBetweenSectorsLeavesTheCityTotalsUnchanged() throws {
        func run(_ a: Double, _ b: Double) throws -> CoupledRun {
            let second = try citySector(ToyTransport(id: "freight", example: ToyTransport.plan(id: "freight", extra: b)))
            let first = try citySector(ToyTransport(example: ToyTransport.plan(extra: a)))
            let power = try citySector(ToyPower(example: ToyPower.plan()))
            return try CityModel(years: 2020...2030, power: power, others: [first, second]).couple(applying: ["transport": [0]])
        }
        let before = try run(101, 0), after = try run(100, 1), added = try run(101, 1)
        for t in 0..<11 {
            #expect(isClose(before.consumption[t], after.consumption[t], relative: 1e-12, absolute: 1e-12))
            #expect(isClose(before.territorial[t], after.territorial[t], relative: 1e-12, absolute: 1e-12))
        }
        // The property can fail: adding (not moving) 1 MWh raises consumption. In 2025 the demand on
        // power goes 9,000 + 1,000 (EVs) + 101 = 10,101 → 10,102 MWh, above the 6,000 MWh coal limit,
        // so the extra MWh is imported at 0.6 t; direct emissions are unchanged → +0.6 t.
        #expect(isClose(added.consumption[5] - before.consumption[5], 0.6))
    }
}

/// The embedded example city (the four sector examples) and the city file's errors.
@Suite struct CityPlanFileTests {
    @Test func exampleCityCouplesTheFourSectors() throws {
        let plan = try CityPlanLoader.loadExample()
        #expect(plan.model.power.id == "power" && Set(plan.model.others.map(\.id)) == ["transport", "waste", "textile"])
        let result = try plan.evaluate()
        #expect(result.bau.residual <= plan.model.tolerance && result.pathway.residual <= plan.model.tolerance)
        // The power example's demand (30,000,000 MWh in 2024) is the whole city's: the city takes
        // the sectors' uncoupled BAU demand out and puts their coupled demand back, so in the BAU
        // (sector demand does not depend on the grid factor) power demand + sector supply = 30,000,000.
        #expect(isClose(result.bau.powerDemand[0] + result.bau.sectorSupply[0], 30_000_000))
        #expect(result.bau.sectorDemand[0] > 0)
        // Reconciliation on the real sectors: MACC widths sum to BAU − pathway (consumption) in 2030.
        let width = result.macc.reduce(0) { $0 + $1.abatement }
        let offset = 2030 - 2024
        #expect(isClose(width, result.bau.consumption[offset] - result.pathway.consumption[offset]))
        #expect(!result.macc.isEmpty)
    }

    @Test func badCityFileNamesFileLineAndKey() throws {
        let text = """
        city:
          jurisdiction: {name: {en: X, zh-Hans: X}, code: "1"}
          baseYear: 2024
          horizon: 2035
        sectors:
          buildings: b.yaml
        """
        #expect {
            _ = try CityPlanFile.load(bytes: Array(text.utf8), file: "city.yaml")
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.location.file == "city.yaml" && error.location.line == 6 && error.location.keyPath == "sectors.buildings"
                && error.code == .unknownKey
        }
    }
}
