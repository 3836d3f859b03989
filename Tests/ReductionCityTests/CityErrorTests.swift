import Foundation
import Testing
import ReductionCity

@Suite("City errors in app alerts")
struct CityErrorTests {
    @Test("CityError's localizedDescription is its message, not Foundation's generic text")
    func localized() {
        let error: any Error = CityError.missingInput(sector: "power", key: "grid.factor")
        #expect(error.localizedDescription == "the power plan has no input 'grid.factor' the city must set")
        let stalled = CityError.notConverged(iterations: 50, residual: 0.25)
        #expect(stalled.description == "the electricity coupling did not converge in 50 iterations (residual 0.25 tCO2/MWh)")
    }
}
