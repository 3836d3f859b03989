import Foundation
import Testing
import ReductionTestSupport
@testable import ReductionCore

/// Issue 16 item 1: a growth rate may carry a range, written like any other ranged number.
@Suite("Ranged growth rates: plan syntax, central expansion, validation")
struct GrowthRangeDecodingTests {
    /// The toy plan with `demand` written as `spec` (line 12 of the file).
    static func plan(demand spec: String, extra: String = "") -> String {
        ToyModel.defaultExample.replacingAll("  demand: 1000", with: "  demand: \(spec)") + extra
    }

    static func load(_ text: String) throws -> Plan {
        try PlanLoader.load(text: text, file: "growth.yaml", model: ToyModel())
    }

    static func failure(_ text: String) -> PlanError? {
        do {
            _ = try load(text)
            return nil
        } catch let error as PlanError {
            return error
        } catch {
            return nil
        }
    }

    @Test("growth: {value, low, high} decodes to a ranged rate; the central series is byte-identical to a plain rate")
    func singleRate() throws {
        let ranged = try Self.load(Self.plan(demand: "{base: 1000, growth: {value: 0.03, low: 0.01, high: 0.05, source: \"test\"}}"))
        let plain = try Self.load(Self.plan(demand: "{base: 1000, growth: 0.03}"))
        let growth = try #require(ranged.inputs["demand"]?.growth)
        #expect(growth == [SeriesSpec.GrowthPeriod(until: Int.max, rate: Estimate(0.03, low: 0.01, high: 0.05, source: "test"))])
        #expect(growth[0].rate.isRanged)
        // The series expands from the central 0.03: 1,000 × 1.03^5 = 1,159.274 in 2025, exactly as before.
        #expect(ranged.inputTable().values == plain.inputTable().values)
        let table = ranged.inputTable()
        let demand = try #require(table.index(of: "demand"))
        #expect(isClose(table[demand, 2025], 1159.2740743))
    }

    @Test("each period's rate may carry a range: rate: {value, low, high}")
    func periodRates() throws {
        let text = Self.plan(demand: "{base: 1000, growth: [{until: 2025, rate: {value: 0.04, low: 0.02, high: 0.06}}, {until: 2030, rate: 0.01}]}")
        let growth = try #require(try Self.load(text).inputs["demand"]?.growth)
        #expect(growth.map(\.until) == [2025, 2030])
        #expect(growth[0].rate == Estimate(0.04, low: 0.02, high: 0.06) && growth[1].rate == Estimate(0.01))
        // 2030: 1,000 × 1.04^5 × 1.01^5 = 1,216.6529 × 1.0510101 = 1,278.7144.
        let table = try Self.load(text).inputTable()
        let demand = try #require(table.index(of: "demand"))
        #expect(isClose(table[demand, 2030], 1278.7144279, relative: 1e-9))
    }

    /// Bad ranged rates: the message, its key path and line 12 (the `demand` line).
    static let badRates: [(spec: String, keyPath: String, message: String)] = [
        ("{base: 1000, growth: {value: 0.03, low: 0.04, high: 0.05}}", "inputs.demand.growth", "low (0.04) is above value (0.03)"),
        ("{base: 1000, growth: {value: 0.03, low: 0.01, high: 0.02}}", "inputs.demand.growth", "high (0.02) is below value (0.03)"),
        ("{base: 1000, growth: {value: 0.03, low: -1.5, high: 0.05}}", "inputs.demand.growth.low",
         "a growth rate must be above -1 (-100 %), found -1.5"),
        ("{base: 1000, growth: {value: 0.03, low: 0.01, high: 4}}", "inputs.demand.growth.high",
         "a growth rate is a fraction per year within -1…1: 4.0 means +400.0 % a year; write 0.04 for 4 %"),
        ("{base: 1000, growth: {value: .nan, low: 0.01, high: 0.05}}", "inputs.demand.growth.value", "expected a finite number, found '.nan'"),
        ("{base: 1000, growth: {value: 0.03, lo: 0.01}}", "inputs.demand.growth.lo",
         "unknown key 'lo' (expected one of: distribution, high, low, note, source, value)"),
        ("{base: 1000, growth: [{until: 2030, rate: {value: 0.04, low: 0.05, high: 0.06}}]}", "inputs.demand.growth[0].rate",
         "low (0.05) is above value (0.04)"),
    ]

    @Test("a bad ranged rate is a typed error naming file, line and key", arguments: badRates)
    func badRate(_ bad: (spec: String, keyPath: String, message: String)) throws {
        let error = try #require(Self.failure(Self.plan(demand: bad.spec)))
        #expect(error.code == .invalidValue || error.code == .unknownKey)
        #expect(error.message == bad.message)
        #expect(error.location.file == "growth.yaml" && error.location.line == 12)
        #expect(error.location.keyPath == bad.keyPath)
    }

    @Test("a ranged rate where growth is not drawn (GDP) is refused, not silently left undrawn; an energy price's is drawn")
    func gdpGrowthRangeRefused() throws {
        let text = ToyModel.defaultExample.replacingAll("  gwp: AR5\n", with: "  gwp: AR5\n  gdp: {base: 1.0e4, growth: {value: 0.05, low: 0.03, high: 0.07}}\n")
        let error = try #require(Self.failure(text))
        #expect(error.code == .invalidValue && error.location.keyPath == "plan.gdp.growth")
        #expect(error.message == "a growth rate with a range (a mapping) is drawn for plan inputs and energy prices only; write this rate as a plain number")
        // An energy price's growth may carry a range (UncertaintyPriceGrowthTests); a plain rate is fine, as before.
        let ranged = try Self.load(Self.plan(demand: "1000", extra: "\nenergyPrices:\n  fuel: {base: 50, growth: {value: 0.02, low: 0, high: 0.04}}\n"))
        #expect(ranged.energyPrices["fuel"]?.growth == [.init(until: Int.max, rate: Estimate(0.02, low: 0, high: 0.04))])
        #expect(Self.failure(Self.plan(demand: "1000", extra: "\nenergyPrices:\n  fuel: {base: 50, growth: 0.02}\n")) == nil)
    }

    @Test("a plan edited in code with a growth range below −100 % or around the wrong value fails validation")
    func validationInCode() throws {
        var plan = try Self.load(Self.plan(demand: "{base: 1000, growth: 0.03}"))
        plan.inputs["demand"]?.growth = [.init(until: Int.max, rate: Estimate(0.03, low: -2, high: 0.05))]
        let problems = plan.validate(against: ToyModel())
        #expect(problems.map(\.message) == ["a growth rate must be a finite fraction above -1 (-100 %) and at most 1 (+100 %) a year, found -2.0"])
        #expect(problems.first?.location.keyPath == "inputs.demand.growth")
        plan.inputs["demand"]?.growth = [.init(until: 2025, rate: 0.03), .init(until: 2030, rate: Estimate(0.03, low: 0.04, high: 0.05))]
        let second = plan.validate(against: ToyModel())
        #expect(second.map(\.message) == ["low (0.04) is above value (0.03)"])
        #expect(second.first?.location.keyPath == "inputs.demand.growth[1]")
        #expect(throws: PlanError.self) { try PlanEvaluator(plan: plan, model: ToyModel()) }
    }

    @Test("a growth range that would take a share above 100 % is refused; a share-group member is renormalised instead")
    func growthRangeWithinLimits() throws {
        // 0.5 × 1.1^t: 1.1^7 = 1.949, 1.1^8 = 2.144, so the high end passes 1 in 2028 (0.5 × 2.144 = 1.072);
        // the central 0.5 × 1.05^10 = 0.814 is a valid share.
        let text = Self.plan(demand: "1000\n  share.electric: {base: 0.5, growth: {value: 0.05, low: 0, high: 0.1}}")
        let error = try #require(Self.failure(text))
        #expect(error.code == .invalidValue && error.location.keyPath == "inputs.share.electric" && error.location.line == 13)
        #expect(error.message.hasPrefix("with its growth at the high end of its range, 1.07"))
        #expect(error.message.hasSuffix(" share in 2028 is outside the possible range 0–1 share; narrow the growth range"))
        // Within 100 % at both ends (0.5 × 1.05^10 = 0.814): accepted.
        #expect(Self.failure(Self.plan(demand: "1000\n  share.electric: {base: 0.5, growth: {value: 0.02, low: 0, high: 0.05}}")) == nil)
        // extra.*.share is a share group: its draws are renormalised, so the high end (0.5 × 1.1^10 = 1.30) is allowed.
        #expect(Self.failure(Self.plan(demand: "1000\n  extra.a.share: {base: 0.5, growth: {value: 0.02, low: 0, high: 0.1}}")) == nil)
    }

    @Test("a ranged rate codes as an estimate, a plain one as a number, and both read back")
    func coding() throws {
        let spec = SeriesSpec(base: Estimate(1000), growth: [.init(until: 2025, rate: Estimate(0.04, low: 0.02, high: 0.06)),
                                                             .init(until: 2030, rate: 0.01)])
        let data = try JSONEncoder().encode(spec)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"rate\":0.01") && text.contains("\"high\":0.06"))
        #expect(try JSONDecoder().decode(SeriesSpec.self, from: data) == spec)
    }
}
