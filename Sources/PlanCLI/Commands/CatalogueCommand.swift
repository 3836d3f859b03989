internal import ArgumentParser
public import ReductionCore

/// `catalogue`: the sector's measures with their parameters and sources, and its factor sets.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue", abstract: "List the measure catalogue with parameters and sources.")

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: "Also print every number's source.")
    var sources = false

    func run() throws {
        let context = try PlanTool.current()
        let language = try common.resolvedLanguage()
        let model = try common.model(context)
        do {
            var listing = CatalogueListing(catalogue: try Catalogue(model: model), language: language)
            listing.quantities = try Costing.basisQuantities(of: model)
            printOutput(listing.render(withSources: sources), terminator: "")
        } catch {
            throw fail(error)
        }
    }
}

/// The catalogue as text tables.
public struct CatalogueListing: Sendable {
    /// The decoded catalogue to list.
    public var catalogue: Catalogue
    /// The language of headings and names.
    public var language: Language
    /// The model quantities measure costs may be given per (`Costing/basisQuantities(of:)`);
    /// listed after the measures, with the bases every model offers, unless nil.
    public var quantities: [ModelQuantity]? = nil

    /// Creates a listing of `catalogue` in `language`.
    public init(catalogue: Catalogue, language: Language) {
        self.catalogue = catalogue
        self.language = language
    }

    /// Measures (and, with `withSources`, the source of each number), then factor sets.
    public func render(withSources: Bool = false) -> String {
        let t = { (text: UIText) in text.text(language) }
        var table = TextTable(headers: ["id", t(.measure), t(.instrument), t(.deployment), t(.lifetime),
                                        language == .simplifiedChinese ? "成本基准" : "Cost basis", t(.capex), t(.opex)],
                              rightAligned: [4, 6, 7])
        for row in measureRows() { table.append(row) }
        var out = "\(t(.catalogue)) (\(catalogue.measures.count))\n" + table.render()
        out += quantityTable()
        if withSources {
            out += "\n\(t(.sources))\n"
            for measure in catalogue.measures {
                out += "  \(measure.id):\n"
                for (label, estimate) in measure.labelledEstimates {
                    out += "    \(label): \(estimate.source ?? "–")\n"
                }
                for (index, change) in measure.changes.enumerated() {
                    out += "    changes[\(index)] = \(describe(change))\n"
                }
                for reference in measure.references { out += "    ref: \(reference)\n" }
            }
        }
        out += "\n\(t(.factorSets))\n"
        for set in catalogue.factorSets {
            let mark = set.id == catalogue.defaultFactorSet ? " *" : ""
            out += "  \(set.id)\(mark): \(set.name.text(language)) — \(set.reference ?? "") (\(set.inputs.count) inputs)\n"
        }
        if withSources { out += rangedCounts() }
        return out
    }

    /// The ranged numbers `report --draws` draws from the catalogue, by kind, and per factor set.
    func rangedCounts() -> String {
        let zh = language == .simplifiedChinese
        let kinds = catalogue.rangedNumbersByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        var out = (zh ? "\n带范围的数（--draws 时抽样）按类别: " : "\nRanged numbers (drawn with --draws) by kind: ")
            + (kinds.isEmpty ? "–" : kinds.joined(separator: ", ")) + "\n"
        for set in catalogue.factorSets {
            let growth = catalogue.rangedGrowthRates(in: set.id)
            out += (zh ? "  因子集 " : "  factor set ") + "\(set.id): factor \(catalogue.rangedFactors(in: set.id))"
                + (growth > 0 ? ", growth \(growth)" : "") + "\n"
        }
        out += zh ? "  另加规划自身带范围的输入、增长率、能源价格（社会与私人）及其增长率（price-growth）、贴现率和参考碳价。\n"
                  : "  Plus the plan's own ranged inputs, growth rates, energy prices (social and private) and their growth\n"
                    + "  rates (price-growth), discount rates and reference carbon price.\n"
        return out
    }

    /// One row per measure: id, name, instrument, deployment, lifetime, cost basis, capex, opex.
    func measureRows() -> [[String]] {
        catalogue.measures.map { measure in
            let d = measure.deployment
            // Per-unit costs can be fractions of a yuan (per pkm/yr): show 3 decimals below 10.
            let decimals = max(abs(measure.capex.value), abs(measure.opex.value)) < 10 ? 3 : 0
            return [measure.id, measure.name.text(language), measure.instrument.rawValue,
                    "\(d.startYear)+\(d.rampYears)y ≤\(NumberFormat.percent(d.maxPenetration.value))",
                    range(measure.lifetime, decimals: 0), measure.basis.label,
                    range(measure.capex, decimals: decimals), range(measure.opex, decimals: decimals)]
        }
    }

    /// One row per model quantity: id, unit, meaning.
    func quantityRows() -> [[String]] {
        (quantities ?? []).map { [$0.id, $0.unit, $0.name.text(language)] }
    }

    /// The model quantities a `basis: {per: …}` may name, with unit and meaning.
    func quantityTable() -> String {
        guard let quantities else { return "" }
        let zh = language == .simplifiedChinese
        var table = TextTable(headers: ["id", zh ? "单位" : "Unit", zh ? "含义" : "Meaning"])
        for row in quantityRows() { table.append(row) }
        let rendered = quantities.isEmpty ? "" : table.render()
        let also = zh
            ? "另可按 energy、energy.<能源品种>（GJ/年）、activity、source.<排放源>、memo.<备忘项> 计价；"
                + "basis: project 为不随城市规模变化的单一项目总价。"
            : "Also: energy, energy.<carrier> (GJ/yr), activity, source.<source id>, memo.<memo id>; "
                + "basis: project is a lump sum for one project that does not follow the city's size."
        return "\n" + (zh ? "成本基准可用的模型量" : "Model quantities a cost basis may name") + " (\(quantities.count))\n"
            + rendered + also + "\n"
    }

    func range(_ estimate: Estimate, decimals: Int) -> String {
        let central = NumberFormat.grouped(estimate.value, decimals: decimals)
        guard let low = estimate.low, let high = estimate.high else { return central }
        return "\(central) (\(NumberFormat.grouped(low, decimals: decimals))–\(NumberFormat.grouped(high, decimals: decimals)))"
    }

    func describe(_ change: InputChange) -> String {
        switch change {
        case let .scale(key, by): "scale \(key) by \(by.value)"
        case let .shift(from, to, fraction, _): "shift \(fraction.value) of \(from) → \(to)"
        case let .shiftAmount(from, to, amount, _): "shift \(amount.value) from \(from) → \(to)"
        case let .add(key, amount): "add \(amount.value) to \(key)"
        case let .grow(key, by): "grow \(key) by \(by.value) of the plan's value"
        case let .blend(key, target): "move \(key) towards \(target.value)"
        case let .capture(source, gas, fraction): "capture \(fraction.value) of \(gas.rawValue) from \(source)"
        }
    }
}
