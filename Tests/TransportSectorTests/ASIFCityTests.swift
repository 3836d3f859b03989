import ReductionCore
import ReductionTestSupport
import Testing
@testable import TransportSector

/// A small ASIF city worked by hand: 1,000,000 passenger-km; car 60 %, bus 30 %, walking and
/// cycling 10 %; cars 1.5 pkm/vkm at 8 L/100 km gasoline; buses 20 pkm/vkm, 60 % diesel at
/// 30 L/100 km and 40 % electric at 100 kWh/100 km; gasoline 0.75 t/m³, 44 GJ/t, 0.0189 tC/GJ;
/// diesel 0.84 t/m³, 43 GJ/t, 0.02 tC/GJ; oxidation 1; grid 0.5 tCO2/MWh; no CH4 or N2O.
@Suite struct ASIFCityTests {
    static let city: [String: Double] = [
        "passenger.activity": 1_000_000,
        "passenger.mode.car.share": 0.6, "passenger.mode.bus.share": 0.3, "passenger.mode.active.share": 0.1,
        "mode.car.load": 1.5, "mode.bus.load": 20,
        "mode.car.tech.gasoline.share": 1, "mode.car.tech.gasoline.intensity": 8,
        "mode.bus.tech.diesel.share": 0.6, "mode.bus.tech.diesel.intensity": 30,
        "mode.bus.tech.electric.share": 0.4, "mode.bus.tech.electric.intensity": 100,
        "fuel.gasoline.density": 0.75, "fuel.gasoline.ncv": 44, "fuel.gasoline.carbon-content": 0.0189,
        "fuel.gasoline.oxidation": 1,
        "fuel.diesel.density": 0.84, "fuel.diesel.ncv": 43, "fuel.diesel.carbon-content": 0.02, "fuel.diesel.oxidation": 1,
        "electricity.grid-factor": 0.5,
    ]

    /// Mode shift: 10 points of passenger-km from car to bus.
    static func shifted(_ values: [String: Double]) -> [String: Double] {
        var values = values
        values["passenger.mode.car.share", default: 0] -= 0.1
        values["passenger.mode.bus.share", default: 0] += 0.1
        return values
    }

    /// Electrification: every diesel bus-km becomes electric.
    static func electrified(_ values: [String: Double]) -> [String: Double] {
        var values = values
        values["mode.bus.tech.electric.share", default: 0] += values["mode.bus.tech.diesel.share"] ?? 0
        values["mode.bus.tech.diesel.share"] = 0
        return values
    }

    @Test func baseline() throws {
        let output = try Support.run(Self.city)
        // Car: 600,000 pkm ÷ 1.5 = 400,000 vkm × 8 L/100 km = 32,000 L = 32 m³ × 0.75 = 24 t × 44 GJ/t
        //      = 1,056 GJ × 0.0189 tC/GJ × 44/12 = 73.1808 t CO2.
        #expect(isClose(Support.tonnes(output, .co2, source: "road.car"), 73.1808))
        // Bus diesel: 300,000 ÷ 20 = 15,000 vkm × 60 % = 9,000 vkm × 30 L/100 km = 2,700 L × 0.84 kg/L
        //      = 2.268 t × 43 = 97.524 GJ × 0.02 × 44/12 = 7.15176 t CO2.
        #expect(isClose(Support.tonnes(output, .co2, source: "road.bus"), 7.15176))
        // Bus electric: 6,000 vkm × 100 kWh/100 km = 6 MWh × 0.5 = 3.0 t CO2 (indirect source).
        #expect(isClose(Support.tonnes(output, .co2, source: "electricity.bus"), 3.0))
        // Total 73.1808 + 7.15176 + 3.0 = 83.33256 t.
        #expect(isClose(Support.totalCO2(output), 83.33256))
        // Activity metric, converted turnover (issue 17: 10 road pkm = 1 tkm, walking and cycling
        // excluded): (600,000 car + 300,000 bus) pkm × 0.1 = 90,000 converted tkm (was 1,000,000).
        #expect(isClose(output.activity[0], 90_000))
        let bus = output.layout.sourceIndex("road.bus") ?? -1
        #expect(isClose(output.activity(source: bus, offset: 0), 300_000))
        // Electricity 6,000 kWh × 0.0036 = 21.6 GJ.
        #expect(isClose(output.energy(carrier: output.layout.carrierIndex("electricity") ?? -1, offset: 0), 21.6))
    }

    @Test func modeShiftAndElectrificationInteract() throws {
        let base = Support.totalCO2(try Support.run(Self.city))
        let shift = Support.totalCO2(try Support.run(Self.shifted(Self.city)))
        let electric = Support.totalCO2(try Support.run(Self.electrified(Self.city)))
        let both = Support.totalCO2(try Support.run(Self.electrified(Self.shifted(Self.city))))
        // Shift alone: car 500,000 pkm → 333,333.3 vkm → 26,666.7 L → 20 t → 880 GJ → 60.984 t;
        //   bus 400,000 pkm → 20,000 vkm: diesel 12,000 vkm → 3,600 L → 3.024 t → 130.032 GJ → 9.53568 t;
        //   electric 8,000 vkm → 8 MWh → 4.0 t. Total 74.51968 t; abatement 83.33256 − 74.51968 = 8.81288 t.
        #expect(isClose(shift, 74.51968))
        #expect(isClose(base - shift, 8.81288))
        // Electrification alone: car 73.1808 + buses 15,000 vkm → 15 MWh → 7.5 t = 80.6808 t; abatement 2.65176 t.
        #expect(isClose(electric, 80.6808))
        #expect(isClose(base - electric, 2.65176))
        // Both: car 60.984 + buses 20,000 vkm → 20 MWh → 10.0 t = 70.984 t; abatement 12.34856 t,
        // more than 8.81288 + 2.65176 = 11.46464: electrifying after the shift also cleans the added bus-km.
        #expect(isClose(both, 70.984))
        #expect(isClose(base - both, 12.34856))
        // Interacted shares: electrification after the shift abates 74.51968 − 70.984 = 3.53568 t;
        // the shift after electrification abates 80.6808 − 70.984 = 9.6968 t.
        #expect(isClose(shift - both, 3.53568))
        #expect(isClose(electric - both, 9.6968))
    }

    /// The reference technology (bus: diesel) takes what the listed shares leave.
    @Test func referenceTechnologyTakesTheRemainder() throws {
        var values = Self.city
        values["mode.bus.tech.diesel.share"] = nil
        let output = try Support.run(values)
        // Electric 40 % listed; diesel gets 1 − 0.4 = 60 %: the same 7.15176 t as the baseline.
        #expect(isClose(Support.tonnes(output, .co2, source: "road.bus"), 7.15176))
    }

    /// The plan engine applies the same two changes as catalogue-style measures, in cost order.
    @Test func engineReproducesTheHandCalculation() throws {
        let text = Support.header(factorSet: "ipcc-2006") + """

            inputs:
              passenger.activity: 1000000
              passenger.mode.car.share: 0.6
              passenger.mode.bus.share: 0.3
              passenger.mode.active.share: 0.1
              mode.car.load: 1.5
              mode.bus.load: 20
              mode.car.tech.gasoline.share: 1
              mode.car.tech.gasoline.intensity: 8
              mode.bus.tech.diesel.share: 0.6
              mode.bus.tech.diesel.intensity: 30
              mode.bus.tech.electric.share: 0.4
              mode.bus.tech.electric.intensity: 100
              fuel.gasoline.density: 0.75
              fuel.gasoline.ncv: 44
              fuel.gasoline.carbon-content: 0.0189
              fuel.gasoline.oxidation: 1
              fuel.diesel.density: 0.84
              fuel.diesel.ncv: 43
              fuel.diesel.carbon-content: 0.02
              fuel.diesel.oxidation: 1
              combustion.road.gasoline.ch4: 0
              combustion.road.gasoline.n2o: 0
              combustion.road.diesel.ch4: 0
              combustion.road.diesel.n2o: 0
              electricity.grid-factor: 0.5
            measures:
              use: []
              custom:
                - id: shift
                  name: {en: "Car to bus", zh-Hans: "小汽车转公交"}
                  changes:
                    - shift: {from: passenger.mode.car.share, to: passenger.mode.bus.share, amount: 0.1}
                  deployment: {start: 2025}
                  lifetime: 10
                - id: electrify
                  name: {en: "Electric buses", zh-Hans: "电动公交"}
                  changes:
                    - shift: {from: mode.bus.tech.diesel.share, to: mode.bus.tech.electric.share, fraction: 1}
                  deployment: {start: 2025}
                  lifetime: 10
                  opex: 1000
            """
        let result = try PlanEvaluator.evaluate(try Support.load(text), model: Support.model)
        // 2025 equals the hand-built year (constant inputs); CH4 and N2O are zero.
        #expect(isClose((result.bau[2025] ?? .nan), 83.33256))
        #expect(isClose((result.pathway[2025] ?? .nan), 70.984))
        #expect(isClose(result.measure("shift")?.standaloneAbatement[2025] ?? 0, 8.81288))
        #expect(isClose(result.measure("electrify")?.standaloneAbatement[2025] ?? 0, 2.65176))
        // "shift" costs nothing, "electrify" 1,000 CNY a year: shift goes first, electrification acts on what it left.
        #expect(result.order == ["shift", "electrify"])
        #expect(isClose(result.measure("shift")?.interactedAbatement[2025] ?? 0, 8.81288))
        #expect(isClose(result.measure("electrify")?.interactedAbatement[2025] ?? 0, 3.53568))
        // The base year is untouched (deployment starts in 2025).
        #expect(isClose((result.pathway[2024] ?? .nan), 83.33256))
    }

    /// China's guideline form for a heavy truck: fuel × NCV × CC × OF × 44/12 plus CH4/N2O per km.
    @Test func heavyTruckWithMileageBasedMethane() throws {
        let output = try Support.run([
            "freight.activity": 15_000_000, "freight.mode.heavy-truck.share": 1, "mode.heavy-truck.load": 15,
            "mode.heavy-truck.tech.diesel.share": 1, "mode.heavy-truck.tech.diesel.intensity": 28,
            "mode.heavy-truck.tech.diesel.ch4-per-km": 175, "mode.heavy-truck.tech.diesel.n2o-per-km": 30,
            "fuel.diesel.density": 0.84, "fuel.diesel.ncv": 42.652, "fuel.diesel.carbon-content": 0.0202,
            "fuel.diesel.oxidation": 0.98,
        ])
        // 15,000,000 tkm ÷ 15 t = 1,000,000 vkm × 28 L/100 km = 280,000 L = 280 m³ × 0.84 = 235.2 t
        // × 42.652 GJ/t = 10,031.7504 GJ × 0.0202 × 0.98 × 44/12 = 728.1579467 t CO2.
        #expect(isClose(Support.tonnes(output, .co2, source: "road.heavy-truck"), 728.157_946_700_8))
        // CH4: 1,000,000 km × 175 mg/km = 0.175 t; N2O: × 30 mg/km = 0.03 t (heavy-duty diesel, China guideline).
        #expect(isClose(Support.tonnes(output, .ch4NonFossil, source: "road.heavy-truck"), 0.175))
        #expect(isClose(Support.tonnes(output, .n2o, source: "road.heavy-truck"), 0.03))
        // Vehicle-km memo and the activity metric (tonne-km).
        let memo = output.layout.memoIndex("vkm.heavy-truck") ?? -1
        #expect(isClose(output.memo(memo, offset: 0), 1_000_000))
        #expect(isClose(output.activity[0], 15_000_000))
    }

    /// Exhaust pollutants of the city's cars: NOx and PM2.5 per GJ, SO2 from the fuel's sulphur.
    @Test func exhaustPollutants() throws {
        var values = Self.city
        values["air.light.gasoline.nox"] = 197
        values["air.light.gasoline.pm25"] = 0.68
        values["fuel.gasoline.sulphur"] = 10
        let output = try Support.run(values)
        let car = output.layout.sourceIndex("road.car") ?? -1
        // 1,056 GJ × 197 g/GJ = 208,032 g = 0.208032 t NOx; × 0.68 g/GJ = 718.08 g = 0.00071808 t PM2.5.
        #expect(isClose(output.pollutant(.nox, source: car, offset: 0), 0.208032))
        #expect(isClose(output.pollutant(.pm25, source: car, offset: 0), 0.00071808, absolute: 0))
        // 24 t gasoline × 10 mg S/kg = 240 g S × 64/32 = 480 g = 0.00048 t SO2.
        #expect(isClose(output.pollutant(.so2, source: car, offset: 0), 0.00048, absolute: 0))
        // Electric buses have no exhaust.
        let electric = output.layout.sourceIndex("electricity.bus") ?? -1
        #expect(output.pollutant(.nox, source: electric, offset: 0) == 0)
    }
}
