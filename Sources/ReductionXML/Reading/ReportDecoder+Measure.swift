extension ReportDecoder {
    static func measure(_ node: Node) throws(ReportXMLError) -> PlanReport.Measure {
        var cursor = ElementCursor(node)
        let name = try names(node)
        _ = cursor.all("name")
        let description = cursor.optional("description")?.text
        var parameters: [PlanReport.Parameter] = []
        for parameter in cursor.all("parameter") {
            var inner = ElementCursor(parameter)
            _ = inner.all("name")
            parameters.append(PlanReport.Parameter(
                key: try attribute(parameter, "key"), name: try names(parameter),
                value: Quantity(try number(parameter, "value"), try attribute(parameter, "unit")),
                source: try inner.required("source").text))
        }
        let deploymentNode = try cursor.required("deployment")
        let deployment = PlanReport.Deployment(start: try integer(deploymentNode, "start"),
                                               end: try integer(deploymentNode, "end"),
                                               share: try series(deploymentNode))
        var costs: [PlanReport.Cost] = []
        for cost in cursor.all("cost") {
            costs.append(PlanReport.Cost(kind: try attribute(cost, "kind"), amount: try quantity(cost)))
        }
        var standalone: YearSeries?, interacted: YearSeries?
        for abatement in cursor.all("abatement") {
            switch try attribute(abatement, "kind") {
            case "standalone" where standalone == nil: standalone = try series(abatement)
            case "interacted" where interacted == nil: interacted = try series(abatement)
            case let kind: throw failure(abatement, "unexpected abatement kind \"\(kind)\"")
            }
        }
        guard let standalone, let interacted else {
            throw failure(node, "measure needs a standalone and an interacted abatement series")
        }
        let costNode = try cursor.required("costPerTonne")
        let costPerTonne = PlanReport.CostPerTonne(year: try integer(costNode, "year"),
                                                   method: try attribute(costNode, "method"),
                                                   value: try quantity(costNode))
        let npv = try quantity(cursor.required("npv"))
        let breakEven = try cursor.optional("breakEvenPrice").map { node throws(ReportXMLError) in try quantity(node) }
        var benefits: [PlanReport.CoBenefit] = []
        for benefit in cursor.all("coBenefit") {
            benefits.append(PlanReport.CoBenefit(pollutant: try attribute(benefit, "pollutant"),
                                                 year: try integer(benefit, "year"), amount: try quantity(benefit)))
        }
        var references: [String] = []
        for reference in cursor.all("reference") { references.append(try attribute(reference, "ref")) }
        guard let order = Int(try attribute(node, "order")), order > 0 else {
            throw failure(node, "order must be a positive integer")
        }
        return PlanReport.Measure(
            id: try attribute(node, "id"), order: order, status: try attribute(node, "status"),
            instrument: try attribute(node, "instrument"), name: name, description: description,
            parameters: parameters, deployment: deployment, costs: costs, standaloneAbatement: standalone,
            interactedAbatement: interacted, costPerTonne: costPerTonne, npv: npv, breakEvenPrice: breakEven,
            coBenefits: benefits, references: references)
    }
}
