import Testing
@testable import ReductionCore

/// Six independent sources like the benchmark's synthetic model: source s emits
/// `activity × intensity × ((1 − e) × fuel factor + e × grid factor)` of CO2 and a little NOx,
/// uses fuel and electricity, and its activity is its energy. Three forms of one model, which
/// must give the same bits: all years in one pass (the general ordering, a full run per
/// candidate), year by year (target-year ordering, every candidate re-scored at every step) and
/// year by year with declared components (target-year ordering with score reuse).
struct SourcesModel: SectorModel {
    enum Form: String, CaseIterable, Sendable { case allYears, yearByYear, components }
    static let sources = 6
    var form: Form
    var measures: String
    var example: String

    var info: SectorInfo {
        SectorInfo(id: "sources", name: LocalizedName("Sources", "排放源"), activityName: LocalizedName("Energy", "能源"), activityUnit: "GJ")
    }
    var inputSpecs: [InputSpec] {
        [InputSpec("source.*.activity", unit: "GJ", name: LocalizedName("Activity", "活动")),
         InputSpec("source.*.intensity", unit: "share", name: LocalizedName("Intensity", "强度")),
         InputSpec("source.*.factor", unit: "tCO2/GJ", name: LocalizedName("Fuel factor", "燃料因子")),
         InputSpec("source.*.electric", unit: "share", name: LocalizedName("Electric share", "电气化率"), kind: .share),
         InputSpec("grid.factor", unit: "tCO2/GJ", name: LocalizedName("Grid factor", "电网因子"))]
    }
    var data: SectorData {
        SectorData(measures: Array(measures.utf8),
                   factors: Array("default: none\nsets:\n  none:\n    name: {en: None, zh-Hans: 无}\n    inputs: {}\n".utf8),
                   example: Array(example.utf8))
    }

    func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        var rows: [[Int]] = []
        for s in 0..<Self.sources {
            let keys = ["activity", "intensity", "factor", "electric"].compactMap { inputs.index(of: "source.s\(s).\($0)") }
            guard keys.count == 4 else { throw PlanError(.missingKey, "source s\(s) incomplete") }
            rows.append(keys)
        }
        guard let grid = inputs.index(of: "grid.factor") else { throw PlanError(.missingKey, "grid.factor") }
        let layout = OutputLayout(
            sources: (0..<Self.sources).map {
                EmissionSource(id: "s\($0)", name: LocalizedName("s\($0)", "s\($0)"), categories: [CategoryCode(.ipcc2006, "1.A")], activityUnit: "GJ")
            },
            carriers: [EnergyCarrier(id: "fuel", name: LocalizedName("Fuel", "燃料")),
                       EnergyCarrier(id: "electricity", name: LocalizedName("Electricity", "电力"))])
        let resolved = rows
        let body: @Sendable (InputTable, inout ModelOutput, Range<Int>) -> Void = { table, out, offsets in
            for (source, row) in resolved.enumerated() {
                for offset in offsets {
                    let energy = table[row[0], offset: offset] * table[row[1], offset: offset]
                    let electric = table[row[3], offset: offset]
                    let fuel = energy * (1 - electric), power = energy * electric
                    out.addEmission(fuel * table[row[2], offset: offset] + power * table[grid, offset: offset],
                                    of: .co2, source: source, offset: offset)
                    out.addPollutant(fuel * 1e-4, of: .nox, source: source, offset: offset)
                    out.addSourceActivity(energy, source: source, offset: offset)
                    out.addEnergy(fuel, carrier: 0, offset: offset)
                    out.addEnergy(power, carrier: 1, offset: offset)
                    out.addActivity(energy, offset: offset)
                }
            }
        }
        switch form {
        case .allYears:
            return CompiledModel(layout: layout) { table, out in body(table, &out, 0..<table.yearCount) }
        case .yearByYear:
            return CompiledModel(layout: layout, yearByYear: body)
        case .components:
            var model = CompiledModel(layout: layout, yearByYear: body)
            var owner = [Int](repeating: -1, count: inputs.keys.count)
            for (source, keys) in rows.enumerated() { for key in keys { owner[key] = source } }
            model.components = ModelComponents(count: Self.sources, inputComponent: owner, sourceComponent: Array(0..<Self.sources))
            return model
        }
    }

    /// A pseudo-random catalogue (`seed`): cuts and electrification of one source, shifts between
    /// two, captures, a grid-factor cut (a shared row: touches every component), per-unit bases on
    /// a shared row, one source's activity and a `reached` basis, and a committed measure that
    /// raises emissions. Costs, effects and penetrations are ranged.
    static func catalogue(seed: Int, count: Int = 24) -> String {
        var random = CounterRandom(seed: 29, draw: UInt64(seed))
        var text = "measures:\n"
        for m in 0..<count {
            let s = Int(random.uniform() * Double(sources)), other = (s + 1) % sources
            let kind = Int(random.uniform() * 9)
            let by = -0.05 - 0.3 * random.uniform()
            let change = switch kind {
            case 0, 1, 2: "{scale: {key: source.s\(s).intensity, by: {value: \(by), low: \(by - 0.05), high: \(by + 0.04)}}}"
            case 3, 4: "{blend: {key: source.s\(s).electric, target: {value: 0.6, low: 0.4, high: 0.8}}}"
            case 5: "{shift: {from: source.s\(s).electric, to: source.s\(other).electric, fraction: {value: 0.3, low: 0.1, high: 0.5}}}"
            case 6: "{capture: {source: s\(s), gas: CO2, fraction: {value: 0.5, low: 0.3, high: 0.7}}}"
            case 7: "{scale: {key: grid.factor, by: {value: -0.1, low: -0.2, high: -0.05}}}"
            default: "{scale: {key: source.s\(s).intensity, by: 0.05}}"
            }
            let basis = switch Int(random.uniform() * 6) {
            case 0: "    basis: {per: energy.electricity}\n"
            case 1: "    basis: {per: source.s\(s)}\n"
            case 2: "    basis: {per: energy.fuel, change: reached}\n"
            default: ""
            }
            let unitScale = basis.isEmpty ? 1.0 : 1e-3
            let capex = (0.5 + random.uniform() * 5) * 1e6 * unitScale
            let opex = (random.uniform() - 0.6) * 2e5 * unitScale
            text += """
              - id: m\(m < 10 ? "0" : "")\(m)
                name: {en: m\(m), zh-Hans: m\(m)}
                changes: [\(change)]
                deployment: {start: \(2021 + Int(random.uniform() * 7)), ramp: \(1 + Int(random.uniform() * 4)), max: {value: 0.8, low: 0.6, high: 1.0}}
                lifetime: 15
                capex: {value: \(capex), low: \(capex * 0.8), high: \(capex * 1.3)}
                opex: {value: \(opex), low: \(opex - abs(opex) * 0.5), high: \(opex + abs(opex) * 0.5)}

            """ + basis + (kind == 8 ? "    committed: true\n" : "")
        }
        return text
    }

    static var plan: String {
        var text = """
        plan:
          sector: sources
          title: {en: Sources, zh-Hans: 排放源}
          jurisdiction: {name: {en: Nowhere, zh-Hans: 无}, code: "000000"}
          authority: {en: Test, zh-Hans: 测试}
          baseYear: 2020
          targetYear: 2030
          horizon: 2040
          discountRates:
            social: {value: 0.05, low: 0.03, high: 0.08}
            private: {value: 0.08, low: 0.06, high: 0.12}
        energyPrices:
          fuel: {value: 60, low: 45, high: 80}
          electricity: {social: {value: 150, low: 110, high: 190}, private: {value: 180, low: 140, high: 230}}
        targets:
          - {year: 2030, belowBaseYear: 0.2}
        inputs:
          grid.factor: {value: 0.15, low: 0.12, high: 0.18}

        """
        for s in 0..<sources {
            text += "  source.s\(s).activity: {base: \(1_000_000 + s * 50_000), growth: 0.02}\n"
            text += "  source.s\(s).intensity: 1\n"
            text += "  source.s\(s).factor: {value: 0.07\(s), low: 0.06, high: 0.09}\n"
            text += "  source.s\(s).electric: 0.1\n"
        }
        return text
    }
}

/// The result as text with sorted dictionaries (NaN percentiles compare equal as text).
func canonical(_ r: UncertaintyResult) -> String {
    func sorted<V>(_ d: [some Comparable: V]) -> String { String(describing: d.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) }
    return [String(describing: r.measures), String(describing: r.pathwayEmissions), sorted(r.peakYearDistribution),
            sorted(r.targetProbabilities), sorted(r.drawnByKind), String(describing: r.sensitivity),
            String(describing: r.correlations), "\(r.draws) \(r.seed) \(r.mode)"].joined(separator: "|")
}

@Suite("Ordering at the target year with declared components: the fast path gives the general path's bits")
struct ComponentOrderingTests {
    static func model(_ form: SourcesModel.Form, seed: Int) -> SourcesModel {
        SourcesModel(form: form, measures: SourcesModel.catalogue(seed: seed), example: SourcesModel.plan)
    }

    @Test("footprints: one source or two (a shift); none (everything) for the shared grid factor or a `reached` basis")
    func footprints() throws {
        let model = Self.model(.components, seed: 1)
        let evaluator = try PlanEvaluator(plan: try PlanLoader.loadExample(for: model), model: model)
        let components = try #require(evaluator.model.components)
        var kinds = Set<String>()
        for (index, measure) in evaluator.plan.measures.enumerated() {
            let reached = evaluator.costs.entries[index].reached
            let footprint = components.footprint(of: evaluator.measures[index], unitsFromLevel: reached)
            let text = String(describing: measure.changes)
            if text.contains("grid.factor") || reached {
                #expect(footprint == nil, "\(measure.id): \(text)")
                kinds.insert("all")
            } else {
                // A shift names two sources' rows, anything else one source.
                let expected = text.contains("shift") ? 2 : 1
                #expect(footprint?.nonzeroBitCount == expected, "\(measure.id): \(text)")
                kinds.insert("\(expected)")
            }
        }
        #expect(kinds == ["all", "1", "2"], "the catalogue of seed 1 has every kind")
    }

    @Test("central evaluation: the same result with components, year by year and all years at once", arguments: 0..<8)
    func centralEvaluation(seed: Int) throws {
        let results = try SourcesModel.Form.allCases.map { form in
            let model = Self.model(form, seed: seed)
            var result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
            // The count of model runs is what differs: fewer scoring runs with reuse, one full
            // run per candidate without a year-by-year run.
            result.decisions.modelRuns = 0
            return result
        }
        #expect(results[0] == results[1], "seed \(seed): year by year differs from all years")
        #expect(results[1] == results[2], "seed \(seed): components differ from year by year")
    }

    @Test("re-decide: the same draws with components, year by year and through the general path", arguments: 0..<3)
    func redecideDraws(seed: Int) throws {
        let results = try SourcesModel.Form.allCases.map { form in
            let model = Self.model(form, seed: seed)
            let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model, mode: .reDecide)
            return canonical(engine.run(draws: 100, seed: UInt64(seed + 1), threads: 2))
        }
        #expect(results[0] == results[1], "seed \(seed): target-year ordering differs from the general path")
        #expect(results[1] == results[2], "seed \(seed): score reuse differs from re-scoring every candidate")
    }

    @Test("re-decide with components: the same bytes on 1, 2 and 4 threads")
    func threads() throws {
        let model = Self.model(.components, seed: 5)
        let engine = try UncertaintyEngine(plan: try PlanLoader.loadExample(for: model), model: model, mode: .reDecide)
        let runs = [1, 2, 4].map { canonical(engine.run(draws: 120, seed: 9, threads: $0)) }
        #expect(Set(runs).count == 1)
    }

    @Test("score reuse scores fewer candidates than re-scoring all: 24 measures on 6 sources")
    func fewerRuns() throws {
        func runs(_ form: SourcesModel.Form) throws -> Int {
            let model = Self.model(form, seed: 2)
            let evaluator = try PlanEvaluator(plan: try PlanLoader.loadExample(for: model), model: model)
            var cache = RunCache()
            let bau = evaluator.model(evaluator.baseTable)
            _ = evaluator.pathwayOrder(Array(evaluator.plan.measures.indices), bau: bau, cache: &cache)
            return cache.runs
        }
        // Without reuse a pathway of k chosen out of 24 makes 24 + 23 + … + (24 − k + 1) scoring runs.
        let reused = try runs(.components), everyCandidate = try runs(.yearByYear)
        #expect(reused < everyCandidate)
    }
}
