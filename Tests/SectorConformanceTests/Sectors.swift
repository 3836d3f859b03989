import ReductionCore
import Testing

/// One sector under test: its registered profile (model, activity inputs, indirect factors).
///
/// ``all`` is every sector library this target depends on, listed by the `SectorRegistry`
/// build plugin from `Package.swift` (`registeredSectors`): a sector added as a row there is
/// checked here without editing this suite.
struct SectorCase: Sendable, CustomTestStringConvertible {
    let profile: SectorProfile

    var model: any SectorModel { profile.model }
    /// True for the inputs that scale with activity (key, model unit).
    var isActivity: @Sendable (_ key: String, _ unit: String) -> Bool { profile.isActivity }
    /// Input keys of indirect factors other than the grid (zeroed with it).
    var otherIndirectFactors: [String] { profile.otherIndirectFactors }
    /// Plan inputs removed to make indirect emissions location-based (grid factor only) before
    /// the indirect-emission properties are checked.
    var locationBased: [String] { profile.locationBased }

    var testDescription: String { model.info.id }

    static let all: [SectorCase] = registeredSectors.map(SectorCase.init(profile:))

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

