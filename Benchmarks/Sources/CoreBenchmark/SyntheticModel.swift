import ReductionCore

/// A synthetic sector for benchmarking: 12 sources over 41 years, each
/// `activity × intensity × ((1 − electric share) × fuel factor + electric share × grid factor)`,
/// and 50 measures with ranges on effect, penetration, capex and savings; energy prices (both
/// bases) and discount rates are ranged too. All numbers are synthetic (benchmark only).
struct SyntheticModel: SectorModel {
    static let sourceCount = 12
    static let measureCount = 50
    /// Whether the compiled model declares its 12 sources as independent components.
    var declaresComponents = true

    var info: SectorInfo {
        SectorInfo(id: "synthetic", name: LocalizedName("Synthetic", "合成"),
                   activityName: LocalizedName("Activity", "活动"), activityUnit: "GJ")
    }

    var inputSpecs: [InputSpec] {
        [
            InputSpec("source.*.activity", unit: "GJ", name: LocalizedName("Activity", "活动")),
            InputSpec("source.*.intensity", unit: "share", name: LocalizedName("Intensity", "强度")),
            InputSpec("source.*.factor", unit: "tCO2/GJ", name: LocalizedName("Fuel factor", "燃料因子")),
            InputSpec("source.*.electric", unit: "share", name: LocalizedName("Electric share", "电气化率"), kind: .share),
            InputSpec("grid.factor", unit: "tCO2/GJ", name: LocalizedName("Grid factor", "电网因子")),
        ]
    }

    var data: SectorData {
        SectorData(measures: Array(Self.measures.utf8), factors: Array(Self.factors.utf8), example: Array(Self.example.utf8))
    }

    func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        let ids = (0..<Self.sourceCount).map { "s\($0)" }
        var rows: [(Int, Int, Int, Int)] = []
        for id in ids {
            guard let a = inputs.index(of: "source.\(id).activity"), let i = inputs.index(of: "source.\(id).intensity"),
                  let f = inputs.index(of: "source.\(id).factor"), let e = inputs.index(of: "source.\(id).electric") else {
                throw PlanError(.missingKey, "synthetic source \(id) incomplete")
            }
            rows.append((a, i, f, e))
        }
        guard let grid = inputs.index(of: "grid.factor") else { throw PlanError(.missingKey, "grid.factor") }
        let layout = OutputLayout(
            sources: ids.map { EmissionSource(id: $0, name: LocalizedName($0, $0), categories: [CategoryCode(.ipcc2006, "1.A")], activityUnit: "GJ") },
            carriers: [EnergyCarrier(id: "fuel", name: LocalizedName("Fuel", "燃料")),
                       EnergyCarrier(id: "electricity", name: LocalizedName("Electricity", "电力"))])
        let years = inputs.years.count
        let resolved = rows
        var model = CompiledModel(layout: layout, yearByYear: { table, out, offsets in
            table.values.withUnsafeBufferPointer { v in
                for (source, row) in resolved.enumerated() {
                    for offset in offsets {
                        let energy = v[row.0 * years + offset] * v[row.1 * years + offset]
                        let electric = v[row.3 * years + offset]
                        let fuel = energy * (1 - electric), power = energy * electric
                        out.addEmission(fuel * v[row.2 * years + offset] + power * v[grid * years + offset],
                                        of: .co2, source: source, offset: offset)
                        out.addEnergy(fuel, carrier: 0, offset: offset)
                        out.addEnergy(power, carrier: 1, offset: offset)
                    }
                }
            }
        })
        if declaresComponents {
            // Each source reads only its own four rows and the shared grid factor.
            var owner = [Int](repeating: -1, count: inputs.keys.count)
            for (source, row) in rows.enumerated() { for key in [row.0, row.1, row.2, row.3] { owner[key] = source } }
            model.components = ModelComponents(count: ids.count, inputComponent: owner, sourceComponent: Array(ids.indices))
        }
        return model
    }

    static let factors = """
    default: base
    sets:
      base:
        name: {en: Base, zh-Hans: 基础}
        inputs:
          grid.factor: {value: 0.15, low: 0.12, high: 0.18}
    """

    static var example: String {
        var text = """
        plan:
          sector: synthetic
          title: {en: Synthetic, zh-Hans: 合成}
          jurisdiction: {name: {en: Nowhere, zh-Hans: 无}, code: "000000"}
          authority: {en: Bench, zh-Hans: 基准}
          baseYear: 2020
          targetYear: 2030
          horizon: 2060
          discountRates:
            social: {value: 0.05, low: 0.03, high: 0.08}
            private: {value: 0.08, low: 0.06, high: 0.12}
        energyPrices:
          fuel: {value: 60, low: 45, high: 80}
          electricity: {social: {value: 150, low: 110, high: 190}, private: {value: 180, low: 140, high: 230}}
        targets:
          - {year: 2030, belowBaseYear: 0.2}
        inputs:

        """
        for s in 0..<sourceCount {
            text += "  source.s\(s).activity: {base: \(1_000_000 + s * 50_000), growth: 0.02}\n"
            text += "  source.s\(s).intensity: 1\n"
            text += "  source.s\(s).factor: {value: 0.07\(s % 10), low: 0.06, high: 0.09}\n"
            text += "  source.s\(s).electric: 0.1\n"
        }
        return text
    }

    static var measures: String {
        var text = "measures:\n"
        for m in 0..<measureCount {
            let s = m % sourceCount
            let change = m % 2 == 0
                ? "{scale: {key: source.s\(s).intensity, by: {value: -0.\(10 + m % 20), low: -0.\(20 + m % 20), high: -0.0\(5 + m % 5)}}}"
                : "{shift: {from: source.s\(s).electric, to: source.s\((s + 1) % sourceCount).electric, fraction: {value: 0.3, low: 0.1, high: 0.5}}}"
            let change2 = m % 2 == 0 ? change : "{blend: {key: source.s\(s).electric, target: {value: 0.6, low: 0.4, high: 0.8}}}"
            text += """
              - id: m\(m)
                name: {en: Measure \(m), zh-Hans: 措施\(m)}
                changes: [\(change2)]
                deployment: {start: \(2021 + m % 8), ramp: \(1 + m % 5), max: {value: 0.8, low: 0.6, high: 1.0}}
                lifetime: 15
                capex: {value: \(1_000_000 * (1 + m % 7)), low: \(800_000 * (1 + m % 7)), high: \(1_300_000 * (1 + m % 7))}
                opex: {value: -\(50_000 * (1 + m % 3)), low: -\(80_000 * (1 + m % 3)), high: -\(20_000 * (1 + m % 3))}

            """
        }
        return text
    }
}
