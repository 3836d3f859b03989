import ReductionCore
import Testing
import ThermalPowerSector

/// Issue 17 item 1: the default coal carbon content is a typical measured value; the MEE
/// unmeasured-month fallback is its own factor set, and a plan names the set it uses.
@Suite struct CoalDefaultTests {
    let model = ThermalPowerModel()

    func coal(_ set: String) throws -> Double {
        let factorSet = try #require(try Catalogue(model: model).factorSet(set))
        return try #require(factorSet.inputs["fuel.coal.carbon-content"]?.base?.value)
    }

    @Test func defaultSetUsesTypicalMeasuredCoal() throws {
        let catalogue = try Catalogue(model: model)
        #expect(catalogue.defaultFactorSet == "china-2022")
        #expect(try coal("china-2022") == 0.02618)
        #expect(try coal("china-compliance-fallback") == 0.03085)
        // Per GJ the default is now within 0.5 % of IPCC: 0.02618 × 0.99 / 0.0258 = 1.00458.
        #expect(abs(0.02618 * 0.99 / (try coal("ipcc-2006-tier1")) - 1.00458) < 1e-5)
    }

    @Test func fallbackSetReproducesTheOldInventory() throws {
        // The example under the fallback set gives the old 15,522,545.39 tCO2e (0.03085 tC/GJ) of
        // direct (production-view) emissions; the inventory total adds the net imports (indirect).
        var text = String(decoding: model.data.example, as: UTF8.self)
        text = text.replacingOccurrences(of: "factorSet: china-2022", with: "factorSet: china-compliance-fallback")
        let plan = try PlanLoader.load(text: text, file: "example.yaml", model: model)
        #expect(plan.header.factorSet == "china-compliance-fallback")
        let result = try PlanEvaluator.evaluate(plan, model: model)
        #expect(abs((result.bauBoundaries.direct[2024] ?? 0) / 15_522_545.389886558 - 1) < 1e-9)
    }
}
