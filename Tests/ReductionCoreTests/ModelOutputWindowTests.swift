import Testing
@testable import ReductionCore

/// A one-year output (``ModelOutput/firstOffset``), as the ordering's scoring runs use, holds
/// exactly what a full output holds at that year offset.
@Suite("One-year model outputs")
struct ModelOutputWindowTests {
    static let layout = OutputLayout(
        sources: [EmissionSource(id: "a", name: LocalizedName("A", "甲"), categories: [], activityUnit: "t"),
                  EmissionSource(id: "b", name: LocalizedName("B", "乙"), categories: [], activityUnit: "t")],
        carriers: [EnergyCarrier(id: "coal", name: LocalizedName("Coal", "煤")),
                   EnergyCarrier(id: "electricity", name: LocalizedName("Electricity", "电力"))],
        memos: [MemoItem(id: "m", name: LocalizedName("Memo", "备忘"), unit: "t")],
        quantities: [ModelQuantity(id: "q", name: LocalizedName("Q", "量"), unit: "t")])

    /// Writes the same numbers at offset 3 (year 2023 of 2020–2030) into both outputs.
    static func fill(_ output: inout ModelOutput) {
        output.addEmission(100, of: .co2, source: 0, offset: 3)
        output.addEmission(2, of: .ch4NonFossil, source: 1, offset: 3)
        output.addEnergy(40, carrier: 0, offset: 3)
        output.addEnergy(7, carrier: 1, offset: 3)
        output.addPollutant(0.5, of: .nox, source: 1, offset: 3)
        output.addMemo(9, memo: 0, offset: 3)
        output.addSourceActivity(11, source: 0, offset: 3)
        output.addQuantity(13, quantity: 0, offset: 3)
        output.addActivity(17, offset: 3)
    }

    @Test("every accessor reads the same value from a one-year output as from the full one")
    func sameValues() {
        var full = ModelOutput(layout: Self.layout, years: 2020...2030)
        var window = ModelOutput(layout: Self.layout, years: 2023...2023, firstOffset: 3)
        Self.fill(&full)
        Self.fill(&window)
        #expect(window.gasTonnes.count == 2 * 4)  // 2 sources × 4 gases × 1 year
        let gwp = [1.0, 0, 28, 0]  // CO2, fossil CH4, CH4, N2O
        // 100 × 1 + 2 × 28 = 156 tCO2e
        #expect(full.totalCO2e(offset: 3, gwp: gwp) == 156)
        #expect(window.totalCO2e(offset: 3, gwp: gwp) == 156)
        #expect(window.totalCO2e(gwp: gwp) == [156])
        #expect(window.tonnes(.co2, source: 0, year: 2023) == 100)
        #expect(window.co2e(source: 1, offset: 3, gwp: gwp) == 56)
        #expect(window.energy(carrier: 0, offset: 3) == 40)
        #expect(window.energy(carrier: 1, offset: 3) == 7)
        #expect(window.pollutant(.nox, offset: 3) == 0.5)
        #expect(window.pollutant(.nox, source: 1, offset: 3) == 0.5)
        #expect(window.memo(0, offset: 3) == 9)
        #expect(window.activity(source: 0, offset: 3) == 11)
        #expect(window.quantity(0, offset: 3) == 13)
        #expect(window.activity(offset: 3) == 17)
        #expect(full.activity(offset: 3) == 17)
    }

    @Test("capture and reset act on the stored year, at the table's offsets")
    func captureAndReset() {
        var window = ModelOutput(layout: Self.layout, years: 2023...2023, firstOffset: 3)
        Self.fill(&window)
        // Penetration is asked for at table offset 3 (0.5 there, 0 elsewhere): 80 % × 0.5 = 40 % of 100 t.
        window.capture(source: 0, gas: .co2, fraction: 0.8) { $0 == 3 ? 0.5 : 0 }
        #expect(window.tonnes(.co2, source: 0, year: 2023) == 60)
        #expect(window.captured == [40])
        window.reset(offsets: 3..<4)
        #expect(window.totalCO2e(offset: 3, gwp: [1, 0, 28, 0]) == 0)
        #expect(window.energy(carrier: 0, offset: 3) == 0)
        #expect(window.captured == [0])
    }
}
