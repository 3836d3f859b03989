import Testing
import ThermalPowerSector

@Suite("Residual dispatch of condensing coal units")
struct DispatchTests {
    // Unit 0: scheduled 100, maximum 200, 350 gce/kWh. Unit 1: scheduled 300, maximum 400, 280 gce/kWh.
    let units = [Dispatch.Unit(scheduled: 100, maximum: 200, coalRate: 350),
                 Dispatch.Unit(scheduled: 300, maximum: 400, coalRate: 280)]

    @Test func proRata() {
        // Residual 200 of 400 scheduled: factor 0.5 → 50 and 150.
        let result = Dispatch.allocate(residual: 200, units: units)
        #expect(result.generation == [50, 150] && result.shortfall == 0 && result.surplus == 0)
    }

    @Test func leastEfficientFirst() {
        // Cut 200 from the scheduled 400, highest coal rate first: unit 0 loses 100 (to 0), unit 1 loses 100 (to 200).
        #expect(Dispatch.allocate(residual: 200, units: units, meritWeight: 1).generation == [0, 200])
        // Weight 0.5: 0.5 × [50, 150] + 0.5 × [0, 200] = [25, 175].
        #expect(Dispatch.allocate(residual: 200, units: units, meritWeight: 0.5).generation == [25, 175])
        // Adding 150 above the schedule goes to the lowest rate first: unit 1 +100 (to its max 400), unit 0 +50.
        #expect(Dispatch.allocate(residual: 550, units: units, meritWeight: 1).generation == [150, 400])
    }

    @Test func capsAndShortfall() {
        // Residual 700 > maximum 600: both at maximum, 100 is a balancing import.
        let result = Dispatch.allocate(residual: 700, units: units)
        #expect(result.generation == [200, 400] && result.shortfall == 100)
        // Residual 500: factor 1.25 → unit 1 would need 375 ≤ 400, unit 0 125 ≤ 200 → [125, 375].
        #expect(Dispatch.allocate(residual: 500, units: units).generation == [125, 375])
        // Residual 580: factor 1.45 → unit 1 435 > 400 capped; unit 0 gets 580 − 400 = 180.
        #expect(Dispatch.allocate(residual: 580, units: units).generation == [180, 400])
    }

    @Test func surplus() {
        // A negative residual: no coal, 50 MWh surplus.
        let result = Dispatch.allocate(residual: -50, units: units)
        #expect(result.generation == [0, 0] && result.surplus == 50 && result.shortfall == 0)
    }
}
