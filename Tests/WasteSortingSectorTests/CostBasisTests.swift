import Foundation
import Testing
import ReductionCore
import WasteSortingSector

/// Issue 12: waste costs are per t/yr of treatment capacity a route gains.
@Suite("Waste per-tonne-capacity costs")
struct WasteCostBasisTests {
    /// The example city with constant population and per-capita generation, only digestion.
    static func plan(population: Double) throws -> Plan {
        var text = String(decoding: WasteSortingModel().data.example, as: UTF8.self)
        for key in ["population", "generation.per-capita"] {
            let pattern = "(?m)^  \(NSRegularExpression.escapedPattern(for: key)):\\n(    .*\\n)+"
            let value = key == "population" ? "\(population)" : "1.0"
            text = text.replacingOccurrences(of: pattern, with: "  \(key): \(value)\n", options: .regularExpression)
        }
        text = text.replacingOccurrences(of: "measures:\n  use: [all]", with: "measures:\n  use: [food-waste-to-digestion]")
        return try PlanLoader.load(text: text, file: "waste.yaml", model: WasteSortingModel())
    }

    @Test func digestionCapacityByHand() throws {
        let plan = try Self.plan(population: 1_000_000)
        #expect(plan.measures.map(\.id) == ["food-waste-to-digestion"])
        let result = try PlanEvaluator.evaluate(plan, model: WasteSortingModel())
        let digestion = try #require(result.measure("food-waste-to-digestion"))
        // G = 1,000,000 × 1.0 kg/day × 365 / 1000 = 365,000 t; food 55 % = 200,750 t.
        // Digested share 0.08 → 0.43 (p = 1 from 2028): +0.35 × 200,750 = 70,262.5 t/yr deployed.
        #expect(abs((digestion.costing?.unitsDeployed[2035] ?? 0) - 70_262.5) < 1e-6)
        #expect(digestion.costing?.unit == "t/yr")
        // CRF(5 %, 20) = 0.05 × 1.05^20 / (1.05^20 − 1) = 0.0802426; (1,410 × 0.0802426 + 128) × 70,262.5
        // = (113.142 + 128) × 70,262.5 = 16,943,243 CNY/yr (no energy carriers in the waste model).
        let crf = 0.05 * pow(1.05, 20) / (pow(1.05, 20) - 1)
        #expect(abs(crf - 0.0802426) < 1e-7)
        let expected: Double = (1410 * crf + 128) * 70_262.5
        #expect(abs((digestion.annualCost[2035] ?? 0) - expected) < 1e-3)
        #expect(abs((digestion.annualCost[2035] ?? 0) - 16_943_243) < 1)
        // Investment: units rise 25 % a year from 2025 (ramp 4): 1,410 × 70,262.5 / 4 each year to 2028.
        #expect(abs((digestion.costing?.investment[2025] ?? 0) - 1410 * 70_262.5 / 4) < 1e-3)
        #expect(abs((digestion.costing?.cumulativeInvestment ?? 0) - 1410 * 70_262.5) < 1e-3)
    }

    @Test func twiceTheCityTheSameCostPerTonne() throws {
        let small = try PlanEvaluator.evaluate(try Self.plan(population: 1_000_000), model: WasteSortingModel())
        let large = try PlanEvaluator.evaluate(try Self.plan(population: 2_000_000), model: WasteSortingModel())
        let a = try #require(small.measure("food-waste-to-digestion")?.costPerTonne)
        let b = try #require(large.measure("food-waste-to-digestion")?.costPerTonne)
        // History deposits stay as they are, but digestion abates fresh waste only: linear in population.
        #expect(abs(a - b) <= 1e-9 * abs(a))
    }
}
