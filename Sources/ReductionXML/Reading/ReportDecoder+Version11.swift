internal import ReductionCore

/// The sections added in schema 1.1: memo items, the breakdown and the uncertainty section.
extension ReportDecoder {
    static func memos(_ node: Node) throws(ReportXMLError) -> [PlanReport.Memo] {
        var cursor = ElementCursor(node)
        var memos: [PlanReport.Memo] = []
        for memo in cursor.all("memo") {
            var inner = ElementCursor(memo)
            let name = try names(memo)
            _ = inner.all("name")
            memos.append(PlanReport.Memo(id: try attribute(memo, "id"), name: name, unit: try attribute(memo, "unit"),
                                         bau: try series(inner.required("bau")),
                                         pathway: try series(inner.required("pathway"))))
        }
        return memos
    }

    static func breakdown(_ node: Node) throws(ReportXMLError) -> PlanReport.Breakdown {
        var cursor = ElementCursor(node)
        let activity = try cursor.optional("activity").map { node throws(ReportXMLError) in try flow(node) }
        var groups: [[PlanReport.Flow]] = []
        for name in ["source", "pollutant", "carrier"] {
            var flows: [PlanReport.Flow] = []
            for child in cursor.all(name) { flows.append(try flow(child)) }
            groups.append(flows)
        }
        return PlanReport.Breakdown(activity: activity, sources: groups[0], pollutants: groups[1], carriers: groups[2])
    }

    static func flow(_ node: Node) throws(ReportXMLError) -> PlanReport.Flow {
        var cursor = ElementCursor(node)
        let name = try names(node)
        _ = cursor.all("name")
        return PlanReport.Flow(id: node.attribute("id"), name: name, bau: try series(cursor.required("bau")),
                               pathway: try series(cursor.required("pathway")))
    }

    static func uncertainty(_ node: Node) throws(ReportXMLError) -> PlanReport.Uncertainty {
        var cursor = ElementCursor(node)
        let price = try quantity(cursor.required("referencePrice"))
        var measures: [PlanReport.MeasureSpread] = []
        for measure in cursor.all("measure") {
            var inner = ElementCursor(measure)
            let abatement = try inner.optional("abatement").map { node throws(ReportXMLError) in try percentiles(node) }
            let cost = try inner.optional("costPerTonne").map { node throws(ReportXMLError) in try percentiles(node) }
            measures.append(PlanReport.MeasureSpread(
                measureID: try attribute(measure, "measure"), abatement: abatement, costPerTonne: cost,
                probabilitySavesMoney: try share(inner.required("savesMoney")),
                probabilityKeepsRank: try share(inner.required("keepsRank")),
                probabilityBelowPrice: try share(inner.required("belowPrice")),
                abatingDraws: try measure.attribute("abatingDraws") == nil ? nil : integer(measure, "abatingDraws"),
                probabilityIncreasesEmissions: try inner.optional("increasesEmissions").map { node throws(ReportXMLError) in try share(node) }))
            measures[measures.count - 1].privateCostPerTonne = try inner.optional("privateCostPerTonne")
                .map { node throws(ReportXMLError) in try percentiles(node) }
            measures[measures.count - 1].rank = try inner.optional("rank").map { node throws(ReportXMLError) in try percentiles(node) }
            measures[measures.count - 1].probabilityChosen = try inner.optional("chosen").map { node throws(ReportXMLError) in try share(node) }
            measures[measures.count - 1].centralRank = try measure.attribute("centralRank") == nil ? nil : integer(measure, "centralRank")
        }
        let emissions = try cursor.optional("pathwayEmissions").map { node throws(ReportXMLError) in
            try percentiles(node)
        }
        var peaks: [PlanReport.PeakYearShare] = []
        for peak in cursor.all("peakYear") {
            peaks.append(PlanReport.PeakYearShare(year: try integer(peak, "year"), share: try share(peak)))
        }
        var targets: [PlanReport.TargetProbability] = []
        for target in cursor.all("targetMet") {
            targets.append(PlanReport.TargetProbability(targetID: try attribute(target, "target"),
                                                        probability: try share(target)))
        }
        let draws = try integer(node, "draws")
        let seedText = try attribute(node, "seed")
        guard let seed = UInt64(seedText) else { throw failure(node, "seed=\"\(seedText)\" is not a 64-bit unsigned integer") }
        var section = PlanReport.Uncertainty(
            draws: draws, seed: seed, parameterCount: try integer(node, "parameters"), referencePrice: price,
            targetYear: try integer(node, "year"), measures: measures, pathwayEmissions: emissions,
            peakYears: peaks, targets: targets)
        try uncertaintyDetail(node, cursor: &cursor, into: &section)
        return section
    }

    static func percentiles(_ node: Node) throws(ReportXMLError) -> ReportPercentiles {
        ReportPercentiles(p5: try number(node, "p5"), p50: try number(node, "p50"), p95: try number(node, "p95"),
                          unit: try attribute(node, "unit"))
    }

    /// A share of the draws: a number from 0 to 1.
    static func share(_ node: Node) throws(ReportXMLError) -> Double {
        let value = try number(node, "value")
        guard (0...1).contains(value) else { throw failure(node, "share \(value) is not between 0 and 1") }
        return value
    }
}
