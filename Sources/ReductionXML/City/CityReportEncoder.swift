/// Writes and checks the city report (`city-plan-1.1.xsd`, namespace ``namespace``) through the
/// same libxml2 writer and validator as the sector reports.
public enum CityReportXML {
    /// The city report's namespace.
    public static let namespace = "urn:reductionplan:city:1"
    /// The schema file name.
    public static let schemaFileName = "city-plan-1.1.xsd"
    /// The embedded schema (identical to `Reports/schema/city-plan-1.1.xsd`).
    public static var schema: [UInt8] { PackageResources.city_plan_1_1_xsd }

    /// The report as an XML document (UTF-8).
    public static func encode(_ report: CityReport) throws(ReportXMLError) -> [UInt8] {
        let writer = try TextWriter()
        try writer.startDocument()
        try CityReportEncoder(writer: writer).encode(report)
        try writer.endDocument()
        return writer.bytes()
    }

    /// Throws when `bytes` is not a valid city report; the error lists every problem with its line.
    public static func validate(_ bytes: [UInt8]) throws(ReportXMLError) {
        try SchemaValidator(schema: schema).validate(bytes)
    }
}

/// Streams a ``CityReport`` in the schema's order.
struct CityReportEncoder {
    let writer: TextWriter

    /// xs:double text: shortest round-trip decimal; INF, -INF, NaN as XML Schema spells them.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "INF" : "-INF" }
        return value == 0 ? "0" : "\(value)"
    }

    func attribute(_ name: StaticString, _ value: Double) throws(ReportXMLError) {
        try writer.attribute(name, Self.number(value))
    }

    func encode(_ report: CityReport) throws(ReportXMLError) {
        try writer.startElement("cityPlan")
        try writer.attribute("xmlns", CityReportXML.namespace)
        try writer.attribute("schemaVersion", "1.1")
        try writer.startElement("header")
        try writer.attribute("divisionCode", report.divisionCode)
        try writer.attribute("baseYear", String(report.baseYear))
        try writer.attribute("targetYear", String(report.targetYear))
        try writer.attribute("horizon", String(report.horizon))
        for name in report.names {
            try writer.startElement("name")
            try writer.attribute("lang", name.lang)
            try writer.text(name.text)
            try writer.endElement()
        }
        try writer.endElement()
        try coupling(report)
        try writer.startElement("totals")
        try attribute("plateauTolerance", report.plateauTolerance)
        try writer.attribute("plateauSource", report.plateauSource)
        for total in report.totals {
            try writer.startElement("total")
            try series(total.series, baseYear: report.baseYear, extra: { () throws(ReportXMLError) in
                try writer.attribute("boundary", total.boundary)
                if let peak = total.peak {
                    try writer.attribute("peakYear", String(peak.year))
                    try attribute("peakTCO2e", peak.value)
                }
                if let plateau = total.plateau {
                    try writer.attribute("plateauFrom", String(plateau.lowerBound))
                    try writer.attribute("plateauTo", String(plateau.upperBound))
                }
                if let peakClass = total.peakClass { try writer.attribute("peakClass", peakClass) }
            })
            try writer.endElement()
        }
        try writer.endElement()
        try perCapita(report)
        try writer.startElement("sectors")
        for sector in report.sectors {
            try writer.startElement("sector")
            try writer.attribute("id", sector.id)
            if sector.fixed { try writer.attribute("fixed", "true") }
            if let source = sector.source { try writer.attribute("source", source) }
            for item in sector.direct {
                try writer.startElement("direct")
                try series(item, baseYear: report.baseYear)
                try writer.endElement()
            }
            for item in sector.indirect {
                try writer.startElement("indirect")
                try series(item, baseYear: report.baseYear)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("coBenefits")
        try writer.attribute("unit", "t")
        for figure in report.coBenefits {
            try writer.startElement("pollutant")
            try self.figure(figure, name: "name", baseYear: report.baseYear)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("wedges")
        try writer.attribute("boundary", report.maccBoundary)
        for wedge in report.wedges {
            try writer.startElement("wedge")
            try writer.attribute("sector", wedge.sector)
            try years(wedge.values, baseYear: report.baseYear, key: "tCO2e")
            try writer.endElement()
        }
        try writer.endElement()
        try macc(report)
        try writer.startElement("targets")
        for target in report.targets {
            try writer.startElement("target")
            try writer.attribute("id", target.id)
            try writer.attribute("year", String(target.year))
            try writer.attribute("kind", target.kind)
            try writer.attribute("boundary", target.boundary)
            try attribute("allowed", target.allowed)
            try attribute("pathway", target.pathway)
            try writer.attribute("met", target.met ? "true" : "false")
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("sectorReports")
        for item in report.sectorReports {
            try writer.startElement("sectorReport")
            try writer.attribute("sector", item.sector)
            if let file = item.file { try writer.attribute("file", file) }
            try writer.attribute("inputsSHA256", item.sha256)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    func coupling(_ report: CityReport) throws(ReportXMLError) {
        try writer.startElement("coupling")
        try attribute("tolerance", report.tolerance)
        try writer.attribute("method", report.method)
        for run in report.runs {
            try writer.startElement("run")
            try writer.attribute("scenario", run.scenario)
            try writer.attribute("iterations", String(run.iterations))
            try attribute("residual", run.residual)
            for year in run.years {
                try writer.startElement("year")
                try writer.attribute("value", String(year.year))
                try attribute("sectorDemandMWh", year.sectorDemand)
                try attribute("sectorSupplyMWh", year.sectorSupply)
                try attribute("otherDemandMWh", year.otherDemand)
                try attribute("powerDemandMWh", year.powerDemand)
                try attribute("gridFactor", year.gridFactor)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    func macc(_ report: CityReport) throws(ReportXMLError) {
        try writer.startElement("macc")
        try writer.attribute("year", String(report.targetYear))
        try writer.attribute("boundary", report.maccBoundary)
        for step in report.steps {
            try writer.startElement("step")
            try writer.attribute("sector", step.sector)
            try writer.attribute("measure", step.measure)
            try attribute("abatementTCO2e", step.abatement)
            try attribute("territorialAbatementTCO2e", step.territorialAbatement)
            try attribute("annualCost", step.annualCost)
            if let cost = step.costPerTonne { try attribute("costPerTonne", cost) }
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// `<perCapita>` with the population series, when the city has one.
    func perCapita(_ report: CityReport) throws(ReportXMLError) {
        guard let population = report.population else { return }
        try writer.startElement("perCapita")
        try writer.attribute("unit", "tCO2e/person")
        try writer.startElement("population")
        try years(population, baseYear: report.baseYear, key: "persons")
        try writer.endElement()
        for figure in report.perCapita {
            try writer.startElement("total")
            try self.figure(figure, name: "boundary", baseYear: report.baseYear)
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// A ``CityReport/Figure``'s attributes (`name` = subject, scenario) and years (`amount`).
    func figure(_ figure: CityReport.Figure, name: StaticString, baseYear: Int) throws(ReportXMLError) {
        try writer.attribute("scenario", figure.scenario)
        try writer.attribute(name, figure.subject)
        try years(figure.values, baseYear: baseYear, key: "amount")
    }

    /// `<year value="…" key="…"/>` per value from `baseYear`.
    func years(_ values: [Double], baseYear: Int, key: StaticString) throws(ReportXMLError) {
        for (offset, value) in values.enumerated() {
            try writer.startElement("year")
            try writer.attribute("value", String(baseYear + offset))
            try attribute(key, value)
            try writer.endElement()
        }
    }

    func series(_ series: CityReport.Series, baseYear: Int,
                extra: () throws(ReportXMLError) -> Void = {}) throws(ReportXMLError) {
        try writer.attribute("scenario", series.scenario)
        try extra()
        try years(series.values, baseYear: baseYear, key: "tCO2e")
    }
}

extension CityReportXML {
    /// The `file` of each `<sectorReport>` in a city report, by sector id (file names are not
    /// computed, so `verify` keeps the ones the report gives). Throws when `bytes` is not XML.
    public static func sectorFiles(in bytes: [UInt8]) throws(ReportXMLError) -> [String: String] {
        let tree = try DocumentTree.parse(bytes, maxBytes: ReportReader.defaultMaxBytes)
        var files: [String: String] = [:]
        for section in tree.root?.children ?? [] where section.localName == "sectorReports" {
            for item in section.children where item.localName == "sectorReport" {
                if let sector = item.attribute("sector"), let file = item.attribute("file") { files[sector] = file }
            }
        }
        return files
    }
}
