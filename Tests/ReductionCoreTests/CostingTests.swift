import Testing
import ReductionTestSupport
@testable import ReductionCore

/// The cost model (issue 12): per-unit bases, units deployed = after − before, one formula
/// shared by the evaluator, the Monte Carlo worker and CostMetrics.
@Suite("Costing: per-unit cost bases")
struct CostingTests {
    static let prices = """

    energyPrices:
      fuel: {value: 20, unit: CNY/GJ}
      electricity: {value: 30, unit: CNY/GJ}
    """

    /// Electrify half the demand; costs per GJ/yr of grid electricity supplied, or one project.
    static func measures(basis: String) -> String { ToyModel.electrifyMeasures(basis: basis) }

    func evaluate(demand: Double = 1000, basis: String) throws -> PlanResult {
        let example = ToyModel.defaultExample.replacingAll("  demand: 1000", with: "  demand: \(demand)") + Self.prices
        let model = ToyModel(measuresYAML: Self.measures(basis: basis), example: example)
        return try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
    }

    @Test func perUnitCostByHand() throws {
        let result = try evaluate(basis: "{per: source.grid}")
        let measure = try #require(result.measure("electrify"))
        // Demand 1,000 GJ; share 0 → 0.5: grid GJ 0 → 500, so 500 GJ/yr deployed.
        // Energy: fuel −500 GJ × 20 + electricity +500 GJ × 30 = +5,000 CNY/yr.
        // CRF(0, 10) = 0.1: (100 × 0.1 + 2) × 500 = 6,000; net 11,000 CNY/yr.
        // Abatement: 1,000 t − (500 × 1.0 + 500 × 0.5) = 250 t → 44 CNY/t.
        #expect(isClose((measure.costing?.unitsDeployed[2025] ?? .nan), 500))
        #expect(measure.costing?.unit == "GJ/yr")
        #expect(isClose((measure.energyCostChange[2025] ?? .nan), 5000))
        #expect(isClose((measure.annualCost[2025] ?? .nan), 11_000))
        #expect(isClose(measure.costPerTonne, 44))
        // Investment: 100 × 500 in 2021 (first year deployed), nothing after; to 2025: 50,000.
        #expect(isClose((measure.costing?.investment[2021] ?? .nan), 50_000) && isClose((measure.costing?.investment[2022] ?? .nan), 0))
        #expect(isClose(measure.costing?.cumulativeInvestment, 50_000))
        #expect(isClose(result.costing.cumulativeInvestment, 50_000))
        #expect(result.costing.projectMeasures.isEmpty)
    }

    @Test("a per-unit cost per tonne does not depend on the city's size", arguments: [0.4, 2.5])
    func perUnitScales(factor: Double) throws {
        let base = try evaluate(basis: "{per: source.grid}")
        let scaled = try evaluate(demand: 1000 * factor, basis: "{per: source.grid}")
        let a = try #require(base.measure("electrify")), b = try #require(scaled.measure("electrify"))
        // Everything is linear in demand: 44 CNY/t at any size; abatement and cost × factor.
        #expect(isClose(b.costPerTonne, 44))
        #expect(isClose((b.interactedAbatement[2025] ?? .nan), (a.interactedAbatement[2025] ?? 0) * factor))
        #expect(isClose((b.annualCost[2025] ?? .nan), (a.annualCost[2025] ?? 0) * factor))
    }

    @Test func projectCostsDoNotScale() throws {
        let small = try evaluate(demand: 400, basis: "project")
        let measure = try #require(small.measure("electrify"))
        // Project: units = p(t) = 1. Demand 400: energy (−200 × 20 + 200 × 30) = +2,000;
        // (100 × 0.1 + 2) × 1 = 12 → 2,012 CNY/yr over 100 t = 20.12 CNY/t.
        #expect(isClose((measure.annualCost[2025] ?? .nan), 2012))
        #expect(isClose(measure.costPerTonne, 20.12))
        #expect(small.costing.projectMeasures == ["electrify"])
        // The example's activity is 1,000 GJ: 400 is 2.5× smaller, so the project is named.
        let warning = small.projectCostWarning(exampleActivity: 1000)
        #expect(warning == "the plan's activity (GJ) is 2.5× smaller than the example's; "
                + "these measures' costs are project lump sums that were not scaled: electrify")
        #expect(small.projectCostWarning(exampleActivity: 500) == nil)  // within 2×
    }

    @Test func decreaseCountsUnitsRemoved() throws {
        let result = try evaluate(basis: "{per: energy.fuel, change: decrease}")
        // Fuel GJ 1,000 → 500: 500 GJ/yr removed; same cost as per grid GJ supplied.
        #expect(isClose((result.measure("electrify")?.costing?.unitsDeployed[2025] ?? .nan), 500))
        #expect(isClose(result.measure("electrify")?.costPerTonne, 44))
    }

    @Test func unknownQuantityIsAPlanErrorNamingTheMeasure() throws {
        let error = try #require(throws: PlanError.self) { try evaluate(basis: "{per: vehicles.bus}") }
        #expect(error.message.hasPrefix("measure 'electrify' gives costs per 'vehicles.bus', which the toy model does not compute"))
        #expect(error.location.keyPath == "measures[electrify].basis.per")
        #expect(error.location.file != nil)
    }

    @Test func badBasisIsAPlanError() throws {
        let error = try #require(throws: PlanError.self) { try evaluate(basis: "per-bus") }
        #expect(error.message == "a cost basis is 'project' or {per: <quantity>}, found 'per-bus'")
    }

    @Test func oneFormulaForEveryCaller() {
        // (capex × CRF + opex) × units + energy: (450,000 × 0.1 − 24,000) × 100 − 3,000,000 = −900,000.
        #expect(Costing.annualNetCost(capex: 450_000, opex: -24_000, crf: 0.1, units: 100, energyCostChange: -3_000_000)
                == -900_000)
        // CostMetrics' one-unit form gives the same as units = 1.
        #expect(CostMetrics.annualisedNetCost(capex: 1000, rate: 0, lifetime: 10, deltaOpex: 5, energyCostChange: -1)
                == Costing.annualNetCost(capex: 1000, opex: 5, crf: 0.1, units: 1, energyCostChange: -1))
        // Energy: (after − before) × price; a carrier without a price (NaN) counts 0.
        #expect(Costing.energyCostChange(before: [10, 5], after: [4, 8], prices: [20, .nan]) == -120)
        #expect(Costing.investment(capex: 10, units: [0, 2, 5, 4, 6]) == [0, 20, 30, 0, 20])
    }
}

@Suite("Costing: social and private energy prices")
struct PriceBasisTests {
    @Test func breakEvenUsesPrivatePricesAndCostPerTonneSocialOnes() throws {
        let example = ToyModel.defaultExample + """

        energyPrices:
          fuel: {social: {value: 20, unit: CNY/GJ}, private: {value: 26, unit: CNY/GJ}}
          electricity: {value: 30, unit: CNY/GJ}
        """
        let model = ToyModel(measuresYAML: CostingTests.measures(basis: "{per: source.grid}"), example: example)
        let plan = try PlanLoader.loadExample(for: model)
        #expect(plan.energyPrices["fuel"]?.base?.value == 20 && plan.privateEnergyPrices["fuel"]?.base?.value == 26)
        #expect(plan.privateEnergyPrices["electricity"] == nil)  // falls back to the social price
        let measure = try #require(try PlanEvaluator.evaluate(plan, model: model).measure("electrify"))
        // Social: −500 × 20 + 500 × 30 = +5,000; (100 × 0.1 + 2) × 500 = 6,000 → 11,000 / 250 t = 44 CNY/t.
        #expect(isClose(measure.costPerTonne, 44))
        // Private (rate 0 too): −500 × 26 + 500 × 30 = +2,000 → 8,000 CNY/yr / 250 t = 32 CNY/t every year.
        #expect(isClose((measure.costing?.privateEnergyCostChange[2025] ?? .nan), 2000))
        #expect(isClose(measure.breakEvenCarbonPrice, 32))
    }
}

@Suite("Costing: Monte Carlo uses the same cost model")
struct UncertaintyCostingTests {
    @Test func drawsWithoutRangesReproduceThePerUnitCost() throws {
        let example = ToyModel.defaultExample + CostingTests.prices
        let model = ToyModel(measuresYAML: CostingTests.measures(basis: "{per: source.grid}"), example: example)
        let plan = try PlanLoader.loadExample(for: model)
        let engine = try UncertaintyEngine(plan: plan, model: model)
        let result = engine.run(draws: 20, seed: 1, threads: 1, referencePrice: 100, progress: nil)
        let measure = try #require(result.measures.first { $0.id == "electrify" })
        // Nothing is ranged, so every draw is the central case: 11,000 CNY/yr / 250 t = 44 CNY/t
        // (per GJ/yr deployed, as the evaluator; a worker with its own formula gave 20.05).
        #expect(isClose(measure.costPerTonne.p5, 44) && isClose(measure.costPerTonne.p95, 44))
    }
}
