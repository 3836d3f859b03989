import ReductionTestSupport
import Foundation
import ReductionCore
import Testing
@testable import WasteSortingSector

/// Issue 17 item 5: factor set `ipcc2019-temperate-wet` gives the 2019 Refinement's
/// type-specific DOCf (food and garden 0.7, paper and textiles 0.5, wood 0.1) instead of the
/// single 2006 default 0.5.
@Suite struct TypeSpecificDOCfTests {
    /// Landfill CH4 (all sites) of one year.
    static func landfillCH4(_ output: ModelOutput, year: Int) -> Double {
        output.tonnes(.ch4NonFossil, source: Fixture.source(.landfillManaged), year: year)
            + output.tonnes(.ch4NonFossil, source: Fixture.source(.landfillUnmanaged), year: year)
    }

    /// Fixture.table plus keys the model declares only as patterns (`waste.*.docf`).
    static func table(years: ClosedRange<Int> = 2020...2020, _ constants: [String: Double],
                      extra: [String: Double]) -> InputTable {
        var series: [String: (unit: String, values: [Double])] = [:]
        for spec in Fixture.model.inputSpecs where !spec.key.contains("*") {
            series[spec.key] = (spec.unit, Array(repeating: constants[spec.key] ?? spec.defaultValue ?? 0, count: years.count))
        }
        for (key, value) in extra { series[key] = ("share", Array(repeating: value, count: years.count)) }
        return InputTable(years: years, series: series)
    }

    @Test func foodDOCfByHand() throws {
        // 1,000 t/yr of food to an anaerobic landfill (MCF 1) from 2020; no decay in the deposit year.
        // 2021: DDOCm(2020) = 1000 × 0.15 × DOCf × 1; decomposed = DDOCm × (1 − e^(−k)), CH4 = × 0.5 × 16/12.
        let stream = Fixture.stream(1000, composition: [.food: 1], route: .landfillAnaerobic)
        let common = Fixture.table(years: 2020...2022, stream)
        let specific = Self.table(years: 2020...2022, stream, extra: [WasteKey.docf(.food): 0.7])
        let k = try #require(Fixture.model.spec(for: WasteKey.decayRate(.food))?.defaultValue)
        let expected2021 = 1000 * 0.15 * 0.7 * 1 * (1 - exp(-k)) * 0.5 * 16 / 12
        let run = try Fixture.run(specific), base = try Fixture.run(common)
        #expect(isClose(Self.landfillCH4(run, year: 2021), expected2021))
        // Linear in DOCf: 0.7 / 0.5 = 1.4 in every year.
        for year in 2021...2022 {
            #expect(isClose(Self.landfillCH4(run, year: year), 1.4 * Self.landfillCH4(base, year: year)))
        }
    }

    @Test func docfOnANonDegradableTypeIsRefused() throws {
        let inputs = Fixture.stream(1000, composition: [.plastics: 1], route: .landfillAnaerobic)
        let table = Self.table(inputs, extra: ["waste.plastics.docf": 0.5])
        #expect(throws: PlanError.self) { _ = try Fixture.model.compile(table) }
    }

    /// The example plan under another factor set, with extra input lines.
    static func example(factorSet: String, extra: String = "") throws -> PlanResult {
        let model = Fixture.model
        let text = String(decoding: model.data.example, as: UTF8.self)
            .replacingOccurrences(of: "factorSet: ipcc2006-temperate-wet", with: "factorSet: \(factorSet)")
            .replacingOccurrences(of: "\ninputs:\n", with: "\ninputs:\n" + extra)
        return try PlanEvaluator.evaluate(try PlanLoader.load(text: text, file: "example.yaml", model: model), model: model)
    }

    @Test func exampleBaselineAndDigestion() throws {
        let old = try Self.example(factorSet: "ipcc2006-temperate-wet")
        let new = try Self.example(factorSet: "ipcc2019-temperate-wet")
        #expect(new.plan.header.factorSet == "ipcc2019-temperate-wet")
        // Landfill CH4 is linear in each type's DOCf, and 2019 differs from 2006 (0.5 for all) only for
        // food (0.7) and wood (0.1). So the 2019 base-year inventory = 2006 + (food at 0.7 − 2006) +
        // (wood at 0.1 − 2006), each term from its own run of the 2006 set.
        let food = try Self.example(factorSet: "ipcc2006-temperate-wet", extra: "  waste.food.docf: 0.7\n")
        let wood = try Self.example(factorSet: "ipcc2006-temperate-wet", extra: "  waste.wood.docf: 0.1\n")
        let sum = old.inventory.total + (food.inventory.total - old.inventory.total) + (wood.inventory.total - old.inventory.total)
        #expect(isClose(new.inventory.total, sum, relative: 1e-9))
        // Base-year inventory +15.00 % (issue 17: "about 15 %").
        let baseline = new.inventory.total / old.inventory.total - 1
        #expect(abs(baseline - 0.150046) < 1e-5, "baseline \(baseline): \(old.inventory.total) → \(new.inventory.total)")
        // Food-waste digestion in the target year +42.16 % (issue 17: "about 42 %"): the landfill CH4 it
        // avoids rises with food's DOCf 0.5 → 0.7 (× 1.4) while digestion's own CH4 does not change, so
        // the net abatement rises by a little more than 40 %.
        let year = old.plan.header.targetYear
        let digestionOld = try #require(old.measure("food-waste-to-digestion")).standaloneAbatement[year] ?? .nan
        let digestionNew = try #require(new.measure("food-waste-to-digestion")).standaloneAbatement[year] ?? .nan
        let digestion = digestionNew / digestionOld - 1
        #expect(abs(digestion - 0.421637) < 1e-5, "digestion \(digestion): \(digestionOld) → \(digestionNew) in \(year)")
    }
}
