import ReductionCore
import Testing
import TextileSector
import ThermalPowerSector
import TransportSector
import WasteSortingSector

/// One sector under test: its model, its example plan and the inputs that are its activity
/// (scaled together, they must scale every emission by the same factor).
struct SectorCase: Sendable, CustomTestStringConvertible {
    let model: any SectorModel
    /// True for the inputs that scale with activity (key, model unit).
    let isActivity: @Sendable (_ key: String, _ unit: String) -> Bool
    /// Input keys of indirect factors other than the grid (zeroed with it).
    let otherIndirectFactors: [String]
    /// Plan inputs removed to make indirect emissions location-based (grid factor only) before
    /// the indirect-emission properties are checked.
    var locationBased: [String] = []

    var testDescription: String { model.info.id }

    static let all: [SectorCase] = [
        SectorCase(model: TransportModel(),
                   isActivity: { key, _ in key.hasSuffix(".activity") || key.hasPrefix("fuel-use.") },
                   otherIndirectFactors: ["hydrogen.factor"]),
        SectorCase(model: WasteSortingModel(),
                   isActivity: { key, _ in key == "population" || key.hasPrefix("history.landfilled.") },
                   otherIndirectFactors: []),
        SectorCase(model: ThermalPowerModel(),
                   isActivity: { _, unit in ["MWh", "MW", "GJ"].contains(unit) },
                   otherIndirectFactors: [],
                   // The example declares its coal fleet as the margin of imports; without it, the grid factor.
                   locationBased: ["supply.import-margin-weight"]),
        SectorCase(model: TextileModel(),
                   isActivity: { key, _ in
                       key.hasSuffix(".output") || key.hasSuffix(".other-use") || key == "wastewater.other-volume"
                           || key == "electricity.onsite-pv"
                   },
                   otherIndirectFactors: [Coupling.residualMixFactor, Coupling.heatFactor]),
    ]

    /// The example plan and its input table (made location-based when `locationBased`).
    func example(locationBased: Bool = false) throws -> (plan: Plan, table: InputTable) {
        var plan = try PlanLoader.loadExample(for: model)
        if locationBased { for key in self.locationBased { plan.inputs[key] = nil } }
        return (plan, plan.inputTable())
    }

    /// One BAU run of `table`.
    func run(_ table: InputTable) throws -> ModelOutput {
        try model.compile(table)(table)
    }
}

extension InputTable {
    /// A copy with every year of the keys `pick` selects multiplied by `factor`.
    func scaled(by factor: Double, where pick: (String, String) -> Bool) -> InputTable {
        var copy = self
        for (index, key) in keys.enumerated() where pick(key, units[index]) {
            for offset in 0..<yearCount { copy.values[index * yearCount + offset] *= factor }
        }
        return copy
    }

    /// A copy with `key` set to `value` in every year (unchanged when the table lacks the key).
    func setting(_ key: String, to value: Double) -> InputTable {
        guard let index = index(of: key) else { return self }
        var copy = self
        for offset in 0..<yearCount { copy.values[index * yearCount + offset] = value }
        return copy
    }
}

/// True when `a` and `b` agree within `tolerance` relative (absolute near zero).
func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}
