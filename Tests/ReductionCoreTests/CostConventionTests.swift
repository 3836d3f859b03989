import Foundation
import Testing
import ReductionTestSupport
@testable import ReductionCore

/// Issue 17 item 9: NPV over undiscounted tonnes beside PV/PV, and the private NPV, per
/// measure and per plan; issue 12: the `reached` basis (units = p(t) × the stock reached).
@Suite("Costing: cost-per-tonne conventions and private NPV")
struct CostConventionTests {
    /// The toy example with social 10 %, private 20 %; fuel 20 (social) / 26 (private) CNY/GJ.
    static func evaluate(basis: String = "{per: source.grid}") throws -> PlanResult {
        let example = ToyModel.defaultExample.replacingAll("discountRates: {social: 0, private: 0}",
                                                           with: "discountRates: {social: 0.1, private: 0.2}") + """

        energyPrices:
          fuel: {social: {value: 20, unit: CNY/GJ}, private: {value: 26, unit: CNY/GJ}}
          electricity: {value: 30, unit: CNY/GJ}
        """
        let model = ToyModel(measuresYAML: CostingTests.measures(basis: basis), example: example)
        return try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
    }

    /// `Σ_{k=1..10} 1 / (1 + r)^k`: the measure runs 2021–2030, discounted to 2020.
    static func annuity(_ rate: Double) -> Double { (1...10).reduce(0.0) { $0 + 1 / pow(1 + rate, Double($1)) } }

    @Test func npvOverUndiscountedTonnesByHand() throws {
        let result = try Self.evaluate()
        let measure = try #require(result.measure("electrify"))
        // Social: CRF(10 %, 10) = 0.1 / (1 − 1.1^−10) = 0.1627454; (100 × 0.1627454 + 2) × 500 GJ/yr
        // + energy (−500 × 20 + 500 × 30 = +5,000) = 14,137.27 CNY/yr in 2021–2030, 0 in 2020.
        let crf = 0.1 / (1 - pow(1.1, -10.0))
        let net = (100 * crf + 2) * 500 + 5000
        #expect(isClose((measure.annualCost[2025] ?? .nan), net, relative: 1e-9, absolute: 1e-9))
        // NPV = 14,137.27 × 6.1445671 (annuity 10 %, 10 y) = 86,867.6 CNY; 250 t/yr × 10 = 2,500 t undiscounted.
        let npv = net * Self.annuity(0.1)
        #expect(isClose(measure.netPresentCost, npv, relative: 1e-9, absolute: 1e-9))
        // NPV / undiscounted t = 86,867.6 / 2,500 = 34.747 CNY/t; PV/PV = 86,867.6 / (250 × 6.1445671) = 56.549.
        #expect(isClose(measure.npvPerUndiscountedTonne, npv / 2500, relative: 1e-9, absolute: 1e-9))
        #expect(isClose(measure.levelisedCost, npv / (250 * Self.annuity(0.1)), relative: 1e-9, absolute: 1e-9))
        // The plan (one measure): the same two figures.
        #expect(isClose(result.costing.netPresentCost, npv, relative: 1e-9, absolute: 1e-9))
        #expect(isClose(result.costing.undiscountedAbatement, 2500, relative: 1e-9, absolute: 1e-9))
        #expect(isClose(result.costing.npvPerUndiscountedTonne, npv / 2500, relative: 1e-9, absolute: 1e-9))
    }

    @Test func privateNPVUsesPrivatePricesAndRate() throws {
        let result = try Self.evaluate()
        let measure = try #require(result.measure("electrify"))
        // Private: CRF(20 %, 10) = 0.2 / (1 − 1.2^−10) = 0.2385228; (100 × 0.2385228 + 2) × 500
        // + energy (−500 × 26 + 500 × 30 = +2,000) = 14,926.14 CNY/yr; × annuity(20 %, 10) 4.1924721
        // = 62,577.3 CNY.
        let crf = 0.2 / (1 - pow(1.2, -10.0))
        let npv = ((100 * crf + 2) * 500 + 2000) * Self.annuity(0.2)
        #expect(isClose(measure.privateNetPresentCost, npv, relative: 1e-9, absolute: 1e-9))
        #expect(isClose(result.costing.privateNetPresentCost, npv, relative: 1e-9, absolute: 1e-9))
        // It differs from the social NPV (other prices, other rate).
        #expect(abs(measure.privateNetPresentCost - measure.netPresentCost) > 1000)
    }

    @Test func conventionFormula() {
        // (100 + 100 / 1.1) / 20 t = 190.909 / 20 = 9.5454545 CNY/t; levelised 190.909 / (10 + 10 / 1.1) = 10.
        #expect(isClose(Costing.npvPerUndiscountedTonne(costs: [100, 100], tonnes: [10, 10], firstYear: 2020, rate: 0.1,
                                                      referenceYear: 2020), (100 + 100 / 1.1) / 20, relative: 1e-12, absolute: 1e-12))
        #expect(isClose(CostMetrics.levelisedCost(costs: [100, 100], tonnes: [10, 10], firstYear: 2020, rate: 0.1,
                                                referenceYear: 2020), 10, relative: 1e-12, absolute: 1e-12))
        #expect(Costing.npvPerUndiscountedTonne(costs: [100], tonnes: [0], firstYear: 2020, rate: 0.1, referenceYear: 2020) == nil)
    }

    @Test func reachedCountsTheStockTheMeasureReaches() throws {
        // Rates 0 (the plain toy example): units = p(t) × before-run fuel GJ = 1 × 1,000 GJ/yr.
        let example = ToyModel.defaultExample + CostingTests.prices
        let model = ToyModel(measuresYAML: CostingTests.measures(basis: "{per: energy.fuel, change: reached}"), example: example)
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        let measure = try #require(result.measure("electrify"))
        // (100 × 0.1 + 2) × 1,000 + 5,000 = 17,000 CNY/yr over 250 t = 68 CNY/t.
        #expect(isClose((measure.costing?.unitsDeployed[2025] ?? .nan), 1000))
        #expect(isClose(measure.costPerTonne, 68))
        #expect(measure.costing?.basis.label == "per energy.fuel (reached)")
        // A sum of quantities of one unit: fuel + electricity GJ before = 1,000 + 0.
        let summed = ToyModel(measuresYAML: CostingTests.measures(basis: "{per: energy.fuel + energy.electricity, change: reached}"),
                              example: example)
        let other = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: summed), model: summed)
        #expect(isClose((other.measure("electrify")?.costing?.unitsDeployed[2025] ?? .nan), 1000))
    }
}
