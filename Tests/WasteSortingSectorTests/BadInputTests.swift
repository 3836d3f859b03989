import Testing
import ReductionCore
@testable import WasteSortingSector

/// Bad plan input gives a typed error naming the key, never a crash.
struct BadInputTests {
    static let header = """
    plan:
      sector: waste
      title: {en: Test, zh-Hans: 测试}
      jurisdiction: {name: {en: Test City, zh-Hans: 测试市}, code: "110000"}
      authority: {en: Test bureau, zh-Hans: 测试局}
      baseYear: 2023
      targetYear: 2030
      horizon: 2035
    measures: {use: [food-waste-to-digestion]}
    inputs:
      population: 1000000
      generation.per-capita: 1.0
      route.incineration-energy.share: 0.6
      route.landfill-anaerobic.share: 0.4
      route.landfill-semi-aerobic.share: 0
      route.dump-deep.share: 0
      route.dump-shallow.share: 0
      route.incineration.share: 0
      route.open-burning.share: 0
      composition.garden.share: 0
      composition.paper.share: 0.2
      composition.wood.share: 0
      composition.textiles.share: 0
      composition.plastics.share: 0.1
      composition.rubber-leather.share: 0
      composition.glass.share: 0
      composition.metal.share: 0
      composition.other.share: 0.1

    """

    static func load(_ extra: String) throws(PlanError) -> Plan {
        try PlanLoader.load(text: header + extra, file: "bad.yaml", model: WasteSortingModel())
    }

    @Test func aGoodPlanLoads() throws {
        let plan = try Self.load("  composition.food.share: 0.6\n")
        let result = try PlanEvaluator.evaluate(plan, model: WasteSortingModel())
        #expect(result.inventory.total > 0)
    }

    @Test func compositionMustAddUpToOne() {
        #expect {
            try Self.load("  composition.food.share: 0.5\n")
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == .shareOverflow && error.location.keyPath == "inputs.composition.*.share"
                && error.message.contains("90")
        }
    }

    @Test func negativePopulationIsNamed() {
        #expect {
            try PlanLoader.load(text: Self.header.replacingOccurrences(of: "population: 1000000", with: "population: -5")
                                + "  composition.food.share: 0.6\n", file: "bad.yaml", model: WasteSortingModel())
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == .invalidValue && error.location.keyPath.contains("population")
        }
    }

    @Test func misspelledKeyIsNamed() {
        #expect {
            try Self.load("  composition.food.share: 0.6\n  composition.foood.share: 0.1\n")
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == .unknownKey && error.message.contains("composition.foood.share")
        }
    }

    @Test func shareAboveOneIsRejected() {
        #expect {
            try Self.load("  composition.food.share: 0.6\n  landfill.gas-collection: 1.5\n")
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == .shareOverflow && error.location.keyPath.contains("landfill.gas-collection")
        }
    }

    @Test func historyAfterTheHorizonIsRejected() {
        #expect {
            try Self.load("  composition.food.share: 0.6\n  history.last-year: 2040\n")
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == .yearOutOfRange && error.location.keyPath == "inputs.history.last-year"
        }
    }

    @Test func missingRouteIsNamed() {
        #expect {
            try PlanLoader.load(text: Self.header.replacingOccurrences(of: "  route.open-burning.share: 0\n", with: "")
                                + "  composition.food.share: 0.6\n", file: "bad.yaml", model: WasteSortingModel())
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == .missingKey && error.message.contains("route.open-burning.share")
        }
    }

    @Test func historyWithoutHistoricalYearsIsRejected() {
        // A constant history deposit cannot reach back before the base year: the error says how to write it.
        #expect {
            try Self.load("  composition.food.share: 0.6\n  history.last-year: 2022\n  history.landfilled.anaerobic: 500000\n")
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == .yearOutOfRange && error.location.keyPath == "inputs.history.last-year"
                && error.message.contains("values by year")
        }
    }

    @Test func separateSharesOfOneTypeAddUpToAtMostOne() {
        // 70 % of food to digestion and 50 % to composting is 120 % of the food waste.
        #expect {
            try Self.load("  composition.food.share: 0.6\n  sorted.food.digestion: 0.7\n  sorted.food.composting: 0.5\n")
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == .shareOverflow && error.location.keyPath == "inputs.sorted.food.*"
        }
    }
}
