import Foundation
import Testing
import ReductionCore
import ReductionTestSupport
import ReductionXML

@Suite("Schema 1.2 costing section")
struct CostingReportTests {
    @Test func costingSectionCarriesBasisUnitsAndInvestmentAndReadsBack() throws {
        let measures = ToyModel.electrifyMeasures(basis: "{per: source.grid}")
        let model = ToyModel(measuresYAML: measures)
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        let report = PlanReport(result: result, generator: PlanReport.Generator(name: "toy-plan", version: "0.1.0"),
                                created: ReportTimestamp(secondsSinceEpoch: 1_767_225_600))
        let costing = try #require(report.costing)
        #expect(report.schemaVersion == "1.2")
        // Demand 1,000 GJ, half electrified from 2021: 500 GJ/yr of grid supply × 100 CNY = 50,000 CNY in 2021.
        #expect(costing.measures.map(\.measureID) == ["electrify"])
        #expect(costing.measures[0].basis == "per source.grid" && costing.measures[0].unit == "GJ/yr")
        #expect(costing.measures[0].unitsDeployed.value(in: 2025) == 500)
        #expect(costing.measures[0].investment.value(in: 2021) == 50_000)
        #expect(costing.cumulativeInvestment == ReportQuantity(50_000, "CNY") && costing.year == 2025)
        let bytes = try ReportWriter.bytes(report)
        #expect(try ReportReader.read(bytes) == report)
    }

    /// The toy example with social 10 %, private 20 %, fuel 20 / 26 CNY/GJ, electricity 30 (one basis).
    static func pricedResult() throws -> PlanResult {
        let measures = ToyModel.electrifyMeasures(basis: "{per: source.grid}")
        let example = ToyModel.defaultExample.replacingOccurrences(of: "discountRates: {social: 0, private: 0}",
                                                                   with: "discountRates: {social: 0.1, private: 0.2}")
            .replacingOccurrences(of: "  gwp: AR5\n", with: "  gwp: AR5\n  referenceCarbonPrice: 150\n") + """

        energyPrices:
          fuel: {social: {value: 20, unit: CNY/GJ}, private: {value: 26, unit: CNY/GJ}}
          electricity: {value: 30, unit: CNY/GJ}
        """
        let model = ToyModel(measuresYAML: measures, example: example)
        return try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
    }

    @Test func pricesCarbonPriceEnergyPartAndPrivateNPVAreWrittenAndReadBack() throws {
        let result = try Self.pricedResult()
        let report = PlanReport(result: result, generator: PlanReport.Generator(name: "toy-plan", version: "0.1.0"),
                                created: ReportTimestamp(secondsSinceEpoch: 1_767_225_600))
        let costing = try #require(report.costing)
        // Prices per carrier and basis, CNY/GJ, every report year 2020–2030.
        let prices = costing.energyPrices.map { "\($0.carrier)/\($0.basis)/\($0.fromSocial)" }
        #expect(prices == ["fuel/social/false", "fuel/private/false", "electricity/social/false", "electricity/private/true"])
        #expect(costing.energyPrices[1].values.value(in: 2030) == 26 && costing.energyPrices[1].values.unit == "CNY/GJ")
        #expect(costing.energyPrices[3].values.value(in: 2020) == 30)
        #expect(costing.referenceCarbonPrice == ReportQuantity(150, "CNY/tCO2e"))
        // Energy part at social prices: −500 × 20 + 500 × 30 = +5,000 CNY/yr; at private: −500 × 26 + 500 × 30 = +2,000.
        let measure = try #require(costing.measures.first)
        #expect(measure.energyCost?.value(in: 2025) == 5000)
        #expect(measure.privateEnergyCost.value(in: 2025) == 2000)
        // Private NPV: ((100 × CRF(20 %, 10) + 2) × 500 + 2,000) × annuity(20 %, 10 y) (the core's figure; hand
        // check in CostConventionTests): the report carries the core's value, currency CNY.
        let core = try #require(result.measure("electrify"))
        #expect(measure.privateNetPresentCost == ReportQuantity(core.privateNetPresentCost, "CNY"))
        #expect(costing.privateNetPresentCost == ReportQuantity(result.costing.privateNetPresentCost, "CNY"))
        #expect(costing.npvPerUndiscountedTonne == ReportQuantity(try #require(result.costing.npvPerUndiscountedTonne), "CNY/tCO2e"))
        // Each cost per tonne names its convention.
        let methods = try #require(report.measures.first).costsPerTonne.map(\.method)
        #expect(methods.contains("levelised") && methods.contains("npv-over-undiscounted-tonnes") && methods.contains("annualised"))
        let bytes = try ReportWriter.bytes(report)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<energyPrice unit=\"CNY/GJ\" carrier=\"electricity\" basis=\"private\" fromSocial=\"true\">"))
        #expect(text.contains("convention=\"npv-over-undiscounted-tonnes\""))
        #expect(try ReportReader.read(bytes) == report)
    }

    @Test func aCostingSectionWithoutTheLaterFiguresStillValidatesAndReads() throws {
        let result = try Self.pricedResult()
        var report = PlanReport(result: result, generator: PlanReport.Generator(name: "toy-plan", version: "0.1.0"),
                                created: ReportTimestamp(secondsSinceEpoch: 1_767_225_600))
        // A 1.2 report written before the prices, carbon price, energy part and private NPV were added.
        var costing = try #require(report.costing)
        costing.energyPrices = []
        costing.referenceCarbonPrice = nil
        costing.privateNetPresentCost = nil
        costing.npvPerUndiscountedTonne = nil
        costing.measures = costing.measures.map { var m = $0; m.energyCost = nil; m.privateNetPresentCost = nil; return m }
        report.costing = costing
        let bytes = try ReportWriter.bytes(report)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("<energyPrice"))
        #expect(try ReportReader.read(bytes) == report)
    }
}
