extension ReportEncoder {
    /// The 1.2 `<costing>` section: totals, then one `<measure>` per pathway measure.
    func costing(_ section: PlanReport.Costing) throws(ReportXMLError) {
        try writer.startElement("costing")
        try writer.attribute("year", String(section.year))
        try quantity("cumulativeInvestment", section.cumulativeInvestment)
        try quantity("netPresentCost", section.netPresentCost)
        try series("investment", section.investment)
        try series("annualCost", section.annualCost)
        if let npv = section.privateNetPresentCost { try quantity("privateNetPresentCost", npv) }
        if let perTonne = section.npvPerUndiscountedTonne {
            try quantity("npvPerUndiscountedTonne", perTonne) { () throws(ReportXMLError) in
                try writer.attribute("convention", "npv-over-undiscounted-tonnes")
            }
        }
        if let price = section.referenceCarbonPrice { try quantity("referenceCarbonPrice", price) }
        for price in section.energyPrices {
            try series("energyPrice", price.values) { () throws(ReportXMLError) in
                try writer.attribute("carrier", price.carrier)
                try writer.attribute("basis", price.basis)
                if price.fromSocial { try writer.attribute("fromSocial", "true") }
            }
        }
        for measure in section.measures {
            try writer.startElement("measure")
            try writer.attribute("measure", measure.measureID)
            try writer.attribute("basis", measure.basis)
            try writer.attribute("unit", measure.unit)
            try quantity("cumulativeInvestment", measure.cumulativeInvestment)
            try series("unitsDeployed", measure.unitsDeployed)
            try series("investment", measure.investment)
            try series("privateEnergyCost", measure.privateEnergyCost)
            if let energy = measure.energyCost { try series("energyCost", energy) }
            if let npv = measure.privateNetPresentCost { try quantity("privateNetPresentCost", npv) }
            try writer.endElement()
        }
        try writer.endElement()
    }
}
