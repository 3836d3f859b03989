import ReductionCore
import ReductionTestSupport
import Testing
import TransportSector

/// Issue 17: inputs that used to "succeed" with absurd values now fail or warn, naming the
/// key and the range; units planners write are accepted.
@Suite struct SanityTests {
    /// A small plan: 1e9 pkm, all by diesel bus, base year 2024.
    static func plan(_ inputs: String = "", prices: String = "", measures: String = "", factorSet: String? = "ipcc-2006",
                     passenger: String = "passenger.activity: 1.0e9") -> String {
        Support.header(factorSet: factorSet, target: 2030, horizon: 2030) + """

        \(prices)
        inputs:
          \(passenger)
          passenger.mode.bus.share: 1
          mode.bus.tech.diesel.share: 1
        \(inputs)
        \(measures)
        """
    }

    static func failure(_ text: String) -> PlanError? {
        do { _ = try Support.load(text); return nil } catch { return error }
    }

    @Test func planWithNoActivityIsAnError() throws {
        // Before: 0 t, every target met, exit 0. Now a missing-key error (exit 65).
        let error = try #require(Self.failure(Self.plan(passenger: "passenger.activity: 0")))
        #expect(error.code == .missingKey)
        #expect(error.message.hasPrefix("the plan has no activity"))
        #expect(error.location.file == "test.yaml")
    }

    @Test func growthWrittenAsPercentIsAnError() throws {
        // growth 4 meant as 4 %: +400 % a year would give BAU × 5^6 by 2030.
        let error = try #require(Self.failure(Self.plan(passenger: "passenger.activity: {base: 1.0e9, growth: 4}")))
        #expect(error.code == .invalidValue)
        #expect(error.location.keyPath == "inputs.passenger.activity.growth")
        #expect(error.location.line != nil)
        #expect(error.message.contains("write 0.04 for 4 %"))
    }

    @Test func implausibleGrowthIsAWarning() throws {
        let plan = try Support.load(Self.plan(passenger: "passenger.activity: {base: 1.0e9, growth: 0.5}"))
        #expect(plan.warnings.contains { $0.hasPrefix("inputs.passenger.activity: growth 0.5 (50 % a year)") })
    }

    @Test func gridFactorInGramsPerKWhIsAnError() throws {
        // 581 g/kWh typed as t/MWh: 581 > 2 tCO2/MWh, the hard limit.
        let error = try #require(Self.failure(Self.plan("  electricity.grid-factor: 581")))
        #expect(error.code == .invalidValue)
        #expect(error.location.keyPath == "inputs.electricity.grid-factor")
        #expect(error.location.line != nil)
        #expect(error.message.contains("581 tCO2/MWh in 2024 is outside the possible range 0–2 tCO2/MWh"))
    }

    @Test func gridFactorWithItsUnitConverts() throws {
        // 581 gCO2/kWh × 1e-6 t/g ÷ 1e-3 MWh/kWh = 0.581 tCO2/MWh.
        let plan = try Support.load(Self.plan("  electricity.grid-factor: {value: 581, unit: gCO2/kWh}"))
        #expect(isClose(plan.inputs["electricity.grid-factor"]?.base?.value ?? 0, 0.581))
        #expect(!plan.warnings.contains { $0.contains("electricity.grid-factor") })
    }

    @Test func implausibleLoadIsAWarningNamingKeyAndRange() throws {
        let plan = try Support.load(Self.plan("  mode.bus.load: 150"))
        #expect(plan.warnings.contains {
            $0.hasPrefix("inputs.mode.bus.load: 150 pkm/vkm in 2024 is outside the plausible range 2–100 pkm/vkm")
        })
        // And beyond the hard range (300) it is an error.
        let error = try #require(Self.failure(Self.plan("  mode.bus.load: 600")))
        #expect(error.location.keyPath == "inputs.mode.bus.load")
    }

    @Test func dieselPricedPerKWhIsAWarning() throws {
        // The old README: 7.5 CNY/kWh = 7.5 / 0.0036 GJ = 2,083.33 CNY/GJ, about 10× diesel.
        let plan = try Support.load(Self.plan(prices: "energyPrices:\n  diesel: {value: 7.5, unit: CNY/kWh}"))
        #expect(plan.warnings.contains { $0.hasPrefix("energyPrices.diesel: 2083.33 CNY/GJ is outside the plausible range 3–700 CNY/GJ") })
    }

    @Test func dieselPricedPerLitreUsesDensityAndNCV() throws {
        // ipcc-2006: diesel 43.0 GJ/t, 0.84 t/m3 → 0.84 kg/L × 43.0 MJ/kg = 36.12 MJ/L;
        // 7.5 CNY/L ÷ 0.03612 GJ/L = 207.641196… CNY/GJ.
        let plan = try Support.load(Self.plan(prices: "energyPrices:\n  diesel: {value: 7.5, unit: CNY/L}"))
        let price = try #require(plan.energyPrices["diesel"]?.base?.value)
        #expect(isClose(price, 7.5 / (0.84 * 43.0 / 1000)))
        #expect(!plan.warnings.contains { $0.contains("energyPrices") })
        // Per tonne: 7,000 元/吨 ÷ 43.0 GJ/t = 162.790698 CNY/GJ.
        let perTonne = try Support.load(Self.plan(prices: "energyPrices:\n  diesel: {value: 7000, unit: 元/吨}"))
        #expect(isClose(perTonne.energyPrices["diesel"]?.base?.value ?? 0, 7000 / 43.0))
    }

    @Test func electricityPerLitreIsAnErrorThatSaysWhy() throws {
        let error = try #require(Self.failure(Self.plan(prices: "energyPrices:\n  electricity: {value: 1, unit: CNY/L}")))
        #expect(error.code == .unitMismatch)
        #expect(error.message.contains("needs the fuel's NCV (fuel.electricity.ncv)"))
    }

    @Test func maxOf100IsAccepted() throws {
        // `max: 100` without a unit is 100 % (it failed with "must be within 0–100 %, found 100.0").
        let custom = """
        measures:
          use: []
          custom:
            - id: bus-electric
              name: {en: "E-bus", zh-Hans: "电动公交"}
              instrument: investment
              changes: [{shift: {from: mode.bus.tech.diesel.share, to: mode.bus.tech.electric.share, fraction: 0.5}}]
              deployment: {start: 2025, ramp: 1, max: 100}
              lifetime: 12
        """
        let plan = try Support.load(Self.plan(measures: custom))
        #expect(plan.measures.first?.deployment.maxPenetration.value == 1)
        let half = try Support.load(Self.plan(measures: custom.replacingOccurrences(of: "max: 100", with: "max: 50")))
        #expect(half.measures.first?.deployment.maxPenetration.value == 0.5)
    }

    @Test(arguments: [
        ("亿人公里", 1e8), ("万人公里", 1e4), ("Mpkm", 1e6),
    ]) func activityUnitsPlannersWrite(unit: String, scale: Double) throws {
        let plan = try Support.load(Self.plan(passenger: "passenger.activity: {value: 10, unit: \(unit)}"))
        #expect(isClose(plan.inputs["passenger.activity"]?.base?.value ?? 0, 10 * scale))
    }

    @Test(arguments: [
        ("万吨", 1e4), ("万tCO2e", 1e4), ("万吨二氧化碳当量", 1e4), ("MtCO2e", 1e6), ("tCO2e", 1),
    ]) func capUnitsPlannersWrite(unit: String, scale: Double) throws {
        let text = Self.plan() + "\ntargets:\n  - {year: 2030, absoluteCap: {value: 12, unit: \(unit)}}"
        let plan = try Support.load(text)
        guard case let .absoluteCap(cap)? = plan.targets.first?.kind else {
            Issue.record("no cap")
            return
        }
        #expect(isClose(cap, 12 * scale))
    }

    @Test func unknownUnitListsTheAcceptedOnes() throws {
        let error = try #require(Self.failure(Self.plan(passenger: "passenger.activity: {value: 10, unit: furlongs}")))
        #expect(error.code == .unitMismatch)
        #expect(error.message.contains("unit 'furlongs' cannot be converted to 'pkm' (accepted: "))
        #expect(error.message.contains("100Mpkm"))
        #expect(error.message.contains("亿人公里"))
    }

    @Test func everySpecHasLimitsAndItsDefaultIsPlausible() {
        for spec in Support.model.inputSpecs {
            guard let limits = spec.limits else {
                Issue.record("\(spec.key) has no limits")
                continue
            }
            #expect(!limits.source.isEmpty)
            #expect(limits.hard.lowerBound <= limits.plausible.lowerBound && limits.plausible.upperBound <= limits.hard.upperBound,
                    "\(spec.key)")
            if let value = spec.defaultValue { #expect(limits.plausible.contains(value), "\(spec.key) default \(value)") }
        }
    }
}

/// Issue 17 item 8: converted turnover (换算周转量) counts 10 road pkm as 1 tkm, rail pkm 1:1,
/// and leaves out walking and cycling.
@Suite struct ConvertedTurnoverTests {
    @Test func roadPassengersCountATenthAndActiveTripsNothing() throws {
        let output = try Support.run([
            "passenger.activity": 1_000_000,
            "passenger.mode.bus.share": 0.5, "passenger.mode.metro.share": 0.3, "passenger.mode.active.share": 0.2,
            "mode.bus.load": 20, "mode.metro.load": 100,
            "freight.activity": 2_000_000, "freight.mode.heavy-truck.share": 1, "mode.heavy-truck.load": 15,
            "mode.bus.tech.diesel.intensity": 30, "mode.heavy-truck.tech.diesel.intensity": 28,
            "mode.metro.tech.electric.intensity": 200, "electricity.grid-factor": 0.5,
            "fuel.diesel.density": 0.84, "fuel.diesel.ncv": 43, "fuel.diesel.carbon-content": 0.02, "fuel.diesel.oxidation": 1,
        ])
        // 500,000 bus pkm × 0.1 + 300,000 metro pkm × 1 + 200,000 walking × 0 + 2,000,000 tkm × 1
        // = 50,000 + 300,000 + 0 + 2,000,000 = 2,350,000 converted tkm.
        #expect(isClose(output.activity[0], 2_350_000))
    }
}

/// Issue 17 item 4: CO2 from SCR urea solution (China's land-transport guideline counts it).
@Suite struct UreaTests {
    @Test func heavyTruckUreaAddsItsCO2() throws {
        let inputs: [String: Double] = [
            "freight.activity": 15_000_000, "freight.mode.heavy-truck.share": 1, "mode.heavy-truck.load": 15,
            "mode.heavy-truck.tech.diesel.share": 1, "mode.heavy-truck.tech.diesel.intensity": 28,
            "fuel.diesel.density": 0.84, "fuel.diesel.ncv": 42.652, "fuel.diesel.carbon-content": 0.0202,
            "fuel.diesel.oxidation": 0.98,
        ]
        var withUrea = inputs
        withUrea["mode.heavy-truck.tech.diesel.urea-solution"] = 0.05
        let without = Support.tonnes(try Support.run(inputs), .co2, source: "road.heavy-truck")
        let with = Support.tonnes(try Support.run(withUrea), .co2, source: "road.heavy-truck")
        // 1,000,000 vkm × 28 L/100 km = 280,000 L diesel × 0.05 = 14,000 L solution × 1.09 kg/L
        // = 15,260 kg × 32.5 % = 4,959.5 kg urea × 12/60 × 44/12 = 3,636.966667 kg = 3.636967 t CO2.
        #expect(isClose(without, 728.157_946_700_8))
        #expect(isClose(with - without, 3.636_966_666_666_667, relative: 1e-9))
    }
}
