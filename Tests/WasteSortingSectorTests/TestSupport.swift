import ReductionCore
@testable import WasteSortingSector

/// Builds input tables for hand-checked runs: every input at its model default (0 where the
/// model has none), then the given overrides, constant or per year.
enum Fixture {
    static let model = WasteSortingModel()

    static func table(years: ClosedRange<Int> = 2020...2020, _ constants: [String: Double],
                      perYear: [String: [Int: Double]] = [:]) -> InputTable {
        var series: [String: (unit: String, values: [Double])] = [:]
        for spec in model.inputSpecs where !spec.key.contains("*") {
            let value = constants[spec.key] ?? spec.defaultValue ?? 0
            series[spec.key] = (spec.unit, Array(repeating: value, count: years.count))
        }
        for (key, values) in perYear {
            for (year, value) in values { series[key]?.values[year - years.lowerBound] = value }
        }
        return InputTable(years: years, series: series)
    }

    /// Inputs sending `tonnes` of one waste type per year to one residual route
    /// (population 1,000 × 1000/365 kg/person/day = `tonnes`).
    static func stream(_ tonnes: Double, composition: [WasteType: Double],
                       route: ResidualRoute = .incinerationEnergy) -> [String: Double] {
        var inputs: [String: Double] = [WasteKey.population: tonnes, WasteKey.perCapita: 1000.0 / 365.0,
                                        WasteKey.route(route): 1]
        for (type, share) in composition { inputs[WasteKey.composition(type)] = share }
        return inputs
    }

    static func run(_ table: InputTable) throws -> ModelOutput {
        try model.compile(table)(table)
    }

    static func source(_ source: WasteLayout.Source) -> Int { source.rawValue }
    static func memo(_ memo: WasteLayout.Memo) -> Int { memo.rawValue }
}

