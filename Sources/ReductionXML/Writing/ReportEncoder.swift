internal import ReductionCore

/// Streams a ``PlanReport`` through a ``TextWriter``, element by element, in the schema's
/// order. Holds nothing but the writer: memory stays flat however many measures there are.
struct ReportEncoder {
    let writer: TextWriter
    /// Significant digits of every number written (the header's `<numbers>`); `nil` writes
    /// shortest round-trip decimals.
    var significantDigits: Int? = nil

    /// Writes the whole document body (after `startDocument`), taking the measures from
    /// `measures` one at a time, so a caller may generate them lazily.
    func encode(_ report: PlanReport, measures: some Sequence<PlanReport.Measure>) throws(ReportXMLError) {
        try writer.startElement("report")
        try writer.attribute("xmlns", ReportFormat.namespace)
        try writer.attribute("schemaVersion", ReportFormat.writtenVersion(for: report))
        try header(report.header)
        try inventory(report.inventory)
        try series("baseline", report.baseline)
        try writer.startElement("measures")
        try writer.attribute("orderStable", report.orderStable ? "true" : "false")
        for item in measures { try measure(item) }
        try writer.endElement()
        try macc(report.macc)
        try pathway(report.pathway)
        try writer.startElement("references")
        for reference in report.references {
            try writer.startElement("reference")
            try writer.attribute("id", reference.id)
            try element("citation", reference.citation)
            try writer.endElement()
        }
        try writer.endElement()
        if !report.warnings.isEmpty {
            try writer.startElement("warnings")
            for warning in report.warnings { try element("warning", warning) }
            try writer.endElement()
        }
        if !report.memos.isEmpty { try memos(report.memos) }
        if let breakdown = report.breakdown { try self.breakdown(breakdown) }
        if let uncertainty = report.uncertainty { try self.uncertainty(uncertainty) }
        if let costing = report.costing { try self.costing(costing) }
        if let decisions = report.decisions { try self.decisions(decisions) }
        if let boundaries = report.boundaries { try self.boundaries(boundaries) }
        if let resolved = report.resolvedInputs { try resolvedInputs(resolved) }
        try writer.endElement()
    }

    // MARK: Sections

    private func header(_ header: PlanReport.Header) throws(ReportXMLError) {
        try writer.startElement("header")
        try namesElement("title", header.title)
        try writer.startElement("jurisdiction")
        try writer.attribute("divisionCode", header.jurisdiction.divisionCode)
        try names(header.jurisdiction.name)
        try writer.endElement()
        try named("sector", header.sector)
        try namesElement("authority", header.authority)
        if let preparer = header.preparer { try namesElement("preparer", preparer) }
        try writer.startElement("years")
        try writer.attribute("base", String(header.baseYear))
        try writer.attribute("target", String(header.targetYear))
        try writer.attribute("horizon", String(header.horizonYear))
        try writer.endElement()
        try writer.startElement("gwp")
        try writer.attribute("set", header.gwpSet)
        try element("citation", header.gwpCitation)
        try writer.endElement()
        try writer.startElement("factorSet")
        try writer.attribute("id", header.factorSet)
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
        if let digits = header.significantDigits { try numbers(digits) }
        try writer.endElement()
    }

    private func inventory(_ inventory: PlanReport.Inventory) throws(ReportXMLError) {
        try writer.startElement("inventory")
        try writer.attribute("year", String(inventory.year))
        for source in inventory.sources {
            try writer.startElement("source")
            try writer.attribute("id", source.id)
            try names(source.name)
            for category in source.categories {
                try writer.startElement("category")
                try writer.attribute("scheme", category.scheme)
                try writer.attribute("code", category.code)
                try writer.endElement()
            }
            try quantity("activity", source.activity)
            for gas in source.gases {
                try writer.startElement("gas")
                try writer.attribute("gas", gas.gas)
                try names(gas.name)
                if let factor = gas.factor { try quantity("factor", factor) }
                try quantity("mass", gas.mass)
                try quantity("co2e", gas.co2e)
                try writer.endElement()
            }
            for amount in source.pollutants { try pollutant("pollutant", amount, year: nil) }
            try quantity("total", source.total)
            try writer.endElement()
        }
        try quantity("total", inventory.total)
        try writer.endElement()
    }

    private func measure(_ measure: PlanReport.Measure) throws(ReportXMLError) {
        try writer.startElement("measure")
        try writer.attribute("id", measure.id)
        if let order = measure.order { try writer.attribute("order", String(order)) }
        try writer.attribute("inPathway", measure.inPathway ? "true" : "false")
        if let excludedBy = measure.excludedBy { try writer.attribute("excludedBy", excludedBy) }
        try writer.attribute("status", measure.status)
        try writer.attribute("instrument", measure.instrument)
        try names(measure.name)
        if let description = measure.description { try namesElement("description", description) }
        for change in measure.changes {
            try writer.startElement("change")
            try writer.attribute("kind", change.kind)
            if let key = change.key { try writer.attribute("key", key) }
            if let from = change.from { try writer.attribute("from", from) }
            if let to = change.to { try writer.attribute("to", to) }
            if let source = change.source { try writer.attribute("source", source) }
            if let gas = change.gas { try writer.attribute("gas", gas) }
            for parameter in change.parameters {
                try estimate("parameter", parameter.estimate) { () throws(ReportXMLError) in
                    try writer.attribute("name", parameter.name)
                }
            }
            try writer.endElement()
        }
        let deployment = measure.deployment
        try writer.startElement("deployment")
        try writer.attribute("start", String(deployment.start))
        try writer.attribute("rampYears", String(deployment.rampYears))
        if let end = deployment.end { try writer.attribute("end", String(end)) }
        try estimate("maxPenetration", deployment.maxPenetration)
        try series("penetration", deployment.penetration)
        try writer.endElement()
        try estimate("lifetime", measure.lifetime)
        try estimate("capex", measure.capex)
        try estimate("opex", measure.opex)
        for excluded in measure.excludes {
            try writer.startElement("excludes")
            try writer.attribute("measure", excluded)
            try writer.endElement()
        }
        try series("standaloneAbatement", measure.standaloneAbatement)
        try series("interactedAbatement", measure.interactedAbatement)
        if let captured = measure.captured { try series("captured", captured) }
        try series("annualCost", measure.annualCost)
        for cost in measure.costsPerTonne {
            try quantity("costPerTonne", cost.value) { () throws(ReportXMLError) in
                try writer.attribute("basis", cost.basis)
                try writer.attribute("method", cost.method)
                try writer.attribute("year", String(cost.year))
            }
        }
        try quantity("netPresentCost", measure.netPresentCost) { () throws(ReportXMLError) in
            try writer.attribute("discountRate", "social")
        }
        if let price = measure.breakEvenPrice { try quantity("breakEvenPrice", price) }
        if let payback = measure.simplePayback { try quantity("simplePayback", payback) }
        for benefit in measure.coBenefits {
            try pollutant("coBenefit", PlanReport.PollutantAmount(pollutant: benefit.pollutant, name: benefit.name,
                                                                   amount: benefit.amount), year: benefit.year)
        }
        for reference in measure.references {
            try writer.startElement("reference")
            try writer.attribute("ref", reference)
            try writer.endElement()
        }
        try writer.endElement()
    }

    func macc(_ macc: PlanReport.MACC) throws(ReportXMLError) {
        try writer.startElement("macc")
        try writer.attribute("year", String(macc.year))
        for step in macc.steps {
            try writer.startElement("step")
            try writer.attribute("measure", step.measureID)
            try quantity("abatement", step.abatement)
            try quantity("costPerTonne", step.costPerTonne)
            try quantity("cumulativeStart", step.cumulativeStart)
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func pathway(_ pathway: PlanReport.Pathway) throws(ReportXMLError) {
        try writer.startElement("pathway")
        try series("emissions", pathway.emissions)
        try peak("bauPeak", pathway.bauPeak)
        try peak("peak", pathway.peak)
        for target in pathway.targets {
            try writer.startElement("target")
            try writer.attribute("id", target.id)
            try writer.attribute("kind", target.kind)
            try writer.attribute("year", String(target.year))
            try writer.attribute("met", target.met ? "true" : "false")
            if let name = target.name { try names(name) }
            try quantity("level", target.level)
            try quantity("allowed", target.allowed)
            try quantity("bau", target.bau)
            try quantity("pathway", target.pathway)
            try quantity("gap", target.gap)
            if let leastCost = target.leastCost {
                try writer.startElement("leastCost")
                for id in leastCost.measureIDs {
                    try writer.startElement("measure")
                    try writer.attribute("ref", id)
                    try writer.endElement()
                }
                if let marginal = leastCost.marginalCost { try quantity("marginalCost", marginal) }
                try quantity("annualCost", leastCost.annualCost)
                try quantity("emissions", leastCost.emissions)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    // MARK: Building blocks

    func names(_ name: LocalizedName) throws(ReportXMLError) {
        try writer.startElement("name")
        try writer.attribute("xml:lang", Language.english.rawValue)
        try writer.text(name.english)
        try writer.endElement()
        try writer.startElement("name")
        try writer.attribute("xml:lang", Language.simplifiedChinese.rawValue)
        try writer.text(name.chinese)
        try writer.endElement()
    }

    func named(_ element: StaticString, _ item: PlanReport.NamedItem) throws(ReportXMLError) {
        try writer.startElement(element)
        try writer.attribute("id", item.id)
        try names(item.name)
        try writer.endElement()
    }

    func element(_ name: StaticString, _ text: String) throws(ReportXMLError) {
        try writer.startElement(name)
        try writer.text(text)
        try writer.endElement()
    }

    func number(_ name: StaticString, _ value: Double) throws(ReportXMLError) {
        guard let text = value.xmlDecimal(significantDigits: significantDigits) else {
            throw ReportXMLError(.invalidContent, "\(name) is \(value); a report holds finite numbers only")
        }
        try writer.attribute(name, text)
    }

    func quantity(_ name: StaticString, _ quantity: ReportQuantity,
                          extra: () throws(ReportXMLError) -> Void = {}) throws(ReportXMLError) {
        try writer.startElement(name)
        try extra()
        try number("value", quantity.value)
        try writer.attribute("unit", quantity.unit)
        try writer.endElement()
    }

    func series(_ name: StaticString, _ series: ReportSeries,
                        extra: () throws(ReportXMLError) -> Void = {}) throws(ReportXMLError) {
        try writer.startElement(name)
        try writer.attribute("unit", series.unit)
        try extra()
        for point in series.points {
            guard let text = point.value.xmlDecimal(significantDigits: significantDigits) else {
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

extension ReportEncoder {
    /// `<name>`s as a child element of their own (`<title>`, `<authority>`, `<description>`).
    func namesElement(_ element: StaticString, _ name: LocalizedName) throws(ReportXMLError) {
        try writer.startElement(element)
        try names(name)
        try writer.endElement()
    }

    func estimate(_ name: StaticString, _ estimate: ReportEstimate,
                  extra: () throws(ReportXMLError) -> Void = {}) throws(ReportXMLError) {
        try writer.startElement(name)
        try extra()
        try number("value", estimate.value)
        try writer.attribute("unit", estimate.unit)
        if let low = estimate.low { try number("low", low) }
        if let high = estimate.high { try number("high", high) }
        if let distribution = estimate.distribution { try writer.attribute("distribution", distribution) }
        if let source = estimate.source { try element("source", source) }
        try writer.endElement()
    }

    func peak(_ name: StaticString, _ peak: PlanReport.Peak) throws(ReportXMLError) {
        try quantity(name, peak.emissions) { () throws(ReportXMLError) in
            try writer.attribute("year", String(peak.year))
            try writer.attribute("declinesAfter", peak.declinesAfter ? "true" : "false")
        }
    }

    func pollutant(_ name: StaticString, _ amount: PlanReport.PollutantAmount, year: Int?) throws(ReportXMLError) {
        try writer.startElement(name)
        try writer.attribute("pollutant", amount.pollutant)
        if let year { try writer.attribute("year", String(year)) }
        try number("value", amount.amount.value)
        try writer.attribute("unit", amount.amount.unit)
        try names(amount.name)
        try writer.endElement()
    }
}
