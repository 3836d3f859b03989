extension ReportDecoder {
    /// Reads the 1.2 `<costing>` section back.
    static func costing(_ node: Node) throws(ReportXMLError) -> PlanReport.Costing {
        var cursor = ElementCursor(node)
        let cumulative = try quantity(cursor.required("cumulativeInvestment"))
        let npv = try quantity(cursor.required("netPresentCost"))
        let investment = try series(cursor.required("investment"))
        let annual = try series(cursor.required("annualCost"))
        let privateNPV = try cursor.optional("privateNetPresentCost").map { (node) throws(ReportXMLError) in try quantity(node) }
        let perTonne = try cursor.optional("npvPerUndiscountedTonne").map { (node) throws(ReportXMLError) in try quantity(node) }
        let carbonPrice = try cursor.optional("referenceCarbonPrice").map { (node) throws(ReportXMLError) in try quantity(node) }
        var prices: [PlanReport.Costing.EnergyPrice] = []
        for price in cursor.all("energyPrice") {
            prices.append(PlanReport.Costing.EnergyPrice(
                carrier: try attribute(price, "carrier"), basis: try attribute(price, "basis"),
                fromSocial: price.attribute("fromSocial") == nil ? false : try boolean(price, "fromSocial"),
                values: try series(price)))
        }
        var measures: [PlanReport.Costing.MeasureCost] = []
        for measure in cursor.all("measure") {
            var inner = ElementCursor(measure)
            measures.append(PlanReport.Costing.MeasureCost(
                measureID: try attribute(measure, "measure"), basis: try attribute(measure, "basis"),
                unit: try attribute(measure, "unit"),
                cumulativeInvestment: try quantity(inner.required("cumulativeInvestment")),
                unitsDeployed: try series(inner.required("unitsDeployed")),
                investment: try series(inner.required("investment")),
                privateEnergyCost: try series(inner.required("privateEnergyCost")),
                energyCost: try inner.optional("energyCost").map { (node) throws(ReportXMLError) in try series(node) },
                privateNetPresentCost: try inner.optional("privateNetPresentCost").map { (node) throws(ReportXMLError) in try quantity(node) }))
        }
        return PlanReport.Costing(year: try integer(node, "year"), cumulativeInvestment: cumulative, netPresentCost: npv,
                                  investment: investment, annualCost: annual, measures: measures,
                                  privateNetPresentCost: privateNPV, npvPerUndiscountedTonne: perTonne,
                                  referenceCarbonPrice: carbonPrice, energyPrices: prices)
    }
}
