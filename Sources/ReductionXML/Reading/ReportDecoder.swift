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
        var measuresCursor = try ElementCursor(cursor.required("measures"))
        var measures: [PlanReport.Measure] = []
        for node in measuresCursor.all("measure") { measures.append(try measure(node)) }
        let macc = try macc(cursor.required("macc"))
        let pathway = try pathway(cursor.required("pathway"))
        var referencesCursor = try ElementCursor(cursor.required("references"))
        var references: [Reference] = []
        for node in referencesCursor.all("reference") {
            var inner = ElementCursor(node)
            references.append(Reference(id: try attribute(node, "id"), citation: try inner.required("citation").text,
                                        url: inner.optional("url")?.text))
        }
        return PlanReport(schemaVersion: try attribute(root, "schemaVersion"), header: header,
                          inventory: inventory, baseline: baseline, measures: measures, macc: macc,
                          pathway: pathway, references: references)
    }

    // MARK: Sections

    static func header(_ node: Node) throws(ReportXMLError) -> PlanReport.Header {
        var cursor = ElementCursor(node)
        let jurisdictionNode = try cursor.required("jurisdiction")
        let jurisdiction = PlanReport.Jurisdiction(name: try names(jurisdictionNode),
                                                   divisionCode: try attribute(jurisdictionNode, "divisionCode"))
        let sector = try named(cursor.required("sector"))
        let authority = try names(cursor.required("authority"))
        let preparer = try cursor.required("preparer").text
        let title = cursor.optional("title")?.text
        let years = try cursor.required("years")
        let gwpNode = try cursor.required("gwp")
        let gwp = NamedItem(id: try attribute(gwpNode, "set"), name: try names(gwpNode))
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
        return PlanReport.Header(
            jurisdiction: jurisdiction, sector: sector, authority: authority, preparer: preparer, title: title,
            baseYear: try integer(years, "base"), targetYear: try integer(years, "target"),
            horizonYear: try integer(years, "horizon"), gwpSet: gwp,
            currency: try attribute(currency, "code"), priceYear: try integer(currency, "priceYear"),
            discountRates: rates,
            generator: PlanReport.Generator(name: try attribute(generator, "name"),
                                            version: try attribute(generator, "version")),
            inputsSHA256: try attribute(inputs, "sha256"), created: created)
    }

    static func inventory(_ node: Node) throws(ReportXMLError) -> PlanReport.Inventory {
        var cursor = ElementCursor(node)
        var sources: [PlanReport.Source] = []
        for sourceNode in cursor.all("source") {
            var inner = ElementCursor(sourceNode)
            _ = inner.all("name")
            let category = try inner.required("category")
            let activity = try quantity(inner.required("activity"))
            var gases: [PlanReport.GasEmission] = []
            for gasNode in inner.all("gas") {
                var gasCursor = ElementCursor(gasNode)
                gases.append(PlanReport.GasEmission(
                    gas: try attribute(gasNode, "gas"), factor: try quantity(gasCursor.required("factor")),
                    mass: try quantity(gasCursor.required("mass")), co2e: try quantity(gasCursor.required("co2e"))))
            }
            sources.append(PlanReport.Source(
                id: try attribute(sourceNode, "id"), name: try names(sourceNode),
                categoryCode: try attribute(category, "code"), categoryScheme: try attribute(category, "scheme"),
                activity: activity, gases: gases, total: try quantity(inner.required("total"))))
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
                cumulative: try quantity(inner.required("cumulative"))))
        }
        return PlanReport.MACC(year: try integer(node, "year"), steps: steps)
    }

    static func pathway(_ node: Node) throws(ReportXMLError) -> PlanReport.Pathway {
        var cursor = ElementCursor(node)
        let emissions = try series(cursor.required("emissions"))
        let peakNode = try cursor.required("peak")
        let peak = PlanReport.Peak(year: try integer(peakNode, "year"), emissions: try quantity(peakNode),
                                   declinesAfter: try boolean(peakNode, "declinesAfter"))
        var targets: [PlanReport.TargetCheck] = []
        for target in cursor.all("target") {
            var inner = ElementCursor(target)
            targets.append(PlanReport.TargetCheck(
                kind: try attribute(target, "kind"), year: try integer(target, "year"),
                required: try quantity(inner.required("required")), achieved: try quantity(inner.required("achieved")),
                met: try boolean(target, "met")))
        }
        return PlanReport.Pathway(emissions: emissions, peak: peak, targets: targets)
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

    static func quantity(_ node: Node) throws(ReportXMLError) -> Quantity {
        Quantity(try number(node, "value"), try attribute(node, "unit"))
    }

    /// The two `<name>` children: exactly one `en` and one `zh-Hans`.
    static func names(_ node: Node) throws(ReportXMLError) -> LocalizedName {
        var english: String?, chinese: String?
        for child in node.children where child.localName == "name" {
            switch child.xmlLang {
            case ReportLanguage.english.rawValue where english == nil: english = child.text
            case ReportLanguage.chinese.rawValue where chinese == nil: chinese = child.text
            case let language:
                throw failure(child, "<name> has xml:lang \"\(language ?? "")\"; expected one \"en\" and one \"zh-Hans\"")
            }
        }
        guard let english, let chinese else {
            throw failure(node, "<\(node.localName)> needs a name in both \"en\" and \"zh-Hans\"")
        }
        return LocalizedName(english: english, chinese: chinese)
    }

    static func named(_ node: Node) throws(ReportXMLError) -> NamedItem {
        NamedItem(id: try attribute(node, "id"), name: try names(node))
    }

    /// A series; years must rise strictly.
    static func series(_ node: Node) throws(ReportXMLError) -> YearSeries {
        var points: [YearSeries.Point] = []
        for child in node.children where child.localName == "value" {
            let year = try integer(child, "year")
            guard let value = Double(xmlDecimal: child.text) else {
                throw failure(child, "\"\(child.text)\" is not a finite decimal number")
            }
            if let last = points.last, last.year >= year {
                throw failure(child, "year \(year) follows \(last.year); years must rise")
            }
            points.append(YearSeries.Point(year: year, value: value))
        }
        return YearSeries(unit: try attribute(node, "unit"), points: points)
    }
}
