import ReductionCore
import TransportSector

/// Shared helpers: a model instance, hand-built input tables and small plan texts.
enum Support {
    static let model = TransportModel()

    /// A one-value-per-year table for `years`, with the model's unit for every key.
    static func table(_ values: [String: Double], years: ClosedRange<Int> = 2024...2024) -> InputTable {
        var series: [String: (unit: String, values: [Double])] = [:]
        for (key, value) in values {
            series[key] = (model.spec(for: key)?.unit ?? "", Array(repeating: value, count: years.count))
        }
        return InputTable(years: years, series: series)
    }

    /// Runs the model on a hand-built table.
    static func run(_ values: [String: Double]) throws -> ModelOutput {
        let inputs = table(values)
        let compiled = try model.compile(inputs)
        return compiled(inputs)
    }

    /// Tonnes of `gas` from the source `id` in `year`.
    static func tonnes(_ output: ModelOutput, _ gas: Gas, source id: String, year: Int = 2024) -> Double {
        guard let index = output.layout.sourceIndex(id) else { return .nan }
        return output.tonnes(gas, source: index, year: year)
    }

    /// Total tCO2 over all sources in `year`.
    static func totalCO2(_ output: ModelOutput, year: Int = 2024) -> Double {
        (0..<output.layout.sources.count).reduce(0) { $0 + output.tonnes(.co2, source: $1, year: year) }
    }

    /// A minimal plan header for tests.
    static func header(factorSet: String? = nil, target: Int = 2025, horizon: Int = 2025) -> String {
        """
        plan:
          sector: transport
          title: {en: "Test", zh-Hans: "测试"}
          jurisdiction: {name: {en: "Test City", zh-Hans: "测试市"}, code: "990100"}
          authority: {en: "Test Bureau", zh-Hans: "测试局"}
          baseYear: 2024
          targetYear: \(target)
          horizon: \(horizon)
          gwp: AR5
        \(factorSet.map { "  factorSet: \($0)" } ?? "")
        """
    }

    /// Loads plan text with the transport model.
    static func load(_ text: String) throws(PlanError) -> Plan {
        try PlanLoader.load(text: text, file: "test.yaml", model: model)
    }
}
