import Foundation
import Testing
@testable import ReductionCore

@Suite("Errors in app alerts")
struct LocalizedErrorTests {
    @Test("localizedDescription of a PlanError is its file:line: key: message text")
    func planErrorLocalized() {
        let error: any Error = PlanError(.invalidValue, "lifetime must be positive, found -3",
                                         at: SourceLocation(file: "city.yaml", line: 12, column: 5, keyPath: "measures[2].lifetime"))
        // description = "city.yaml:12:5" + ": " + key path + ": " + message
        #expect(error.localizedDescription == "city.yaml:12:5: measures[2].lifetime: lifetime must be positive, found -3")
    }
}
