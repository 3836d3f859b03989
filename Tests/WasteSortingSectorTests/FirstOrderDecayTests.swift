import Foundation
import ReductionTestSupport
import Testing
import ReductionCore
@testable import WasteSortingSector

/// The IPCC 2006 first-order-decay model worked by hand, one tonne at a time.
struct FirstOrderDecayTests {
    /// One tonne of food waste deposited in 2000 (a historical year) at a managed anaerobic
    /// site; nothing is generated afterwards. DOC 0.15, DOCf 0.5, MCF 1.0 → DDOCm = 0.075 t C.
    /// k = 0.2/yr, so e^−k = 0.818730753 and 1 − e^−k = 0.181269247.
    static func oneTonne(collection: Double = 0, oxidation: Double = 0, years: ClosedRange<Int> = 2000...2004) throws -> ModelOutput {
        let table = Fixture.table(
            years: years,
            [WasteKey.composition(.food): 1, WasteKey.decayRate(.food): 0.2, WasteKey.historyLastYear: 2000,
             WasteKey.route(.landfillAnaerobic): 1, WasteKey.gasCollection: collection, WasteKey.oxidation: oxidation],
            perYear: [WasteKey.history(.anaerobic): [2000: 1]])
        return try Fixture.run(table)
    }

    @Test func oneTonneDepositYearByYear() throws {
        let out = try Self.oneTonne()
        let s = Fixture.source(.landfillManaged)
        // 2000: decay starts the year after deposit → 0
        #expect(out.tonnes(.ch4NonFossil, source: s, year: 2000) == 0)
        // 2001: DDOCm decomposed = 0.075 × 0.181269247 = 0.0135951935 t C;
        //       CH4 = × F 0.5 × 16/12 = 0.0090634623 t
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2001), 0.009063462346100908))
        // 2002: remaining 0.075 × 0.818730753 = 0.0614048065; × 0.181269247 = 0.0111308030 t C → CH4 0.0074205354 t
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2002), 0.007420535352117129))
        // 2003: 0.075 × 0.818730753² × 0.181269247 = 0.0091131307 t C → CH4 0.0060754205 t
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2003), 0.006075420497080643))
        // 2004: 0.075 × 0.818730753³ × 0.181269247 = 0.0074612004 t C → CH4 0.0049741336 t
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2004), 0.0049741335988402425))
        // Lifetime commitment booked in the deposit year: 0.075 × 0.5 × 16/12 = 0.05 t CH4
        #expect(isClose(out.memo(Fixture.memo(.methaneCommitment), offset: 0), 0.05))
        #expect(out.memo(Fixture.memo(.methaneCommitment), offset: 1) == 0)
    }

    @Test func collectionAndOxidation() throws {
        // R = 20 % of generation, then OX = 10 % of the rest (Eq 3.1: R before OX).
        let out = try Self.oneTonne(collection: 0.2, oxidation: 0.1)
        let s = Fixture.source(.landfillManaged)
        // 2001: generated 0.0090634623; recovered 0.0018126925; emitted (0.0090634623 − 0.0018126925) × 0.9 = 0.0065256929
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2001), 0.009063462346100908 * 0.8 * 0.9))
        #expect(isClose(out.memo(Fixture.memo(.methaneRecovered), offset: 1), 0.009063462346100908 * 0.2))
        // Commitment: 0.05 × (1 − 0.2) × (1 − 0.1) = 0.036 t CH4
        #expect(isClose(out.memo(Fixture.memo(.methaneCommitment), offset: 0), 0.036))
    }

    @Test func decayOverALifetimeEqualsTheCommitment() throws {
        // Summed over 300 years the generated CH4 approaches the commitment 0.05 t
        // (the remainder after 299 years is 0.05 × e^−59.8, negligible).
        let out = try Self.oneTonne(years: 2000...2299)
        let s = Fixture.source(.landfillManaged)
        let total = (2000...2299).reduce(0.0) { $0 + out.tonnes(.ch4NonFossil, source: s, year: $1) }
        #expect(isClose(total, 0.05))
    }

    @Test func unmanagedSitesGetNoRecoveryOrOxidation() throws {
        // Same tonne at a shallow dump: MCF 0.4 → DDOCm 0.03; collection and OX do not apply.
        let table = Fixture.table(
            years: 2000...2001,
            [WasteKey.composition(.food): 1, WasteKey.decayRate(.food): 0.2, WasteKey.historyLastYear: 2000,
             WasteKey.route(.landfillAnaerobic): 1, WasteKey.gasCollection: 0.5, WasteKey.oxidation: 0.1],
            perYear: [WasteKey.history(.dumpShallow): [2000: 1]])
        let out = try Fixture.run(table)
        // 2001: 0.03 × 0.181269247 × 0.5 × 16/12 = 0.0036253849 t
        #expect(isClose(out.tonnes(.ch4NonFossil, source: Fixture.source(.landfillUnmanaged), year: 2001),
                      0.03 * (1 - exp(-0.2)) * 0.5 * 4 / 3))
        #expect(out.tonnes(.ch4NonFossil, source: Fixture.source(.landfillManaged), year: 2001) == 0)
    }

    @Test func pureFunctionMatchesEquations() {
        // Two deposits of 1 t C in consecutive years, k = ln 2 (half-life one year):
        // year 0: 0; year 1: 1 × 0.5 = 0.5; year 2: (0.5 + 1) × 0.5 = 0.75
        let decomposed = FirstOrderDecay.decomposed(deposited: [1, 1, 0], decayRate: [log(2), log(2), log(2)])
        #expect(decomposed[0] == 0)
        #expect(isClose(decomposed[1], 0.5))
        #expect(isClose(decomposed[2], 0.75))
    }

    @Test func divertingWasteCutsTheCommitmentAtOnceAndTheInventoryGradually() throws {
        // 1,000 t food a year landfilled 2020–2021, then incinerated from 2022 on.
        var inputs = Fixture.stream(1_000, composition: [.food: 1], route: .landfillAnaerobic)
        inputs[WasteKey.decayRate(.food)] = 0.2
        let table = Fixture.table(years: 2020...2024, inputs,
                                  perYear: [WasteKey.route(.landfillAnaerobic): [2022: 0, 2023: 0, 2024: 0],
                                            WasteKey.route(.incinerationEnergy): [2022: 1, 2023: 1, 2024: 1]])
        let out = try Fixture.run(table)
        let commitment = Fixture.memo(.methaneCommitment), s = Fixture.source(.landfillManaged)
        // Commitment: 1,000 × 0.075 × 0.5 × 16/12 = 50 t in 2020 and 2021, 0 from 2022
        #expect(isClose(out.memo(commitment, offset: 1), 50))
        #expect(out.memo(commitment, offset: 2) == 0)
        // Inventory in 2022 still decays both deposits: 75 × (e^−0.2 + 1) × (1 − e^−0.2) × 2/3
        let e = exp(-0.2)
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2022), 75 * (e + 1) * (1 - e) * 2 / 3))
        // 2024: 75 × (e³ + e²) × (1 − e) × 2/3, still above zero
        #expect(isClose(out.tonnes(.ch4NonFossil, source: s, year: 2024), 75 * (e * e * e + e * e) * (1 - e) * 2 / 3))
    }
}
