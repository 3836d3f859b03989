internal import ReductionCore

/// Schema 1.2 `rp:Boundaries`.
extension ReportDecoder {
    static func boundaries(_ node: Node) throws(ReportXMLError) -> PlanReport.Boundaries {
        var cursor = ElementCursor(node)
        let bau = try boundaryTotals(cursor.required("bau"))
        let pathway = try boundaryTotals(cursor.required("pathway"))
        let gridBau = try cursor.optional("gridFactorBau").map { node throws(ReportXMLError) in try series(node) }
        let gridPathway = try cursor.optional("gridFactorPathway").map { node throws(ReportXMLError) in try series(node) }
        var targets: [PlanReport.Boundaries.TargetBoundary] = []
        for target in cursor.all("target") {
            targets.append(PlanReport.Boundaries.TargetBoundary(targetID: try attribute(target, "target"),
                                                                boundary: try boundaryName(target, "boundary")))
        }
        var steps: [PlanReport.Boundaries.StepSplit] = []
        for step in cursor.all("maccStep") {
            steps.append(PlanReport.Boundaries.StepSplit(measureID: try attribute(step, "measure"),
                                                         direct: try number(step, "direct"),
                                                         indirect: try number(step, "indirect")))
        }
        let notes = cursor.all("note").map(\.text)
        return PlanReport.Boundaries(view: try attribute(node, "view"),
                                     defaultTargetBoundary: try boundaryName(node, "defaultTargetBoundary"),
                                     bau: bau, pathway: pathway, gridFactorBau: gridBau, gridFactorPathway: gridPathway,
                                     targets: targets, steps: steps, notes: notes)
    }

    /// The section, checked: in every year direct + indirect equals the baseline (BAU) and the
    /// pathway series within 1e-6 relative, so a report's boundaries cannot contradict its totals.
    static func checkedBoundaries(_ node: Node, baseline: ReportSeries, pathway: ReportSeries) throws(ReportXMLError)
        -> PlanReport.Boundaries {
        let section = try boundaries(node)
        for (name, totals, series) in [("bau", section.bau, baseline), ("pathway", section.pathway, pathway)] {
            for point in series.points {
                let direct = totals.direct.value(in: point.year), indirect = totals.indirect.value(in: point.year)
                guard let direct, let indirect,
                      abs(direct + indirect - point.value) <= 1e-6 * max(1, abs(point.value)) else {
                    throw failure(node, "boundaries/\(name) \(point.year): direct \(direct.map { "\($0)" } ?? "missing") + indirect "
                                  + "\(indirect.map { "\($0)" } ?? "missing") does not equal the total \(point.value)")
                }
            }
        }
        return section
    }

    static func boundaryTotals(_ node: Node) throws(ReportXMLError) -> PlanReport.Boundaries.Totals {
        var cursor = ElementCursor(node)
        let direct = try series(cursor.required("direct"))
        let indirect = try series(cursor.required("indirect"))
        let location = try cursor.optional("indirectLocationBased").map { node throws(ReportXMLError) in try series(node) }
        return PlanReport.Boundaries.Totals(direct: direct, indirect: indirect, indirectLocationBased: location)
    }

    /// `direct`, `indirect` or `total`.
    static func boundaryName(_ node: Node, _ name: String) throws(ReportXMLError) -> String {
        let text = try attribute(node, name)
        guard ReportingBoundary(rawValue: text) != nil else {
            throw failure(node, "\(name)=\"\(text)\" is not direct, indirect or total")
        }
        return text
    }
}
