internal import ReductionCore

/// The decisions section (schema 1.2).
extension ReportEncoder {
    func decisions(_ section: PlanReport.Decisions) throws(ReportXMLError) {
        try writer.startElement("decisions")
        try writer.startElement("alternatives")
        try writer.attribute("rule", "incremental")
        try quantity("referencePrice", section.referencePrice)
        for decision in section.alternatives {
            try writer.startElement("decision")
            try writer.attribute("loser", decision.loser)
            try writer.attribute("winner", decision.winner)
            try writer.attribute("reason", decision.reason)
            try quantity("loserAbatement", decision.loserAbatement)
            try quantity("winnerAbatement", decision.winnerAbatement)
            try quantity("loserAnnualCost", decision.loserAnnualCost)
            try quantity("winnerAnnualCost", decision.winnerAnnualCost)
            if let cost = decision.incrementalCost { try quantity("incrementalCost", cost) }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("ordering")
        try writer.attribute("method", "greedyInteractedCost")
        try writer.attribute("modelRuns", String(section.modelRuns))
        for id in section.leftPathway { try measureReference("leftPathway", id) }
        for id in section.committed { try measureReference("committed", id) }
        try writer.endElement()
        for macc in section.maccs { try self.macc(macc) }
        if let attribution = section.attribution {
            try writer.startElement("attribution")
            try writer.attribute("year", String(attribution.year))
            try writer.attribute("shapleySamples", String(attribution.shapleySamples))
            try quantity("packageTotal", attribution.packageTotal)
            for measure in attribution.measures {
                try writer.startElement("measure")
                try writer.attribute("measure", measure.measureID)
                try quantity("sequential", measure.sequential)
                try quantity("standalone", measure.standalone)
                try quantity("disableOne", measure.disableOne)
                try quantity("shapley", measure.shapley)
                if let half = measure.shapleyHalfWidth { try quantity("shapleyHalfWidth", half) }
                try writer.endElement()
            }
            try writer.endElement()
        }
        for peak in section.peaks {
            try writer.startElement("peakRule")
            try writer.attribute("series", peak.series)
            try writer.attribute("plateauFrom", String(peak.plateauFrom))
            try writer.attribute("plateauTo", String(peak.plateauTo))
            try writer.attribute("seriesStart", String(peak.seriesStart))
            try writer.attribute("atSeriesStart", peak.atSeriesStart ? "true" : "false")
            try share("plateauTolerance", peak.plateauTolerance)
            if let rebound = peak.rebound {
                try writer.startElement("rebound")
                try writer.attribute("from", String(rebound.from))
                try writer.attribute("to", String(rebound.to))
                try quantity("increase", rebound.increase)
                try quantity("share", rebound.share)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func measureReference(_ name: StaticString, _ id: String) throws(ReportXMLError) {
        try writer.startElement(name)
        try writer.attribute("measure", id)
        try writer.endElement()
    }
}
