/// Streams a ``PlanReport`` through a ``TextWriter``, element by element, in the schema's
/// order. Holds nothing but the writer: memory stays flat however many measures there are.
struct ReportEncoder {
    let writer: TextWriter

    /// Writes the whole document body (after `startDocument`), taking the measures from
    /// `measures` one at a time, so a caller may generate them lazily.
    func encode(_ report: PlanReport, measures: some Sequence<PlanReport.Measure>) throws(ReportXMLError) {
        try writer.startElement("report")
        try writer.attribute("xmlns", ReportFormat.namespace)
        try writer.attribute("schemaVersion", report.schemaVersion)
        try header(report.header)
        try inventory(report.inventory)
        try series("baseline", report.baseline)
        try writer.startElement("measures")
        for item in measures { try measure(item) }
        try writer.endElement()
        try macc(report.macc)
        try pathway(report.pathway)
        try writer.startElement("references")
        for reference in report.references {
            try writer.startElement("reference")
            try writer.attribute("id", reference.id)
            try element("citation", reference.citation)
            if let url = reference.url { try element("url", url) }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    // MARK: Sections

    private func header(_ header: PlanReport.Header) throws(ReportXMLError) {
        try writer.startElement("header")
        try writer.startElement("jurisdiction")
        try writer.attribute("divisionCode", header.jurisdiction.divisionCode)
        try names(header.jurisdiction.name)
        try writer.endElement()
        try named("sector", header.sector)
        try writer.startElement("authority")
        try names(header.authority)
        try writer.endElement()
        try element("preparer", header.preparer)
        if let title = header.title { try element("title", title) }
        try writer.startElement("years")
        try writer.attribute("base", String(header.baseYear))
        try writer.attribute("target", String(header.targetYear))
        try writer.attribute("horizon", String(header.horizonYear))
        try writer.endElement()
        try writer.startElement("gwp")
        try writer.attribute("set", header.gwpSet.id)
        try names(header.gwpSet.name)
        try writer.endElement()
        try writer.startElement("currency")
        try writer.attribute("code", header.currency)
        try writer.attribute("priceYear", String(header.priceYear))
        try writer.endElement()
        for rate in header.discountRates {
            try writer.startElement("discountRate")
            try writer.attribute("view", rate.view)
            try number("value", rate.rate)
            try writer.attribute("unit", "1")
            try writer.endElement()
        }
        try writer.startElement("generator")
        try writer.attribute("name", header.generator.name)
        try writer.attribute("version", header.generator.version)
        try writer.endElement()
        try writer.startElement("inputs")
        try writer.attribute("sha256", header.inputsSHA256)
        try writer.endElement()
        try element("created", header.created.description)
        try writer.endElement()
    }

    private func inventory(_ inventory: PlanReport.Inventory) throws(ReportXMLError) {
        try writer.startElement("inventory")
        try writer.attribute("year", String(inventory.year))
        for source in inventory.sources {
            try writer.startElement("source")
            try writer.attribute("id", source.id)
            try names(source.name)
            try writer.startElement("category")
            try writer.attribute("code", source.categoryCode)
            try writer.attribute("scheme", source.categoryScheme)
            try writer.endElement()
            try quantity("activity", source.activity)
            for gas in source.gases {
                try writer.startElement("gas")
                try writer.attribute("gas", gas.gas)
                try quantity("factor", gas.factor)
                try quantity("mass", gas.mass)
                try quantity("co2e", gas.co2e)
                try writer.endElement()
            }
            try quantity("total", source.total)
            try writer.endElement()
        }
        try quantity("total", inventory.total)
        try writer.endElement()
    }

    private func measure(_ measure: PlanReport.Measure) throws(ReportXMLError) {
        try writer.startElement("measure")
        try writer.attribute("id", measure.id)
        try writer.attribute("order", String(measure.order))
        try writer.attribute("status", measure.status)
        try writer.attribute("instrument", measure.instrument)
        try names(measure.name)
        if let description = measure.description { try element("description", description) }
        for parameter in measure.parameters {
            try writer.startElement("parameter")
            try writer.attribute("key", parameter.key)
            try number("value", parameter.value.value)
            try writer.attribute("unit", parameter.value.unit)
            try names(parameter.name)
            try element("source", parameter.source)
            try writer.endElement()
        }
        try series("deployment", measure.deployment.share) { () throws(ReportXMLError) in
            try writer.attribute("start", String(measure.deployment.start))
            try writer.attribute("end", String(measure.deployment.end))
        }
        for cost in measure.costs {
            try quantity("cost", cost.amount) { () throws(ReportXMLError) in try writer.attribute("kind", cost.kind) }
        }
        try series("abatement", measure.standaloneAbatement) { () throws(ReportXMLError) in
            try writer.attribute("kind", "standalone")
        }
        try series("abatement", measure.interactedAbatement) { () throws(ReportXMLError) in
            try writer.attribute("kind", "interacted")
        }
        try quantity("costPerTonne", measure.costPerTonne.value) { () throws(ReportXMLError) in
            try writer.attribute("year", String(measure.costPerTonne.year))
            try writer.attribute("method", measure.costPerTonne.method)
        }
        try quantity("npv", measure.npv)
        if let price = measure.breakEvenPrice { try quantity("breakEvenPrice", price) }
        for benefit in measure.coBenefits {
            try quantity("coBenefit", benefit.amount) { () throws(ReportXMLError) in
                try writer.attribute("pollutant", benefit.pollutant)
                try writer.attribute("year", String(benefit.year))
            }
        }
        for reference in measure.references {
            try writer.startElement("reference")
            try writer.attribute("ref", reference)
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func macc(_ macc: PlanReport.MACC) throws(ReportXMLError) {
        try writer.startElement("macc")
        try writer.attribute("year", String(macc.year))
        for step in macc.steps {
            try writer.startElement("step")
            try writer.attribute("measure", step.measureID)
            try quantity("abatement", step.abatement)
            try quantity("costPerTonne", step.costPerTonne)
            try quantity("cumulative", step.cumulative)
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func pathway(_ pathway: PlanReport.Pathway) throws(ReportXMLError) {
        try writer.startElement("pathway")
        try series("emissions", pathway.emissions)
        try quantity("peak", pathway.peak.emissions) { () throws(ReportXMLError) in
            try writer.attribute("year", String(pathway.peak.year))
            try writer.attribute("declinesAfter", pathway.peak.declinesAfter ? "true" : "false")
        }
        for target in pathway.targets {
            try writer.startElement("target")
            try writer.attribute("kind", target.kind)
            try writer.attribute("year", String(target.year))
            try writer.attribute("met", target.met ? "true" : "false")
            try quantity("required", target.required)
            try quantity("achieved", target.achieved)
            try writer.endElement()
        }
        try writer.endElement()
    }

    // MARK: Building blocks

    private func names(_ name: LocalizedName) throws(ReportXMLError) {
        try writer.startElement("name")
        try writer.attribute("xml:lang", ReportLanguage.english.rawValue)
        try writer.text(name.english)
        try writer.endElement()
        try writer.startElement("name")
        try writer.attribute("xml:lang", ReportLanguage.chinese.rawValue)
        try writer.text(name.chinese)
        try writer.endElement()
    }

    private func named(_ element: StaticString, _ item: NamedItem) throws(ReportXMLError) {
        try writer.startElement(element)
        try writer.attribute("id", item.id)
        try names(item.name)
        try writer.endElement()
    }

    private func element(_ name: StaticString, _ text: String) throws(ReportXMLError) {
        try writer.startElement(name)
        try writer.text(text)
        try writer.endElement()
    }

    private func number(_ name: StaticString, _ value: Double) throws(ReportXMLError) {
        guard let text = value.xmlDecimal else {
            throw ReportXMLError(.invalidContent, "\(name) is \(value); a report holds finite numbers only")
        }
        try writer.attribute(name, text)
    }

    private func quantity(_ name: StaticString, _ quantity: Quantity,
                          extra: () throws(ReportXMLError) -> Void = {}) throws(ReportXMLError) {
        try writer.startElement(name)
        try extra()
        try number("value", quantity.value)
        try writer.attribute("unit", quantity.unit)
        try writer.endElement()
    }

    private func series(_ name: StaticString, _ series: YearSeries,
                        extra: () throws(ReportXMLError) -> Void = {}) throws(ReportXMLError) {
        try writer.startElement(name)
        try writer.attribute("unit", series.unit)
        try extra()
        for point in series.points {
            guard let text = point.value.xmlDecimal else {
                throw ReportXMLError(.invalidContent, "\(name) \(point.year) is \(point.value); finite numbers only")
            }
            try writer.startElement("value")
            try writer.attribute("year", String(point.year))
            try writer.text(text)
            try writer.endElement()
        }
        try writer.endElement()
    }
}
