internal import ReductionCore

/// The sections added in schema 1.1: memo items, the breakdown and the uncertainty section.
extension ReportEncoder {
    func memos(_ memos: [PlanReport.Memo]) throws(ReportXMLError) {
        try writer.startElement("memos")
        try writer.attribute("includedInTotals", "false")
        for memo in memos {
            try writer.startElement("memo")
            try writer.attribute("id", memo.id)
            try writer.attribute("unit", memo.unit)
            try names(memo.name)
            try series("bau", memo.bau)
            try series("pathway", memo.pathway)
            try writer.endElement()
        }
        try writer.endElement()
    }

    func breakdown(_ breakdown: PlanReport.Breakdown) throws(ReportXMLError) {
        try writer.startElement("breakdown")
        if let activity = breakdown.activity { try flow("activity", activity) }
        for source in breakdown.sources { try flow("source", source) }
        for pollutant in breakdown.pollutants { try flow("pollutant", pollutant) }
        for carrier in breakdown.carriers { try flow("carrier", carrier) }
        try writer.endElement()
    }

    func flow(_ name: StaticString, _ flow: PlanReport.Flow) throws(ReportXMLError) {
        try writer.startElement(name)
        if let id = flow.id { try writer.attribute("id", id) }
        try names(flow.name)
        try series("bau", flow.bau)
        try series("pathway", flow.pathway)
        try writer.endElement()
    }

    func uncertainty(_ section: PlanReport.Uncertainty) throws(ReportXMLError) {
        try writer.startElement("uncertainty")
        try writer.attribute("draws", String(section.draws))
        try writer.attribute("seed", String(section.seed))
        try writer.attribute("parameters", String(section.parameterCount))
        try writer.attribute("year", String(section.targetYear))
        if let mode = section.mode { try writer.attribute("mode", mode) }
        try quantity("referencePrice", section.referencePrice)
        for measure in section.measures {
            try writer.startElement("measure")
            try writer.attribute("measure", measure.measureID)
            if let draws = measure.abatingDraws { try writer.attribute("abatingDraws", String(draws)) }
            if let rank = measure.centralRank { try writer.attribute("centralRank", String(rank)) }
            if let abatement = measure.abatement { try percentiles("abatement", abatement) }
            if let cost = measure.costPerTonne { try percentiles("costPerTonne", cost) }
            try share("savesMoney", measure.probabilitySavesMoney)
            try share("keepsRank", measure.probabilityKeepsRank)
            try share("belowPrice", measure.probabilityBelowPrice)
            if let increases = measure.probabilityIncreasesEmissions { try share("increasesEmissions", increases) }
            if let cost = measure.privateCostPerTonne { try percentiles("privateCostPerTonne", cost) }
            if let rank = measure.rank { try percentiles("rank", rank) }
            if let chosen = measure.probabilityChosen { try share("chosen", chosen) }
            try writer.endElement()
        }
        if let emissions = section.pathwayEmissions { try percentiles("pathwayEmissions", emissions) }
        for peak in section.peakYears {
            try share("peakYear", peak.share) { () throws(ReportXMLError) in
                try writer.attribute("year", String(peak.year))
            }
        }
        for target in section.targets {
            try share("targetMet", target.probability) { () throws(ReportXMLError) in
                try writer.attribute("target", target.targetID)
            }
        }
        try uncertaintyDetail(section)
        try writer.endElement()
    }

    func percentiles(_ name: StaticString, _ value: ReportPercentiles) throws(ReportXMLError) {
        try writer.startElement(name)
        try number("p5", value.p5)
        try number("p50", value.p50)
        try number("p95", value.p95)
        try writer.attribute("unit", value.unit)
        try writer.endElement()
    }

    /// A share of the draws (unit `1`).
    func share(_ name: StaticString, _ value: Double,
               extra: () throws(ReportXMLError) -> Void = {}) throws(ReportXMLError) {
        try quantity(name, ReportQuantity(value, "1"), extra: extra)
    }
}
