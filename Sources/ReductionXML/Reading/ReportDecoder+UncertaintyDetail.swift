/// Schema 1.2 additions to the uncertainty section: mode, what was drawn, correlations, sensitivity.
extension ReportDecoder {
    static func uncertaintyDetail(_ node: Node, cursor: inout ElementCursor,
                                  into section: inout PlanReport.Uncertainty) throws(ReportXMLError) {
        section.mode = node.attribute("mode")
        for drawn in cursor.all("drawn") {
            section.drawn.append(PlanReport.DrawnKind(kind: try attribute(drawn, "kind"), count: try integer(drawn, "count")))
        }
        for item in cursor.all("correlation") {
            section.correlations.append(PlanReport.Correlation(
                first: try attribute(item, "first"), second: try attribute(item, "second"),
                target: try number(item, "target"), achieved: try number(item, "achieved"), draws: try integer(item, "draws")))
        }
        for result in cursor.all("sensitivity") {
            var inner = ElementCursor(result)
            var parameters: [PlanReport.ParameterSensitivity] = []
            for parameter in inner.all("parameter") {
                parameters.append(PlanReport.ParameterSensitivity(
                    parameter: try attribute(parameter, "name"), spearman: try number(parameter, "spearman"),
                    firstOrder: try number(parameter, "firstOrder"), lowMean: try number(parameter, "lowMean"),
                    highMean: try number(parameter, "highMean")))
            }
            section.sensitivity.append(PlanReport.SensitivityResult(
                result: try attribute(result, "result"), unit: try attribute(result, "unit"),
                draws: try integer(result, "draws"), parameters: parameters))
        }
    }
}
