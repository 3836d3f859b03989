import ReductionTestSupport
import ReductionCore
import Testing
import TransportSector

/// Issue 17 item 2: `boundary.fuel: tank-to-wheel | well-to-wheel`, upstream factors per fuel,
/// methane slip and upstream leaks as fossil CH4, gas-vehicle N2O not zero.
@Suite("Transport fuel boundary (well-to-wheel)")
struct FuelBoundaryTests {
    /// 1.5 × 10⁹ tkm by heavy trucks at 15 t per vehicle-km = 10⁸ vkm, all diesel in 2024; the
    /// measure moves all of it to LNG in 2025. IPCC 2006 set, AR6 GWPs.
    static func plan(boundary: String?, leak: Double = 0.015) -> String {
        """
        \(Support.header(factorSet: "ipcc-2006").replacingOccurrences(of: "gwp: AR5", with: "gwp: AR6"))
          discountRates: {social: 0, private: 0}
        inputs:
          freight.activity: 1.5e9
          freight.mode.heavy-truck.share: 1
          mode.heavy-truck.load: 15
          mode.heavy-truck.tech.diesel.share: 1
          mode.heavy-truck.tech.diesel.intensity: 28
          mode.heavy-truck.tech.lng.intensity: 22
          upstream.lng.methane-leak: \(leak)
        \(boundary.map { "  boundary.fuel: \($0)" } ?? "")
        energyPrices:
          diesel: 200
          lng: 150
        measures:
          use: []
          custom:
            - id: lng
              name: {en: "LNG trucks", zh-Hans: "LNG重卡"}
              changes:
                - shift: {from: mode.heavy-truck.tech.diesel.share, to: mode.heavy-truck.tech.lng.share, fraction: 1}
              deployment: {start: 2025}
              lifetime: 8
              capex: 0
        """
    }

    static func evaluate(_ text: String) throws -> PlanResult {
        try PlanEvaluator.evaluate(try Support.load(text), model: Support.model)
    }

    @Test("LNG trucks with a 1.5 % upstream leak: abatement by hand, well-to-wheel and tank-to-wheel")
    func lngTrucksWithLeak() throws {
        // Diesel: 10⁸ vkm × 28 L/100 km = 2.8 × 10⁷ L × 0.84 kg/L = 23,520 t × 43.0 GJ/t = 1,011,360 GJ.
        //   tailpipe CO2 1,011,360 × 0.0741 = 74,941.776 t; CH4 = N2O = 1,011,360 × 3.9 kg/TJ = 3.944304 t;
        //   upstream CO2 1,011,360 × 16 kg/GJ = 16,181.76 t; upstream fossil CH4 × 0.05 kg/GJ = 50.568 t.
        // LNG: 10⁸ × 22 kg/100 km = 22,000 t × 48.0 GJ/t = 1,056,000 GJ.
        //   CO2 1,056,000 × 0.0561 = 59,241.6 t; methane slip (fossil) × 92 kg/TJ = 97.152 t; N2O × 3 kg/TJ = 3.168 t;
        //   upstream CO2 × 12 kg/GJ = 12,672 t; leak 1,056,000 ÷ 50 GJ/t × 1.5 % = 316.8 t fossil CH4.
        // AR6 (fossil CH4 29.8, other CH4 27.0, N2O 273):
        //   diesel WTW 74,941.776 + 3.944304 × (27 + 273) + 16,181.76 + 50.568 × 29.8 = 93,813.7536 t CO2e
        //   LNG WTW    59,241.6 + (97.152 + 316.8) × 29.8 + 3.168 × 273 + 12,672       = 85,114.2336 t CO2e
        //   abatement 8,699.5200 t (tank-to-wheel: 76,125.0672 − 63,001.5936 = 13,123.4736 t).
        let dieselGJ = 1e8 * 28 / 100 / 1000 * 0.84 * 43.0, lngGJ = 1e8 * 22 / 100 / 1000 * 48.0
        #expect(isClose(dieselGJ, 1_011_360) && isClose(lngGJ, 1_056_000))
        let diesel = dieselGJ * 0.0741 + dieselGJ * 3.9e-6 * (27 + 273) + dieselGJ * 0.016 + dieselGJ * 0.05e-3 * 29.8
        let lng = lngGJ * 0.0561 + (lngGJ * 92e-6 + lngGJ / 50 * 0.015) * 29.8 + lngGJ * 3e-6 * 273 + lngGJ * 0.012
        #expect(isClose(diesel, 93_813.7536, relative: 1e-9) && isClose(lng, 85_114.2336, relative: 1e-9))

        let wtw = try Self.evaluate(Self.plan(boundary: "well-to-wheel"))
        let abated = try #require(wtw.measure("lng")).interactedAbatement[2025] ?? .nan
        #expect(isClose(abated, 8_699.52, relative: 1e-6), "\(abated)")
        #expect(wtw.boundaryNotes.contains { $0.hasPrefix("fuel boundary: well-to-wheel") })
        #expect(wtw.layout.sourceIndex("fuel-supply.well-to-tank") != nil)

        let ttw = try Self.evaluate(Self.plan(boundary: nil))
        let abatedTTW = try #require(ttw.measure("lng")).interactedAbatement[2025] ?? .nan
        #expect(isClose(abatedTTW, 13_123.4736, relative: 1e-6), "\(abatedTTW)")
        #expect(ttw.boundaryNotes.contains { $0.hasPrefix("fuel boundary: tank-to-wheel (boundary.fuel default") })
        #expect(ttw.layout.sourceIndex("fuel-supply.well-to-tank") == nil)
    }

    @Test("methane slip and upstream leaks are fossil CH4")
    func fossilMethane() throws {
        let output = try Support.run([
            "freight.activity": 1.5e9, "freight.mode.heavy-truck.share": 1, "mode.heavy-truck.load": 15,
            "mode.heavy-truck.tech.lng.share": 1, "mode.heavy-truck.tech.lng.intensity": 22,
            "mode.heavy-truck.tech.diesel.intensity": 28,
            "fuel.lng.ncv": 48, "combustion.road.lng.ch4": 92, "boundary.fuel": 1, "upstream.lng.methane-leak": 0.015,
        ])
        // Slip 1,056,000 GJ × 92 kg/TJ = 97.152 t; leak 1,056,000 ÷ 50 × 0.015 = 316.8 t; none non-fossil.
        #expect(isClose(Support.tonnes(output, .ch4Fossil, source: "road.heavy-truck"), 97.152))
        #expect(Support.tonnes(output, .ch4NonFossil, source: "road.heavy-truck") == 0)
        #expect(isClose(Support.tonnes(output, .ch4Fossil, source: "fuel-supply.well-to-tank"), 316.8))
    }

    @Test("an unknown boundary word names the key and the choices")
    func unknownWord() throws {
        #expect {
            _ = try Support.load(Self.plan(boundary: "cradle-to-grave"))
        } throws: { error in
            "\(error)".contains("'boundary.fuel' must be one of tank-to-wheel, well-to-wheel, found 'cradle-to-grave'")
        }
    }

    @Test("gas vehicles' N2O is not zero in any factor set")
    func gasN2O() throws {
        var checked = 0
        for set in try Catalogue(model: Support.model).factorSets {
            for (key, series) in set.inputs where key.hasSuffix(".n2o-per-km") && (key.contains(".cng.") || key.contains(".lng.")) {
                checked += 1
                #expect((series.base?.value ?? 0) > 0, "\(set.id) \(key)")
            }
        }
        #expect(checked >= 8)
    }
}
