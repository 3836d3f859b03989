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
            changes: [{\(change): {key: demand, by: 0.5}}]
            deployment: {start: 2021}
            lifetime: 10
          - id: second
            name: {en: Second, zh-Hans: 二}
            changes: [{\(change): {key: demand, by: 0.5}}]
            deployment: {start: 2021}
            lifetime: 10
        """
    }

    func pathwayActivity(_ change: String, demand: Double = 1000) throws -> Double {
        let example = ToyModel.defaultExample.replacingAll("  demand: 1000", with: "  demand: \(demand)")
        let model = ToyModel(measuresYAML: Self.measures(change), example: example)
        return try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model).pathwayActivity[2025]
    }

    @Test func twoGrowthsAddUpAndFollowTheCity() throws {
        // 1,000 GJ + 0.5 × 1,000 + 0.5 × 1,000 = 2,000 GJ, whichever comes first.
        #expect(try pathwayActivity("grow") == 2000)
        // scale compounds: 1,000 × 1.5 × 1.5 = 2,250 GJ.
        #expect(try pathwayActivity("scale") == 2250)
        // A city of 400 GJ: 400 + 200 + 200 = 800 GJ.
        #expect(try pathwayActivity("grow", demand: 400) == 800)
    }

    @Test func negativeGrowthIsRefused() throws {
        let model = ToyModel(measuresYAML: Self.measures("grow").replacingAll("by: 0.5", with: "by: -0.5"))
        let error = try #require(throws: PlanError.self) { try PlanLoader.loadExample(for: model) }
        #expect(error.message.contains("'grow' adds a share of the plan's value (by ≥ 0)"))
    }
}
