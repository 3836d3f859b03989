public import ReductionReport
internal import ReductionXML

extension ReportTables {
    /// One row per measure: status, deployment, costs (capex/opex with sources, cost per
    /// tonne by basis, net present cost), break-even price and payback.
    public var measures: ReportTable {
        let bases = costColumns
        var rows: [[ReportTable.Cell]] = []
        for measure in report.measures {
            var row: [ReportTable.Cell] = [
                .text(measure.id), name(measure.name), .flag(measure.inPathway), .optional(measure.order.map(Double.init)),
                .optional(measure.excludedBy.map(measureName)), .text(measure.status), .text(measure.instrument),
                .integer(measure.deployment.start), .integer(measure.deployment.rampYears),
                .number(measure.deployment.maxPenetration.value), .number(measure.lifetime.value),
                .number(measure.capex.value), .text(measure.capex.unit), .optional(measure.capex.source),
                .number(measure.opex.value), .text(measure.opex.unit), .optional(measure.opex.source),
            ]
            for basis in bases {
                let cost = measure.costsPerTonne.first { $0.basis == basis.basis && $0.method == basis.method && $0.year == basis.year }
                row.append(.optional(cost?.value.value))
            }
            row += [.number(measure.netPresentCost.value), .optional(measure.breakEvenPrice?.value),
                    .optional(measure.simplePayback?.value)]
            rows.append(row)
        }
        let currency = report.header.currency
        var columns: [ReportTable.Column] = [
            .init(t(.identifier)), .init(t(.measure)), .init(t(.inPathway)), .init(t(.order), .integer),
            .init(t(.excludedBy)), .init(t(.status)), .init(t(.instrument)), .init(t(.start), .integer),
            .init(t(.rampYears), .integer), .init(t(.penetration), .percent), .init("\(t(.lifetime)) (a)", .decimals(0)),
            .init(t(.capex), .decimals(2)), .init("\(t(.capex)) \(t(.unit))"), .init("\(t(.capex)) \(t(.sources))"),
            .init(t(.opex), .decimals(2)), .init("\(t(.opex)) \(t(.unit))"), .init("\(t(.opex)) \(t(.sources))"),
        ]
        columns += bases.map { .init("\(t(.costPerTonne)) \($0.basis)/\($0.method) \($0.year) (\(currency)/tCO2e)", .decimals(1)) }
        columns += [.init("\(t(.netPresentCost)) (\(currency))", .decimals(0)),
                    .init("\(t(.breakEven)) (\(currency)/tCO2e)", .decimals(1)), .init("\(t(.payback)) (a)", .decimals(1))]
        return ReportTable(id: "measures", title: t(.sheetMeasures), columns: columns, rows: rows)
    }

    /// The distinct (basis, method, year) combinations of cost per tonne, in first-seen order.
    var costColumns: [(basis: String, method: String, year: Int)] {
        var seen: [(basis: String, method: String, year: Int)] = []
        for cost in report.measures.flatMap(\.costsPerTonne)
        where !seen.contains(where: { $0.basis == cost.basis && $0.method == cost.method && $0.year == cost.year }) {
            seen.append((cost.basis, cost.method, cost.year))
        }
        return seen
    }

    /// Every parameter of every measure's input changes, with its range and source.
    public var parameters: ReportTable {
        var rows: [[ReportTable.Cell]] = []
        for measure in report.measures {
            for change in measure.changes {
                let target = [change.key, change.from.map { "from \($0)" }, change.to.map { "to \($0)" },
                              change.source, change.gas].compactMap { $0 }.joined(separator: " ")
                for parameter in change.parameters {
                    let e = parameter.estimate
                    rows.append([.text(measure.id), .text(change.kind), .text(target), .text(parameter.name),
                                 .number(e.value), .text(e.unit), .optional(e.low), .optional(e.high),
                                 .optional(e.distribution), .optional(e.source)])
                }
            }
            for (label, e) in [("lifetime", measure.lifetime), ("capex", measure.capex), ("opex", measure.opex),
                               ("maxPenetration", measure.deployment.maxPenetration)] {
                rows.append([.text(measure.id), .text("cost"), .empty, .text(label), .number(e.value), .text(e.unit),
                             .optional(e.low), .optional(e.high), .optional(e.distribution), .optional(e.source)])
            }
        }
        return ReportTable(id: "parameters", title: t(.sheetParameters), columns: [
            .init(t(.identifier)), .init(t(.change)), .init(t(.key)), .init(t(.parameter)),
            .init(t(.value), .scientific), .init(t(.unit)), .init(t(.low), .scientific), .init(t(.high), .scientific),
            .init(t(.distribution)), .init(t(.sources)),
        ], rows: rows)
    }

    /// Per measure and year: penetration, standalone and interacted abatement, annual cost
    /// (and captured CO2 where a measure captures).
    public var measureYears: ReportTable {
        var rows: [[ReportTable.Cell]] = []
        for measure in report.measures {
            for point in measure.interactedAbatement.points {
                rows.append([.text(measure.id), .integer(point.year),
                             .optional(measure.deployment.penetration.value(in: point.year)),
                             .optional(measure.standaloneAbatement.value(in: point.year)), .number(point.value),
                             .optional(measure.captured?.value(in: point.year)),
                             .optional(measure.annualCost.value(in: point.year))])
            }
        }
        return ReportTable(id: "measure-years", title: t(.sheetMeasureYears), columns: [
            .init(t(.identifier)), .init(t(.year), .integer), .init(t(.penetration), .percent),
            .init("\(t(.standalone)) (tCO2e)", .decimals(0)), .init("\(t(.interacted)) (tCO2e)", .decimals(0)),
            .init("\(t(.captured)) (tCO2)", .decimals(0)),
            .init("\(t(.annualCost)) (\(report.header.currency))", .decimals(0)),
        ], rows: rows)
    }

    /// Air-pollutant co-benefits of each measure.
    public var coBenefits: ReportTable {
        var rows: [[ReportTable.Cell]] = []
        for measure in report.measures {
            for benefit in measure.coBenefits {
                rows.append([.text(measure.id), name(measure.name), .text(benefit.pollutant), .integer(benefit.year),
                             .number(benefit.amount.value), .text(benefit.amount.unit)])
            }
        }
        return ReportTable(id: "co-benefits", title: t(.sheetCoBenefits), columns: [
            .init(t(.identifier)), .init(t(.measure)), .init(t(.pollutant)), .init(t(.year), .integer),
            .init(t(.cut), .decimals(3)), .init(t(.unit)),
        ], rows: rows)
    }

    /// Target checks with their least-cost measure sets.
    public var targets: ReportTable {
        let rows: [[ReportTable.Cell]] = report.pathway.targets.map { check in
            let names = check.leastCost?.measureIDs.map(measureName).joined(separator: "; ")
            return [.text(check.id), check.name.map(name) ?? .text(check.id), .text(check.kind), .integer(check.year),
                    .flag(check.met), .number(check.level.value), .text(check.level.unit), .number(check.allowed.value),
                    .number(check.bau.value), .number(check.pathway.value), .number(check.gap.value), .optional(names),
                    .optional(check.leastCost?.marginalCost?.value), .optional(check.leastCost?.annualCost.value)]
        }
        let currency = report.header.currency
        return ReportTable(id: "targets", title: t(.sheetTargets), columns: [
            .init(t(.identifier)), .init(t(.target)), .init(t(.kind)), .init(t(.year), .integer), .init(t(.met)),
            .init(t(.level), .scientific), .init(t(.unit)), .init("\(t(.allowed)) (tCO2e)", .decimals(0)),
            .init("\(t(.bau)) (tCO2e)", .decimals(0)), .init("\(t(.pathway)) (tCO2e)", .decimals(0)),
            .init("\(t(.gap)) (tCO2e)", .decimals(0)), .init(t(.leastCost)),
            .init("\(t(.marginalCost)) (\(currency)/tCO2e)", .decimals(1)),
            .init("\(t(.annualCost)) (\(currency))", .decimals(0)),
        ], rows: rows)
    }

    /// The Monte Carlo section: per-measure 5th/50th/95th percentiles and probabilities.
    public var uncertainty: ReportTable? {
        guard let u = report.uncertainty else { return nil }
        let rows: [[ReportTable.Cell]] = u.measures.map { spread in
            [.text(spread.measureID), .text(measureName(spread.measureID)),
             .optional(spread.abatement?.p5), .optional(spread.abatement?.p50), .optional(spread.abatement?.p95),
             .optional(spread.costPerTonne?.p5), .optional(spread.costPerTonne?.p50), .optional(spread.costPerTonne?.p95),
             .number(spread.probabilitySavesMoney), .number(spread.probabilityKeepsRank), .number(spread.probabilityBelowPrice)]
        }
        let cost = "\(report.header.currency)/tCO2e"
        return ReportTable(id: "uncertainty", title: "\(t(.sheetUncertainty)) \(u.targetYear)", columns: [
            .init(t(.identifier)), .init(t(.measure)),
            .init("\(t(.abatement)) P5 (tCO2e)", .decimals(0)), .init("\(t(.abatement)) P50 (tCO2e)", .decimals(0)),
            .init("\(t(.abatement)) P95 (tCO2e)", .decimals(0)), .init("\(t(.costPerTonne)) P5 (\(cost))", .decimals(1)),
            .init("\(t(.costPerTonne)) P50 (\(cost))", .decimals(1)), .init("\(t(.costPerTonne)) P95 (\(cost))", .decimals(1)),
            .init(t(.probabilitySaves), .percent), .init(t(.probabilityRank), .percent),
            .init("\(t(.probabilityBelow)) \(NumberFormat.grouped(u.referencePrice.value)) \(u.referencePrice.unit)", .percent),
        ], rows: rows)
    }
}
