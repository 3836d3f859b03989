public import ReductionCore
public import ReductionReport
public import ReductionXML

/// The tables of an official report, in the order the workbook shows them: the same values
/// the XML carries (full precision), laid out for planners, with headers in `language`.
///
/// Every tabular output (``Workbook``, ``CSVTables``) is a rendering of these tables, so a
/// number never differs between the XML, the workbook and the CSV files.
public struct ReportTables: Sendable {
    /// The report the tables show.
    public var report: PlanReport
    /// The language of headers, names and yes/no words.
    public var language: Language

    /// Tables for `report` in `language`.
    public init(report: PlanReport, language: Language) {
        self.report = report
        self.language = language
    }

    func t(_ text: UIText) -> String { text.text(language) }
    func name(_ name: LocalizedName) -> ReportTable.Cell { .text(name.text(language)) }

    /// Every table with at least one row, in workbook order.
    public var all: [ReportTable] {
        [header, inventory, pathway, sources, macc, measures, parameters, measureYears, coBenefits, targets,
         memos, uncertainty, references].compactMap { $0 }.filter { !$0.rows.isEmpty }
    }

    /// Who, where, which years and conventions, as field/value pairs.
    public var header: ReportTable {
        let h = report.header
        var rows: [[ReportTable.Cell]] = [
            [.text(t(.plan)), name(h.title)],
            [.text(t(.jurisdiction)), name(h.jurisdiction.name)],
            [.text("division_code"), .text(h.jurisdiction.divisionCode)],
            [.text(t(.sector)), name(h.sector.name)],
            [.text("authority"), name(h.authority)],
            [.text("base_year"), .integer(h.baseYear)],
            [.text("target_year"), .integer(h.targetYear)],
            [.text("horizon_year"), .integer(h.horizonYear)],
            [.text(t(.gwpSet)), .text("\(h.gwpSet) — \(h.gwpCitation)")],
            [.text(t(.factorSet)), .text(h.factorSet)],
            [.text("currency"), .text("\(h.currency) (\(h.priceYear))")],
        ]
        for rate in h.discountRates { rows.append([.text("discount_rate_\(rate.view)"), .number(rate.rate)]) }
        rows += [[.text("generator"), .text("\(h.generator.name) \(h.generator.version)")],
                 [.text("inputs_sha256"), .text(h.inputsSHA256)],
                 [.text("created"), .text(h.created.description)],
                 [.text("schema_version"), .text(report.schemaVersion)]]
        return ReportTable(id: "plan", title: t(.sheetHeader),
                           columns: [.init(t(.field)), .init(t(.value), .scientific)], rows: rows)
    }

    /// The base-year inventory: one row per source and gas, then the source total.
    public var inventory: ReportTable {
        let inventory = report.inventory
        var rows: [[ReportTable.Cell]] = []
        for source in inventory.sources {
            let code = source.categories.first { $0.scheme == "IPCC2006" }?.code
            rows.append([.text(source.id), name(source.name), .optional(code), .number(source.activity.value),
                         .text(source.activity.unit), .text(t(.total)), .empty, .empty,
                         .number(source.total.value),
                         inventory.total.value > 0 ? .number(source.total.value / inventory.total.value) : .empty])
            for gas in source.gases where gas.co2e.value != 0 || gas.mass.value != 0 {
                rows.append([.text(source.id), name(source.name), .optional(code), .empty, .empty, .text(gas.gas),
                             .optional(gas.factor?.value), .number(gas.mass.value), .number(gas.co2e.value), .empty])
            }
        }
        rows.append([.empty, .text(t(.total)), .empty, .empty, .empty, .empty, .empty, .empty,
                     .number(inventory.total.value), .empty])
        return ReportTable(id: "inventory", title: "\(t(.sheetInventory)) \(inventory.year)", columns: [
            .init(t(.identifier)), .init(t(.source)), .init("\(t(.category)) (IPCC 2006)"),
            .init(t(.activity), .decimals(0)), .init(t(.unit)), .init("Gas"), .init(t(.factor), .scientific),
            .init("\(t(.mass)) (t)", .decimals(3)), .init("\(t(.emissions)) (tCO2e)", .decimals(0)),
            .init(t(.share), .percent),
        ], rows: rows)
    }

    /// BAU and pathway emissions by year, with the reduction and its share.
    public var pathway: ReportTable {
        let unit = report.baseline.unit
        let rows: [[ReportTable.Cell]] = report.baseline.points.map { point in
            let plan = report.pathway.emissions.value(in: point.year)
            let cut = plan.map { point.value - $0 }
            return [.integer(point.year), .number(point.value), .optional(plan), .optional(cut),
                    cut.flatMap { point.value > 0 ? .number($0 / point.value) : nil } ?? .empty]
        }
        return ReportTable(id: "pathway", title: t(.sheetPathway), columns: [
            .init(t(.year), .integer), .init("\(t(.bau)) (\(unit))", .decimals(0)),
            .init("\(t(.pathway)) (\(unit))", .decimals(0)), .init("\(t(.reduction)) (\(unit))", .decimals(0)),
            .init(t(.share), .percent),
        ], rows: rows)
    }

    /// BAU and pathway emissions by source and year (the 1.1 breakdown), long format:
    /// one row per source and year, with the source's boundary (direct or indirect).
    public var sources: ReportTable? {
        guard let breakdown = report.breakdown else { return nil }
        var rows: [[ReportTable.Cell]] = []
        for flow in breakdown.sources {
            let boundary = Self.isIndirect(flow) ? t(.indirect) : t(.direct)
            for point in flow.bau.points {
                rows.append([.optional(flow.id), name(flow.name), .text(boundary), .integer(point.year),
                             .number(point.value), .optional(flow.pathway.value(in: point.year))])
            }
        }
        let unit = breakdown.sources.first?.bau.unit ?? "tCO2e"
        return ReportTable(id: "sources", title: t(.sheetSources), columns: [
            .init(t(.identifier)), .init(t(.source)), .init(t(.boundary)), .init(t(.year), .integer),
            .init("\(t(.bau)) (\(unit))", .decimals(1)), .init("\(t(.pathway)) (\(unit))", .decimals(1)),
        ], rows: rows)
    }

    /// Purchased electricity and heat (indirect) versus territorial (direct) sources: every
    /// sector names its purchased-energy sources `electricity.<user>` or `heat.<user>`.
    static func isIndirect(_ flow: PlanReport.Flow) -> Bool {
        let id = flow.id ?? ""
        return id.hasPrefix("electricity.") || id.hasPrefix("heat.")
    }

    /// The MACC for its year: rank, measure, cost per tonne, abatement, cumulative edges.
    public var macc: ReportTable {
        let macc = report.macc
        let currency = macc.steps.first?.costPerTonne.unit ?? "\(report.header.currency)/tCO2e"
        let rows: [[ReportTable.Cell]] = macc.steps.enumerated().map { rank, step in
            [.integer(rank + 1), .text(step.measureID), .text(measureName(step.measureID)),
             .number(step.costPerTonne.value), .number(step.abatement.value), .number(step.cumulativeStart.value),
             .number(step.cumulativeStart.value + step.abatement.value)]
        }
        return ReportTable(id: "macc-\(macc.year)", title: "\(t(.sheetMACC)) \(macc.year)", columns: [
            .init(t(.rank), .integer), .init(t(.identifier)), .init(t(.measure)),
            .init("\(t(.costPerTonne)) (\(currency))", .decimals(1)), .init("\(t(.abatement)) (tCO2e)", .decimals(0)),
            .init("\(t(.cumulativeStart)) (tCO2e)", .decimals(0)), .init("\(t(.cumulative)) (tCO2e)", .decimals(0)),
        ], rows: rows)
    }

    /// The measure's name in the report's language, or its id when it is not in the report.
    func measureName(_ id: String) -> String {
        report.measures.first { $0.id == id }?.name.text(language) ?? id
    }

    /// Memo items by year: reported beside the inventory, never added to it.
    public var memos: ReportTable {
        var rows: [[ReportTable.Cell]] = []
        for memo in report.memos {
            for point in memo.bau.points {
                rows.append([.text(memo.id), name(memo.name), .text(memo.unit), .integer(point.year),
                             .number(point.value), .optional(memo.pathway.value(in: point.year))])
            }
        }
        return ReportTable(id: "memos", title: t(.sheetMemos), columns: [
            .init(t(.identifier)), .init(t(.memo)), .init(t(.unit)), .init(t(.year), .integer),
            .init(t(.bau), .decimals(3)), .init(t(.pathway), .decimals(3)),
        ], rows: rows)
    }

    /// The documents the plan and its measures cite.
    public var references: ReportTable {
        ReportTable(id: "references", title: t(.references), columns: [.init(t(.identifier)), .init(t(.sources))],
                    rows: report.references.map { [.text($0.id), .text($0.citation)] })
    }
}
