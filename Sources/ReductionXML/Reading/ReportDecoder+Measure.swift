internal import ReductionCore

extension ReportDecoder {
    static func measure(_ node: Node) throws(ReportXMLError) -> PlanReport.Measure {
        var cursor = ElementCursor(node)
        let name = try names(node)
        _ = cursor.all("name")
        let description = try cursor.optional("description").map { node throws(ReportXMLError) in try names(node) }
        var changes: [PlanReport.Change] = []
        for change in cursor.all("change") {
            var inner = ElementCursor(change)
            var parameters: [PlanReport.Parameter] = []
            for parameter in inner.all("parameter") {
                parameters.append(PlanReport.Parameter(name: try attribute(parameter, "name"),
                                                       estimate: try estimate(parameter)))
            }
            changes.append(PlanReport.Change(
                kind: try attribute(change, "kind"), key: change.attribute("key"), from: change.attribute("from"),
                to: change.attribute("to"), source: change.attribute("source"), gas: change.attribute("gas"),
                parameters: parameters))
        }
        let deploymentNode = try cursor.required("deployment")
        var deploymentCursor = ElementCursor(deploymentNode)
        let deployment = PlanReport.Deployment(
            start: try integer(deploymentNode, "start"), rampYears: try integer(deploymentNode, "rampYears"),
            end: deploymentNode.attribute("end") == nil ? nil : try integer(deploymentNode, "end"),
            maxPenetration: try estimate(deploymentCursor.required("maxPenetration")),
            penetration: try series(deploymentCursor.required("penetration")))
        let lifetime = try estimate(cursor.required("lifetime"))
        let capex = try estimate(cursor.required("capex"))
        let opex = try estimate(cursor.required("opex"))
        var excludes: [String] = []
        for excluded in cursor.all("excludes") { excludes.append(try attribute(excluded, "measure")) }
        let standalone = try series(cursor.required("standaloneAbatement"))
        let interacted = try series(cursor.required("interactedAbatement"))
        let captured = try cursor.optional("captured").map { node throws(ReportXMLError) in try series(node) }
        let annualCost = try series(cursor.required("annualCost"))
        var costs: [PlanReport.CostPerTonne] = []
        for cost in cursor.all("costPerTonne") {
            costs.append(PlanReport.CostPerTonne(basis: try attribute(cost, "basis"), method: try attribute(cost, "method"),
                                                 year: try integer(cost, "year"), value: try quantity(cost)))
        }
        let netPresentCost = try quantity(cursor.required("netPresentCost"))
        let breakEven = try cursor.optional("breakEvenPrice").map { node throws(ReportXMLError) in try quantity(node) }
        let payback = try cursor.optional("simplePayback").map { node throws(ReportXMLError) in try quantity(node) }
        var benefits: [PlanReport.CoBenefit] = []
        for benefit in cursor.all("coBenefit") {
            let amount = try pollutant(benefit)
            benefits.append(PlanReport.CoBenefit(pollutant: amount.pollutant, name: amount.name,
                                                 year: try integer(benefit, "year"), amount: amount.amount))
        }
        var references: [String] = []
        for reference in cursor.all("reference") { references.append(try attribute(reference, "ref")) }
        var order: Int?
        if node.attribute("order") != nil {
            guard let value = Int(try attribute(node, "order")), value > 0 else {
                throw failure(node, "order must be a positive integer")
            }
            order = value
        }
        return PlanReport.Measure(
            id: try attribute(node, "id"), order: order, inPathway: try boolean(node, "inPathway"),
            excludedBy: node.attribute("excludedBy"), status: try attribute(node, "status"),
            instrument: try attribute(node, "instrument"), name: name, description: description, changes: changes,
            deployment: deployment, lifetime: lifetime, capex: capex, opex: opex, excludes: excludes,
            standaloneAbatement: standalone, interactedAbatement: interacted, captured: captured, annualCost: annualCost,
            costsPerTonne: costs, netPresentCost: netPresentCost, breakEvenPrice: breakEven, simplePayback: payback,
            coBenefits: benefits, references: references)
    }
}
