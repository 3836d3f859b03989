import Foundation

/// Checks a decoded plan against its model: values within their kinds, share groups,
/// measure years and keys, energy prices and capture sources.
enum PlanValidator {
    /// Checks `plan` and returns the warnings a reviewer should see (e.g. a catalogue
    /// measure whose key pattern matches nothing in this plan: that change is skipped).
    static func validate(_ plan: Plan, model: some SectorModel, inputNodes: [String: YAMLValue],
                         root: YAMLValue) throws(PlanError) -> [String] {
        var warnings: [String] = []
        let table = plan.inputTable()
        func place(_ key: String) -> SourceLocation {
            inputNodes[key]?.location ?? SourceLocation(file: root.file, keyPath: "inputs.\(key)")
        }
        for (index, key) in table.keys.enumerated() {
            let kind = model.spec(for: key)?.kind ?? .any
            for year in table.years {
                let value = table[index, year]
                guard value.isFinite else {
                    throw PlanError(.invalidValue, "value for \(year) is not a finite number", at: place(key))
                }
                guard abs(value) <= PlanLimits.maxMagnitude else {
                    throw PlanError(.invalidValue, "value for \(year) is \(value), larger than any plan quantity (the limit is ±\(PlanLimits.maxMagnitude))",
                                    at: place(key))
                }
                switch kind {
                case .share where value < -1e-9 || value > 1 + 1e-9:
                    throw PlanError(.shareOverflow, "a share must be within 0–100 %, found \(value) in \(year)", at: place(key))
                case .nonNegative where value < 0:
                    throw PlanError(.invalidValue, "must not be negative, found \(value) in \(year)", at: place(key))
                default: break
                }
            }
        }
        try checkShareGroups(model.shareGroups, table: table, file: root.file)
        warnings += try checkLimits(plan, model: model, table: table, inputNodes: inputNodes, root: root)

        for measure in plan.measures {
            let where_ = SourceLocation(file: root.file, keyPath: "measures[\(measure.id)]")
            guard plan.modelYears.contains(measure.deployment.startYear) else {
                throw PlanError(.yearOutOfRange,
                                "deployment starts in \(measure.deployment.startYear), outside \(plan.modelYears.lowerBound)–\(plan.header.horizon)",
                                at: where_)
            }
            for change in measure.changes {
                for key in change.keys where key.contains("*") && table.keys(matching: key).isEmpty {
                    warnings.append("measure '\(measure.id)': no input of this plan matches '\(key)'; that change is skipped")
                }
            }
        }

        let compiled: CompiledModel
        do {
            compiled = try model.compile(table)
        } catch {
            var located = error
            // A model names the input by key path; point at its line in the plan when it has one.
            if located.location.line == nil, located.location.keyPath.hasPrefix("inputs."),
               let node = inputNodes[String(located.location.keyPath.dropFirst("inputs.".count))] {
                located.location = node.location
            }
            if located.location.file == nil { located.location.file = root.file }
            throw located
        }
        try checkActivity(compiled, table: table, root: root)
        for carrier in plan.energyPrices.keys where compiled.layout.carrierIndex(carrier) == nil {
            let known = compiled.layout.carriers.map(\.id).joined(separator: ", ")
            throw PlanError(.unknownKey, "no energy carrier '\(carrier)' (expected one of: \(known))",
                            at: SourceLocation(file: root.file, keyPath: "energyPrices.\(carrier)"))
        }
        do {
            _ = try CostModel(measures: plan.measures, layout: compiled.layout, socialPrices: [], privatePrices: [],
                              sector: model.info)
        } catch {
            var located = error
            located.location.file = root.file
            throw located
        }
        for measure in plan.measures {
            for case let .capture(source, _, _) in measure.changes {
                let matches = compiled.layout.sources.contains { InputSpec.match(pattern: source, $0.id) != nil }
                if !matches {
                    guard source.contains("*") else {
                        throw PlanError(.unknownKey, "no emission source matches '\(source)'",
                                        at: SourceLocation(file: root.file, keyPath: "measures[\(measure.id)]"))
                    }
                    warnings.append("measure '\(measure.id)': no emission source of this plan matches '\(source)'; that capture is skipped")
                }
            }
        }
        return warnings
    }

    /// Every group's shares add up to at most 1 (or exactly 1) in every year.
    static func checkShareGroups(_ groups: [ShareGroup], table: InputTable, file: String?) throws(PlanError) {
        for group in groups {
            for pattern in expand(group.pattern, table: table) {
                let members = table.keys(matching: pattern).compactMap { table.index(of: $0.key) }
                guard !members.isEmpty else { continue }
                for year in table.years {
                    let sum = members.reduce(0) { $0 + table[$1, year] }
                    // A group that must add up to 100 % may also be all zero (not used in this plan).
                    if sum > 1 + 1e-6 || (group.mustSumToOne && abs(sum - 1) > 1e-6 && sum > 1e-12) {
                        let expectation = group.mustSumToOne ? "add up to 100 %" : "add up to at most 100 %"
                        throw PlanError(.shareOverflow,
                                        "the shares '\(pattern)' must \(expectation), found \(sum * 100) % in \(year)",
                                        at: SourceLocation(file: file, keyPath: "inputs.\(pattern)"))
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
