public import ReductionCore

extension PlanReport {
    /// The report of an evaluated plan.
    ///
    /// Units: emissions and abatement in tCO2e; money in the plan's currency (`CNY`) at its
    /// price year, annual flows in `CNY/a`, cost per tonne and carbon prices in `CNY/tCO2e`;
    /// gases and pollutants in tonnes; shares, penetrations and discount rates in `1`;
    /// lifetimes and payback in years (`a`). Citations are numbered `ref-1`, `ref-2`, … in
    /// order of first appearance (plan first, then measures in catalogue order).
    ///
    /// - Parameters:
    /// Memo items come from the model's layout (never added to any total), captured CO2 from
    /// capture measures (only for measures that capture something); `excludes` lists only
    /// alternatives that are in the plan (a catalogue alternative the plan left out is not
    /// a measure of the report). With any of these, or an uncertainty section, the report
    /// is schema version 1.1; otherwise 1.0.
    ///
    /// - Parameters:
    ///   - result: what `PlanEvaluator` produced.
    ///   - uncertainty: a Monte Carlo result for the same plan, if one was run.
    ///   - generator: the program writing the report (e.g. `transport-plan`, `0.1.0`).
    ///   - created: the creation time; by default `SOURCE_DATE_EPOCH` or the clock.
    public init(result: PlanResult, uncertainty: UncertaintyResult? = nil, generator: Generator,
                created: ReportTimestamp = ReportTimestamp.current()) {
        let plan = result.plan, header = plan.header
        let currency = header.currency
        var citations: [String] = []
        for citation in plan.references + result.measures.flatMap(\.measure.references)
        where !citations.contains(citation) {
            citations.append(citation)
        }
        let referenceIDs = Dictionary(uniqueKeysWithValues: citations.enumerated().map { ($1, "ref-\($0 + 1)") })
        let positions = Dictionary(result.order.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        let converter = ResultConverter(plan: plan, currency: currency, targetYear: header.targetYear,
                                        measureIDs: Set(result.measures.map(\.id)))
        let memos = result.layout.memos.enumerated().compactMap { index, memo -> Memo? in
            guard index < result.bauMemos.count, index < result.pathwayMemos.count else { return nil }
            let unit = memo.unit.isEmpty ? "1" : memo.unit
            return Memo(id: memo.id, name: memo.name, unit: unit,
                        bau: ResultConverter.series(result.bauMemos[index], unit),
                        pathway: ResultConverter.series(result.pathwayMemos[index], unit))
        }

        self.init(
            header: Header(
                title: header.title,
                jurisdiction: Jurisdiction(name: header.jurisdiction.name, divisionCode: header.jurisdiction.code),
                sector: NamedItem(id: result.sector.id, name: result.sector.name),
                authority: header.authority, preparer: header.preparer,
                baseYear: header.baseYear, targetYear: header.targetYear, horizonYear: header.horizon,
                gwpSet: header.gwp.rawValue, gwpCitation: header.gwp.citation, factorSet: header.factorSet,
                currency: currency, priceYear: header.priceYear,
                discountRates: [DiscountRate(view: "social", rate: header.socialDiscountRate),
                                DiscountRate(view: "private", rate: header.privateDiscountRate)],
                generator: generator, inputsSHA256: plan.inputDigest, created: created),
            inventory: converter.inventory(result.inventory, gwp: header.gwp),
            baseline: ResultConverter.series(result.bau, "tCO2e"),
            orderStable: result.orderStable,
            measures: result.measures.map { converter.measure($0, order: positions[$0.id], references: referenceIDs) },
            macc: MACC(year: result.macc.year, steps: result.macc.steps.map { step in
                MACC.Step(measureID: step.measureID, abatement: ReportQuantity(step.abatement, "tCO2e"),
                          costPerTonne: ReportQuantity(step.costPerTonne, "\(currency)/tCO2e"),
                          cumulativeStart: ReportQuantity(step.cumulativeStart, "tCO2e"))
            }),
            pathway: Pathway(emissions: ResultConverter.series(result.pathway, "tCO2e"),
                             bauPeak: ResultConverter.peak(result.bauPeak), peak: ResultConverter.peak(result.pathwayPeak),
                             targets: result.targets.map(converter.target)),
            references: citations.map { Reference(id: referenceIDs[$0] ?? $0, citation: $0) },
            warnings: result.warnings, memos: memos, breakdown: Breakdown(result),
            uncertainty: uncertainty.map { Uncertainty($0, currency: currency, targetOrder: result.targets.map(\.target.id)) })
        costing = Costing(result)
        boundaries = Boundaries(result)
        decisions = Decisions(result)
        schemaVersion = requiredSchemaVersion
    }
}

/// The unit bookkeeping between core results and report values.
struct ResultConverter {
    let plan: Plan
    let currency: String
    let targetYear: Int
    /// Ids of the measures in the report (`excludes` may only name these).
    let measureIDs: Set<String>

    static func series(_ series: YearSeries, _ unit: String) -> ReportSeries {
        ReportSeries(unit: unit, firstYear: series.firstYear, values: series.values)
    }

    static func peak(_ peak: Peak) -> PlanReport.Peak {
        PlanReport.Peak(year: peak.year, emissions: ReportQuantity(peak.value, "tCO2e"), declinesAfter: peak.declinesAfter)
    }

    static func estimate(_ estimate: Estimate, _ unit: String) -> ReportEstimate {
        ReportEstimate(estimate.value, unit.isEmpty ? "1" : unit, low: estimate.low, high: estimate.high,
                       distribution: estimate.distribution?.rawValue, source: estimate.source)
    }

    func inventory(_ inventory: Inventory, gwp: GWPSet) -> PlanReport.Inventory {
        let sources = inventory.entries.map { entry -> PlanReport.Source in
            let activityUnit = entry.source.activityUnit.isEmpty ? "1" : entry.source.activityUnit
            let gases = Gas.allCases.compactMap { gas -> PlanReport.GasEmission? in
                guard let mass = entry.gases[gas] else { return nil }
                return PlanReport.GasEmission(
                    gas: gas.rawValue, name: gas.name,
                    factor: entry.impliedFactor(gas).map { ReportQuantity($0, "t/\(activityUnit)") },
                    mass: ReportQuantity(mass, "t"), co2e: ReportQuantity(mass * gwp.factor(for: gas), "tCO2e"))
            }
            let pollutants = Pollutant.allCases.compactMap { pollutant in
                entry.pollutants[pollutant].map {
                    PlanReport.PollutantAmount(pollutant: pollutant.rawValue, name: pollutant.name, amount: ReportQuantity($0, "t"))
                }
            }
            return PlanReport.Source(
                id: entry.source.id, name: entry.source.name,
                categories: entry.source.categories.map { PlanReport.Category(scheme: $0.scheme.rawValue, code: $0.code) },
                activity: ReportQuantity(entry.activity, activityUnit), gases: gases, pollutants: pollutants,
                total: ReportQuantity(entry.co2e, "tCO2e"))
        }
        return PlanReport.Inventory(year: inventory.year, sources: sources, total: ReportQuantity(inventory.total, "tCO2e"))
    }

    func measure(_ result: MeasureResult, order: Int?, references: [String: String]) -> PlanReport.Measure {
        let measure = result.measure
        let perTonne = "\(currency)/tCO2e"
        var costs: [PlanReport.CostPerTonne] = []
        if let value = result.costPerTonne {
            costs.append(.init(basis: "interacted", method: "annualised", year: targetYear, value: ReportQuantity(value, perTonne)))
        }
        if let value = result.standaloneCostPerTonne {
            costs.append(.init(basis: "standalone", method: "annualised", year: targetYear, value: ReportQuantity(value, perTonne)))
        }
        if let value = result.levelisedCost {
            costs.append(.init(basis: "interacted", method: "levelised", year: targetYear, value: ReportQuantity(value, perTonne)))
        }
        if let value = result.npvPerUndiscountedTonne {
            costs.append(.init(basis: "interacted", method: CostConvention.npvPerUndiscountedTonne.rawValue, year: targetYear,
                               value: ReportQuantity(value, perTonne)))
        }
        let benefits = Pollutant.allCases.compactMap { pollutant in
            result.pollutantReduction[pollutant].map {
                PlanReport.CoBenefit(pollutant: pollutant.rawValue, name: pollutant.name, year: targetYear,
                                     amount: ReportQuantity($0, "t"))
            }
        }
        return PlanReport.Measure(
            id: measure.id, order: order, inPathway: result.inPathway, excludedBy: result.excludedBy,
            status: measure.status.rawValue, instrument: measure.instrument.rawValue, name: measure.name,
            description: measure.description, changes: measure.changes.map(change),
            deployment: PlanReport.Deployment(
                start: measure.deployment.startYear, rampYears: measure.deployment.rampYears,
                end: measure.deployment.endYear,
                maxPenetration: Self.estimate(measure.deployment.maxPenetration, "1"),
                penetration: Self.series(result.penetration, "1")),
            lifetime: Self.estimate(measure.lifetime, "a"), capex: Self.estimate(measure.capex, currency),
            opex: Self.estimate(measure.opex, "\(currency)/a"), excludes: measure.excludes.filter(measureIDs.contains),
            standaloneAbatement: Self.series(result.standaloneAbatement, "tCO2e"),
            interactedAbatement: Self.series(result.interactedAbatement, "tCO2e"),
            captured: result.captured.values.contains { $0 != 0 } ? Self.series(result.captured, "tCO2") : nil,
            annualCost: Self.series(result.annualCost, "\(currency)/a"), costsPerTonne: costs,
            netPresentCost: ReportQuantity(result.netPresentCost, currency),
            breakEvenPrice: result.breakEvenCarbonPrice.map { ReportQuantity($0, perTonne) },
            simplePayback: result.simplePayback.map { ReportQuantity($0, "a") },
            coBenefits: benefits, references: measure.references.compactMap { references[$0] })
    }

    func change(_ change: InputChange) -> PlanReport.Change {
        typealias Parameter = PlanReport.Parameter
        switch change {
        case let .scale(key, by):
            return .init(kind: "scale", key: key, parameters: [Parameter(name: "by", estimate: Self.estimate(by, "1"))])
        case let .shift(from, to, fraction, ratio):
            return .init(kind: "shift", from: from, to: to, parameters: [
                Parameter(name: "fraction", estimate: Self.estimate(fraction, "1")),
                Parameter(name: "ratio", estimate: Self.estimate(ratio, "1")),
            ])
        case let .shiftAmount(from, to, amount, ratio):
            return .init(kind: "shiftAmount", from: from, to: to, parameters: [
                Parameter(name: "amount", estimate: Self.estimate(amount, unit(of: from))),
                Parameter(name: "ratio", estimate: Self.estimate(ratio, "1")),
            ])
        case let .add(key, amount):
            return .init(kind: "add", key: key,
                         parameters: [Parameter(name: "amount", estimate: Self.estimate(amount, unit(of: key)))])
        case let .grow(key, by):
            return .init(kind: "grow", key: key, parameters: [Parameter(name: "by", estimate: Self.estimate(by, "1"))])
        case let .blend(key, target):
            return .init(kind: "blend", key: key,
                         parameters: [Parameter(name: "target", estimate: Self.estimate(target, unit(of: key)))])
        case let .capture(source, gas, fraction):
            return .init(kind: "capture", source: source, gas: gas.rawValue,
                         parameters: [Parameter(name: "fraction", estimate: Self.estimate(fraction, "1"))])
        }
    }

    /// The model unit of an input key; for a pattern with `*` segments, that of the first
    /// matching key in sorted order; `1` when unknown.
    func unit(of key: String) -> String {
        if let unit = plan.inputUnits[key], !unit.isEmpty { return unit }
        let pattern = key.split(separator: ".", omittingEmptySubsequences: false)
        let match = plan.inputUnits.keys.sorted().first { candidate in
            let parts = candidate.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count == pattern.count && zip(parts, pattern).allSatisfy { $1 == "*" || $0 == $1 }
        }
        return match.flatMap { plan.inputUnits[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? "1"
    }

    func target(_ check: TargetCheck) -> PlanReport.TargetCheck {
        let kind: String, level: ReportQuantity
        switch check.target.kind {
        case let .absoluteCap(value): (kind, level) = ("absoluteCap", ReportQuantity(value, "tCO2e"))
        case let .belowBaseYear(share): (kind, level) = ("belowBaseYear", ReportQuantity(share, "1"))
        case let .intensityPerGDP(share): (kind, level) = ("intensityPerGDP", ReportQuantity(share, "1"))
        case let .intensityPerActivity(share): (kind, level) = ("intensityPerActivity", ReportQuantity(share, "1"))
        }
        let leastCost = check.leastCost.map { selection in
            PlanReport.LeastCost(measureIDs: selection.measureIDs,
                                 marginalCost: selection.marginalCost.map { ReportQuantity($0, "\(currency)/tCO2e") },
                                 annualCost: ReportQuantity(selection.annualCost, "\(currency)/a"),
                                 emissions: ReportQuantity(selection.emissions, "tCO2e"))
        }
        return PlanReport.TargetCheck(
            id: check.target.id, name: check.target.name, kind: kind, year: check.target.year, met: check.met,
            level: level, allowed: ReportQuantity(check.allowedEmissions, "tCO2e"),
            bau: ReportQuantity(check.bauEmissions, "tCO2e"), pathway: ReportQuantity(check.pathwayEmissions, "tCO2e"),
            gap: ReportQuantity(check.gap, "tCO2e"), leastCost: leastCost)
    }
}
