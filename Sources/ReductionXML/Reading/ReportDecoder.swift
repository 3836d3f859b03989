internal import ReductionCore

/// Turns a schema-valid report tree into ``PlanReport`` values. The schema has already
/// checked the structure; this still checks everything it relies on and throws (never
/// traps) with the element's line when something is missing or out of range.
enum ReportDecoder {
    typealias Node = ElementNode

    static func failure(_ node: Node, _ message: String) -> ReportXMLError {
        ReportXMLError(.invalidContent, "line \(node.line): \(message)",
                       diagnostics: [XMLDiagnostic(severity: .error, line: node.line, column: 0,
                                                   message: message, code: 0)])
    }

    static func report(_ root: Node) throws(ReportXMLError) -> PlanReport {
        var cursor = ElementCursor(root)
        let header = try header(cursor.required("header"))
        let inventory = try inventory(cursor.required("inventory"))
        let baseline = try series(cursor.required("baseline"))
        let measuresNode = try cursor.required("measures")
        var measuresCursor = ElementCursor(measuresNode)
        var measures: [PlanReport.Measure] = []
        for node in measuresCursor.all("measure") { measures.append(try measure(node)) }
        let macc = try macc(cursor.required("macc"))
        let pathway = try pathway(cursor.required("pathway"))
        var referencesCursor = try ElementCursor(cursor.required("references"))
        var references: [PlanReport.Reference] = []
        for node in referencesCursor.all("reference") {
            var inner = ElementCursor(node)
            references.append(PlanReport.Reference(id: try attribute(node, "id"),
                                                   citation: try inner.required("citation").text))
        }
        var warnings: [String] = []
        if let node = cursor.optional("warnings") {
            var inner = ElementCursor(node)
            warnings = inner.all("warning").map(\.text)
        }
        let memos = try cursor.optional("memos").map { node throws(ReportXMLError) in try self.memos(node) } ?? []
        let breakdown = try cursor.optional("breakdown").map { node throws(ReportXMLError) in try self.breakdown(node) }
        let uncertainty = try cursor.optional("uncertainty").map { node throws(ReportXMLError) in
            try self.uncertainty(node)
        }
        let costing = try cursor.optional("costing").map { node throws(ReportXMLError) in try self.costing(node) }
        let decisions = try cursor.optional("decisions").map { node throws(ReportXMLError) in try self.decisions(node) }
        var report = PlanReport(schemaVersion: try attribute(root, "schemaVersion"), header: header,
                                inventory: inventory, baseline: baseline,
                                orderStable: try boolean(measuresNode, "orderStable"), measures: measures, macc: macc,
                                pathway: pathway, references: references, warnings: warnings, memos: memos, breakdown: breakdown,
                                uncertainty: uncertainty)
        report.boundaries = try cursor.optional("boundaries").map { node throws(ReportXMLError) in
            try checkedBoundaries(node, baseline: baseline, pathway: pathway.emissions)
        }
        report.resolvedInputs = try cursor.optional("resolvedInputs").map { node throws(ReportXMLError) in
            try self.resolvedInputs(node)
        }
        report.decisions = decisions
        report.costing = costing
        return report
    }

    // MARK: Sections

    static func header(_ node: Node) throws(ReportXMLError) -> PlanReport.Header {
        var cursor = ElementCursor(node)
        let title = try names(cursor.required("title"))
        let jurisdictionNode = try cursor.required("jurisdiction")
        let jurisdiction = PlanReport.Jurisdiction(name: try names(jurisdictionNode),
                                                   divisionCode: try attribute(jurisdictionNode, "divisionCode"))
        let sector = try named(cursor.required("sector"))
        let authority = try names(cursor.required("authority"))
        let preparer = try cursor.optional("preparer").map { node throws(ReportXMLError) in try names(node) }
        let years = try cursor.required("years")
        let gwpNode = try cursor.required("gwp")
        var gwpCursor = ElementCursor(gwpNode)
        let factorSet = try cursor.required("factorSet")
        let currency = try cursor.required("currency")
        var rates: [PlanReport.DiscountRate] = []
        for rate in cursor.all("discountRate") {
            rates.append(PlanReport.DiscountRate(view: try attribute(rate, "view"), rate: try number(rate, "value")))
        }
        let generator = try cursor.required("generator")
        let inputs = try cursor.required("inputs")
        let createdNode = try cursor.required("created")
        guard let created = ReportTimestamp(iso8601: createdNode.text) else {
            throw failure(createdNode, "creation time \"\(createdNode.text)\" is not YYYY-MM-DDThh:mm:ssZ")
        }
        let numbers = cursor.optional("numbers")
        var header = PlanReport.Header(
            title: title, jurisdiction: jurisdiction, sector: sector, authority: authority, preparer: preparer,
            baseYear: try integer(years, "base"), targetYear: try integer(years, "target"),
            horizonYear: try integer(years, "horizon"), gwpSet: try attribute(gwpNode, "set"),
            gwpCitation: try gwpCursor.required("citation").text, factorSet: try attribute(factorSet, "id"),
            currency: try attribute(currency, "code"), priceYear: try integer(currency, "priceYear"),
            discountRates: rates,
            generator: PlanReport.Generator(name: try attribute(generator, "name"),
                                            version: try attribute(generator, "version")),
            inputsSHA256: try attribute(inputs, "sha256"), created: created)
        if let numbers {
            let digits = try integer(numbers, "significantDigits")
            guard (1...17).contains(digits) else { throw failure(numbers, "significantDigits=\"\(digits)\" is not 1 to 17") }
            header.significantDigits = digits
        }
        return header
    }

    static func inventory(_ node: Node) throws(ReportXMLError) -> PlanReport.Inventory {
        var cursor = ElementCursor(node)
        var sources: [PlanReport.Source] = []
        for sourceNode in cursor.all("source") {
            var inner = ElementCursor(sourceNode)
            _ = inner.all("name")
            var categories: [PlanReport.Category] = []
            for category in inner.all("category") {
                categories.append(PlanReport.Category(scheme: try attribute(category, "scheme"),
                                                      code: try attribute(category, "code")))
            }
            let activity = try quantity(inner.required("activity"))
            var gases: [PlanReport.GasEmission] = []
            for gasNode in inner.all("gas") {
                var gasCursor = ElementCursor(gasNode)
                _ = gasCursor.all("name")
                let factor = try gasCursor.optional("factor").map { node throws(ReportXMLError) in try quantity(node) }
                gases.append(PlanReport.GasEmission(
                    gas: try attribute(gasNode, "gas"), name: try names(gasNode), factor: factor,
                    mass: try quantity(gasCursor.required("mass")), co2e: try quantity(gasCursor.required("co2e"))))
            }
            var pollutants: [PlanReport.PollutantAmount] = []
            for pollutantNode in inner.all("pollutant") { pollutants.append(try pollutant(pollutantNode)) }
            sources.append(PlanReport.Source(
                id: try attribute(sourceNode, "id"), name: try names(sourceNode), categories: categories,
                activity: activity, gases: gases, pollutants: pollutants, total: try quantity(inner.required("total"))))
        }
        return PlanReport.Inventory(year: try integer(node, "year"), sources: sources,
                                    total: try quantity(cursor.required("total")))
    }

    static func macc(_ node: Node) throws(ReportXMLError) -> PlanReport.MACC {
        var cursor = ElementCursor(node)
        var steps: [PlanReport.MACC.Step] = []
        for step in cursor.all("step") {
            var inner = ElementCursor(step)
            steps.append(PlanReport.MACC.Step(
                measureID: try attribute(step, "measure"), abatement: try quantity(inner.required("abatement")),
                costPerTonne: try quantity(inner.required("costPerTonne")),
                cumulativeStart: try quantity(inner.required("cumulativeStart"))))
        }
        return PlanReport.MACC(year: try integer(node, "year"), steps: steps)
    }

    static func pathway(_ node: Node) throws(ReportXMLError) -> PlanReport.Pathway {
        var cursor = ElementCursor(node)
        let emissions = try series(cursor.required("emissions"))
        let bauPeak = try peak(cursor.required("bauPeak"))
        let pathwayPeak = try peak(cursor.required("peak"))
        var targets: [PlanReport.TargetCheck] = []
        for target in cursor.all("target") { targets.append(try self.target(target)) }
        return PlanReport.Pathway(emissions: emissions, bauPeak: bauPeak, peak: pathwayPeak, targets: targets)
    }

    static func target(_ node: Node) throws(ReportXMLError) -> PlanReport.TargetCheck {
        var cursor = ElementCursor(node)
        let name = cursor.all("name").isEmpty ? nil : try names(node)
        let level = try quantity(cursor.required("level"))
        let allowed = try quantity(cursor.required("allowed"))
        let bau = try quantity(cursor.required("bau"))
        let pathway = try quantity(cursor.required("pathway"))
        let gap = try quantity(cursor.required("gap"))
        var leastCost: PlanReport.LeastCost?
        if let leastNode = cursor.optional("leastCost") {
            var inner = ElementCursor(leastNode)
            var ids: [String] = []
            for measure in inner.all("measure") { ids.append(try attribute(measure, "ref")) }
            let marginal = try inner.optional("marginalCost").map { node throws(ReportXMLError) in try quantity(node) }
            leastCost = PlanReport.LeastCost(measureIDs: ids, marginalCost: marginal,
                                             annualCost: try quantity(inner.required("annualCost")),
                                             emissions: try quantity(inner.required("emissions")))
        }
        return PlanReport.TargetCheck(
            id: try attribute(node, "id"), name: name, kind: try attribute(node, "kind"),
            year: try integer(node, "year"), met: try boolean(node, "met"), level: level, allowed: allowed,
            bau: bau, pathway: pathway, gap: gap, leastCost: leastCost)
    }

    // MARK: Building blocks

    static func attribute(_ node: Node, _ name: String) throws(ReportXMLError) -> String {
        guard let value = node.attribute(name) else {
            throw failure(node, "<\(node.localName)> lacks the attribute \(name)")
        }
        return value
    }

    static func number(_ node: Node, _ name: String) throws(ReportXMLError) -> Double {
        let text = try attribute(node, name)
        guard let value = Double(xmlDecimal: text) else {
            throw failure(node, "\(name)=\"\(text)\" is not a finite decimal number")
        }
        return value
    }

    static func integer(_ node: Node, _ name: String) throws(ReportXMLError) -> Int {
        let text = try attribute(node, name)
        guard let value = Int(text) else { throw failure(node, "\(name)=\"\(text)\" is not an integer") }
        return value
    }

    static func boolean(_ node: Node, _ name: String) throws(ReportXMLError) -> Bool {
        switch try attribute(node, name) {
        case "true", "1": return true
        case "false", "0": return false
        case let other: throw failure(node, "\(name)=\"\(other)\" is not true or false")
        }
    }

    static func quantity(_ node: Node) throws(ReportXMLError) -> ReportQuantity {
        ReportQuantity(try number(node, "value"), try attribute(node, "unit"))
    }

    static func optionalNumber(_ node: Node, _ name: String) throws(ReportXMLError) -> Double? {
        node.attribute(name) == nil ? nil : try number(node, name)
    }

    static func estimate(_ node: Node) throws(ReportXMLError) -> ReportEstimate {
        var cursor = ElementCursor(node)
        return ReportEstimate(try number(node, "value"), try attribute(node, "unit"),
                              low: try optionalNumber(node, "low"), high: try optionalNumber(node, "high"),
                              distribution: node.attribute("distribution"), source: cursor.optional("source")?.text)
    }

    static func peak(_ node: Node) throws(ReportXMLError) -> PlanReport.Peak {
        PlanReport.Peak(year: try integer(node, "year"), emissions: try quantity(node),
                        declinesAfter: try boolean(node, "declinesAfter"))
    }

    static func pollutant(_ node: Node) throws(ReportXMLError) -> PlanReport.PollutantAmount {
        PlanReport.PollutantAmount(pollutant: try attribute(node, "pollutant"), name: try names(node),
                                   amount: try quantity(node))
    }

    /// The two `<name>` children: exactly one `en` and one `zh-Hans`.
    static func names(_ node: Node) throws(ReportXMLError) -> LocalizedName {
        var english: String?, chinese: String?
        for child in node.children where child.localName == "name" {
            switch child.xmlLang {
            case Language.english.rawValue where english == nil: english = child.text
            case Language.simplifiedChinese.rawValue where chinese == nil: chinese = child.text
            case let language:
                throw failure(child, "<name> has xml:lang \"\(language ?? "")\"; expected one \"en\" and one \"zh-Hans\"")
            }
        }
        guard let english, let chinese else {
            throw failure(node, "<\(node.localName)> needs a name in both \"en\" and \"zh-Hans\"")
        }
        return LocalizedName(english, chinese)
    }

    static func named(_ node: Node) throws(ReportXMLError) -> PlanReport.NamedItem {
        PlanReport.NamedItem(id: try attribute(node, "id"), name: try names(node))
    }

    /// A series; years must rise strictly.
    static func series(_ node: Node) throws(ReportXMLError) -> ReportSeries {
        var points: [ReportSeries.Point] = []
        for child in node.children where child.localName == "value" {
            let year = try integer(child, "year")
            guard let value = Double(xmlDecimal: child.text) else {
                throw failure(child, "\"\(child.text)\" is not a finite decimal number")
            }
            if let last = points.last, last.year >= year {
                throw failure(child, "year \(year) follows \(last.year); years must rise")
            }
            points.append(ReportSeries.Point(year: year, value: value))
        }
        return ReportSeries(unit: try attribute(node, "unit"), points: points)
    }
}
