internal import ReductionCore

/// Schema 1.2 `rp:Boundaries`: direct and indirect totals, grid-factor path, target boundaries.
extension ReportEncoder {
    func boundaries(_ section: PlanReport.Boundaries) throws(ReportXMLError) {
        try writer.startElement("boundaries")
        try writer.attribute("view", section.view)
        try writer.attribute("defaultTargetBoundary", section.defaultTargetBoundary)
        try boundaryTotals("bau", section.bau)
        try boundaryTotals("pathway", section.pathway)
        if let grid = section.gridFactorBau { try series("gridFactorBau", grid) }
        if let grid = section.gridFactorPathway { try series("gridFactorPathway", grid) }
        for target in section.targets {
            try writer.startElement("target")
            try writer.attribute("target", target.targetID)
            try writer.attribute("boundary", target.boundary)
            try writer.endElement()
        }
        for step in section.steps {
            try writer.startElement("maccStep")
            try writer.attribute("measure", step.measureID)
            try number("direct", step.direct)
            try number("indirect", step.indirect)
            try writer.attribute("unit", "tCO2e")
            try writer.endElement()
        }
        for note in section.notes { try element("note", note) }
        try writer.endElement()
    }

    func boundaryTotals(_ name: StaticString, _ totals: PlanReport.Boundaries.Totals) throws(ReportXMLError) {
        try writer.startElement(name)
        try series("direct", totals.direct)
        try series("indirect", totals.indirect)
        if let location = totals.indirectLocationBased { try series("indirectLocationBased", location) }
        try writer.endElement()
    }
}
