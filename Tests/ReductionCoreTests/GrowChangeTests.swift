import Testing
import ReductionTestSupport
@testable import ReductionCore

/// `grow`: + by × p(t) × the plan's input value, so additions follow the city's size and two
/// measures on the same input do not compound (issue 12, power wind and solar additions).
@Suite("Measures: grow adds a share of the plan's own value")
struct GrowChangeTests {
    static func measures(_ change: String) -> String {
        """
        measures:
          - id: first
            name: {en: First, zh-Hans: 一}
            changes: [{\(change): {key: share.electric, by: 0.5}}]
            deployment: {start: 2021}
            lifetime: 10
          - id: second
            name: {en: Second, zh-Hans: 二}
            changes: [{\(change): {key: share.electric, by: 0.5}}]
            deployment: {start: 2021}
            lifetime: 10
        """
    }

    /// Pathway emissions in 2025: demand × ((1 − s) × 1.0 + s × 0.5) tCO2, s the electric share
    /// (0.2 in the plan's inputs); both measures abate, so both stay in the pathway.
    func pathwayEmissions(_ change: String, demand: Double = 1000) throws -> Double {
        let example = ToyModel.defaultExample.replacingAll("  demand: 1000", with: "  demand: \(demand)\n  share.electric: 0.2")
        let model = ToyModel(measuresYAML: Self.measures(change), example: example)
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        #expect(result.measures.allSatisfy { $0.inPathway })
        return result.pathway[2025] ?? .nan
    }

    @Test func twoGrowthsAddUpAndFollowTheCity() throws {
        // s = 0.2 + 0.5 × 0.2 + 0.5 × 0.2 = 0.4, whichever comes first: 1,000 × (1 − 0.5 × 0.4) = 800 t.
        #expect(try abs(pathwayEmissions("grow") - 800) < 1e-9)
        // scale compounds: s = 0.2 × 1.5 × 1.5 = 0.45 → 1,000 × (1 − 0.225) = 775 t.
        #expect(try abs(pathwayEmissions("scale") - 775) < 1e-9)
        // A city of 400 GJ: 400 × 0.8 = 320 t.
        #expect(try abs(pathwayEmissions("grow", demand: 400) - 320) < 1e-9)
    }

    @Test func negativeGrowthIsRefused() throws {
        let model = ToyModel(measuresYAML: Self.measures("grow").replacingAll("by: 0.5", with: "by: -0.5"))
        let error = try #require(throws: PlanError.self) { try PlanLoader.loadExample(for: model) }
        #expect(error.message.contains("'grow' adds a share of the plan's value (by ≥ 0)"))
    }
}
