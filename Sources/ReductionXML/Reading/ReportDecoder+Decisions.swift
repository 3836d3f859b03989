internal import ReductionCore

/// Reading the decisions section (schema 1.2).
extension ReportDecoder {
    static func decisions(_ node: Node) throws(ReportXMLError) -> PlanReport.Decisions {
        var cursor = ElementCursor(node)
        let alternativesNode = try cursor.required("alternatives")
        var alternativesCursor = ElementCursor(alternativesNode)
        let price = try quantity(alternativesCursor.required("referencePrice"))
        var alternatives: [PlanReport.Alternative] = []
        for decision in alternativesCursor.all("decision") {
            var inner = ElementCursor(decision)
            alternatives.append(PlanReport.Alternative(
                loser: try attribute(decision, "loser"), winner: try attribute(decision, "winner"),
                reason: try attribute(decision, "reason"),
                loserAbatement: try quantity(inner.required("loserAbatement")),
                winnerAbatement: try quantity(inner.required("winnerAbatement")),
                loserAnnualCost: try quantity(inner.required("loserAnnualCost")),
                winnerAnnualCost: try quantity(inner.required("winnerAnnualCost")),
                incrementalCost: try inner.optional("incrementalCost").map { node throws(ReportXMLError) in try quantity(node) }))
        }
        let ordering = try cursor.required("ordering")
        var orderingCursor = ElementCursor(ordering)
        var left: [String] = [], committed: [String] = []
        for item in orderingCursor.all("leftPathway") { left.append(try attribute(item, "measure")) }
        for item in orderingCursor.all("committed") { committed.append(try attribute(item, "measure")) }
        var maccs: [PlanReport.MACC] = []
        for item in cursor.all("macc") { maccs.append(try macc(item)) }
        let attribution = try cursor.optional("attribution").map { node throws(ReportXMLError) in
            var inner = ElementCursor(node)
            let total = try quantity(inner.required("packageTotal"))
            var measures: [PlanReport.AttributedMeasure] = []
            for item in inner.all("measure") {
                var fields = ElementCursor(item)
                measures.append(PlanReport.AttributedMeasure(
                    measureID: try attribute(item, "measure"), sequential: try quantity(fields.required("sequential")),
                    standalone: try quantity(fields.required("standalone")), disableOne: try quantity(fields.required("disableOne")),
                    shapley: try quantity(fields.required("shapley")),
                    shapleyHalfWidth: try fields.optional("shapleyHalfWidth").map { node throws(ReportXMLError) in try quantity(node) }))
            }
            return PlanReport.Attribution(year: try integer(node, "year"), shapleySamples: try integer(node, "shapleySamples"),
                                          packageTotal: total, measures: measures)
        }
        var peaks: [PlanReport.PeakRule] = []
        for item in cursor.all("peakRule") {
            var inner = ElementCursor(item)
            let tolerance = try share(inner.required("plateauTolerance"))
            let rebound = try inner.optional("rebound").map { node throws(ReportXMLError) in
                var fields = ElementCursor(node)
                return PlanReport.Rebound(from: try integer(node, "from"), to: try integer(node, "to"),
                                          increase: try quantity(fields.required("increase")),
                                          share: try quantity(fields.required("share")))
            }
            peaks.append(PlanReport.PeakRule(series: try attribute(item, "series"), plateauTolerance: tolerance,
                                             plateauFrom: try integer(item, "plateauFrom"), plateauTo: try integer(item, "plateauTo"),
                                             seriesStart: try integer(item, "seriesStart"),
                                             atSeriesStart: try boolean(item, "atSeriesStart"), rebound: rebound))
        }
        return PlanReport.Decisions(referencePrice: price, alternatives: alternatives, leftPathway: left, committed: committed,
                                    modelRuns: try integer(ordering, "modelRuns"), maccs: maccs, attribution: attribution,
                                    peaks: peaks)
    }
}
