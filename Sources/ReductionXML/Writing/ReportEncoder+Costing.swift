extension ReportEncoder {
    /// The 1.2 `<costing>` section: totals, then one `<measure>` per pathway measure.
    func costing(_ section: PlanReport.Costing) throws(ReportXMLError) {
        try writer.startElement("costing")
        try writer.attribute("year", String(section.year))
        try quantity("cumulativeInvestment", section.cumulativeInvestment)
        try quantity("netPresentCost", section.netPresentCost)
        try series("investment", section.investment)
        try series("annualCost", section.annualCost)
        for measure in section.measures {
            try writer.startElement("measure")
            try writer.attribute("measure", measure.measureID)
            try writer.attribute("basis", measure.basis)
            try writer.attribute("unit", measure.unit)
            try quantity("cumulativeInvestment", measure.cumulativeInvestment)
            try series("unitsDeployed", measure.unitsDeployed)
            try series("investment", measure.investment)
            try series("privateEnergyCost", measure.privateEnergyCost)
            try writer.endElement()
        }
        try writer.endElement()
    }
}
