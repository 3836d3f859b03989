import Foundation

/// Where each checked part of a plan is written: the plan file's node for a key path
/// (`inputs.<key>`, `energyPrices.<carrier>`, `inputs`) when the plan was loaded from a
/// file, else the key path alone.
struct PlanLocator: Sendable {
    /// The file name messages carry (nil for a plan built in code).
    var file: String?
    /// Locations of key paths with a node in the file.
    var nodes: [String: SourceLocation] = [:]
    /// The input keys the plan file writes (growth warnings are for these); nil means every input.
    var writtenInputs: Set<String>?

    /// The location of `keyPath`: its node when the file has one, else file and key path.
    func callAsFunction(_ keyPath: String) -> SourceLocation {
        nodes[keyPath] ?? SourceLocation(file: file, keyPath: keyPath)
    }

    /// Locations of a loaded plan's inputs and energy prices.
    init(file: String?, inputNodes: [String: YAMLValue], root: YAMLValue) {
        self.file = file
        writtenInputs = Set(inputNodes.keys)
        for (key, node) in inputNodes { nodes["inputs.\(key)"] = node.location }
        if let inputs = (try? root.optional("inputs")) ?? nil { nodes["inputs"] = inputs.location }
        if let prices = (try? root.optional("energyPrices")) ?? nil, let entries = try? prices.entries() {
            for (carrier, node) in entries { nodes["energyPrices.\(carrier)"] = node.location }
        }
    }

    /// Locations by key path only (a plan built or edited in code).
    init(file: String? = nil) { self.file = file }
}

/// What checking a plan found: the problems that refuse it (in check order) and the
/// warnings a reviewer should see.
struct PlanFindings: Sendable {
    var problems: [PlanError] = []
    var warnings: [String] = []
}

/// Checks a plan against its model: values within their kinds and hard ranges, share groups,
/// measure numbers and years, energy prices and capture sources. Every problem is collected
/// (one per input key, share group, measure number or price): ``check(_:model:locator:)``.
enum PlanValidator {
    /// Checks a loaded plan and throws its first problem (the loader's contract: one error
    /// naming file, line and key path); returns the warnings.
    static func validate(_ plan: Plan, model: some SectorModel, inputNodes: [String: YAMLValue],
                         root: YAMLValue) throws(PlanError) -> [String] {
        let findings = check(plan, model: model, locator: PlanLocator(file: root.file, inputNodes: inputNodes, root: root))
        if let first = findings.problems.first { throw first }
        return findings.warnings
    }

    /// Every problem and warning of `plan`; later checks that need a compiled model are
    /// skipped when the model refuses the inputs (that refusal is the problem reported).
    static func check(_ plan: Plan, model: some SectorModel, locator: PlanLocator) -> PlanFindings {
        var findings = PlanFindings()
        let table = plan.inputTable()
        checkValues(table, model: model, locator: locator, into: &findings)
        checkShareGroups(model.shareGroups, table: table, locator: locator, into: &findings)
        checkLimits(plan, model: model, table: table, locator: locator, into: &findings)
        checkGrowth(plan, locator: locator, into: &findings)
        if findings.problems.isEmpty { checkGrowthRanges(plan, model: model, table: table, locator: locator, into: &findings) }
        checkMeasures(plan, locator: locator, into: &findings)
        for measure in plan.measures {
            for change in measure.changes {
                for key in change.keys where key.contains("*") && table.keys(matching: key).isEmpty {
                    findings.warnings.append("measure '\(measure.id)': no input of this plan matches '\(key)'; that change is skipped")
                }
            }
        }
        let compiled: CompiledModel
        do {
            compiled = try model.compile(table)
        } catch {
            var located = error
            // A model names the input by key path; point at its line in the plan when it has one.
            if located.location.line == nil, let node = locator.nodes[located.location.keyPath] {
                located.location = node
            }
            if located.location.file == nil { located.location.file = locator.file }
            findings.problems.append(located)
            return findings
        }
        if let problem = checkActivity(compiled, table: table, locator: locator) { findings.problems.append(problem) }
        for carrier in plan.energyPrices.keys.sorted() where compiled.layout.carrierIndex(carrier) == nil {
            let known = compiled.layout.carriers.map(\.id).joined(separator: ", ")
            findings.problems.append(PlanError(.unknownKey, "no energy carrier '\(carrier)' (expected one of: \(known))",
                                               at: SourceLocation(file: locator.file, keyPath: "energyPrices.\(carrier)")))
        }
        do {
            _ = try CostModel(measures: plan.measures, layout: compiled.layout, socialPrices: [], privatePrices: [],
                              sector: model.info)
        } catch {
            var located = error
            located.location.file = locator.file
            findings.problems.append(located)
        }
        for measure in plan.measures {
            for case let .capture(source, _, _) in measure.changes {
                guard !compiled.layout.sources.contains(where: { InputSpec.match(pattern: source, $0.id) != nil }) else { continue }
                if source.contains("*") {
                    findings.warnings.append("measure '\(measure.id)': no emission source of this plan matches '\(source)'; that capture is skipped")
                } else {
                    findings.problems.append(PlanError(.unknownKey, "no emission source matches '\(source)'",
                                                       at: SourceLocation(file: locator.file, keyPath: "measures[\(measure.id)]")))
                }
            }
        }
        return findings
    }

    /// Every value finite, within ``PlanLimits/maxMagnitude`` and within its kind (one problem
    /// per key: its first bad year).
    static func checkValues(_ table: InputTable, model: some SectorModel, locator: PlanLocator,
                            into findings: inout PlanFindings) {
        for (index, key) in table.keys.enumerated() {
            let kind = model.spec(for: key)?.kind ?? .any
            for year in table.years {
                let value = table[index, year]
                let problem: (PlanError.Code, String)?
                if !value.isFinite {
                    problem = (.invalidValue, "value for \(year) is not a finite number")
                } else if abs(value) > PlanLimits.maxMagnitude {
                    problem = (.invalidValue, "value for \(year) is \(value), larger than any plan quantity (the limit is ±\(PlanLimits.maxMagnitude))")
                } else if kind == .share, value < -1e-9 || value > 1 + 1e-9 {
                    problem = (.shareOverflow, "a share must be within 0–100 %, found \(value) in \(year)")
                } else if kind == .nonNegative, value < 0 {
                    problem = (.invalidValue, "must not be negative, found \(value) in \(year)")
                } else {
                    problem = nil
                }
                if let (code, message) = problem {
                    findings.problems.append(PlanError(code, message, at: locator("inputs.\(key)")))
                    break
                }
            }
        }
    }

    /// Every group's shares add up to at most 1 (or exactly 1) in every year (one problem per
    /// group instance: its first bad year).
    static func checkShareGroups(_ groups: [ShareGroup], table: InputTable, locator: PlanLocator,
                                 into findings: inout PlanFindings) {
        for group in groups {
            for pattern in expand(group.pattern, table: table) {
                let members = table.keys(matching: pattern).compactMap { table.index(of: $0.key) }
                guard !members.isEmpty else { continue }
                for year in table.years {
                    let sum = members.reduce(0) { $0 + table[$1, year] }
                    // A group that must add up to 100 % may also be all zero (not used in this plan).
                    if sum > 1 + 1e-6 || (group.mustSumToOne && abs(sum - 1) > 1e-6 && sum > 1e-12) {
                        let expectation = group.mustSumToOne ? "add up to 100 %" : "add up to at most 100 %"
                        findings.problems.append(PlanError(.shareOverflow,
                                                           "the shares '\(pattern)' must \(expectation), found \(sum * 100) % in \(year)",
                                                           at: SourceLocation(file: locator.file, keyPath: "inputs.\(pattern)")))
                        break
                    }
                }
            }
        }
    }

    /// Replaces a `{}` segment with each instance the table has.
    static func expand(_ pattern: String, table: InputTable) -> [String] {
        guard pattern.contains("{}") else { return [pattern] }
        let probe = pattern.replacingFirst("{}", with: "*")
        let instances = table.keys(matching: probe.replacingAll("{}", with: "*")).compactMap(\.captures.first)
        var seen = Set<String>()
        return instances.filter { seen.insert($0).inserted }.map { pattern.replacingFirst("{}", with: $0) }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        replacingOccurrences(of: target, with: replacement)
    }
}
