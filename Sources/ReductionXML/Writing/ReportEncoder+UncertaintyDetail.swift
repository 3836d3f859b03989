internal import ReductionCore

/// Schema 1.2 additions to the uncertainty section: what was drawn, correlations, sensitivity.
extension ReportEncoder {
    func uncertaintyDetail(_ section: PlanReport.Uncertainty) throws(ReportXMLError) {
        for kind in section.drawn {
            try writer.startElement("drawn")
            try writer.attribute("kind", kind.kind)
            try writer.attribute("count", String(kind.count))
            try writer.endElement()
        }
        for correlation in section.correlations {
            try writer.startElement("correlation")
            try writer.attribute("first", correlation.first)
            try writer.attribute("second", correlation.second)
            try number("target", correlation.target)
            try number("achieved", correlation.achieved)
            try writer.attribute("draws", String(correlation.draws))
            try writer.endElement()
        }
        for result in section.sensitivity {
            try writer.startElement("sensitivity")
            try writer.attribute("result", result.result)
            try writer.attribute("unit", result.unit)
            try writer.attribute("draws", String(result.draws))
            for parameter in result.parameters {
                try writer.startElement("parameter")
                try writer.attribute("name", parameter.parameter)
                try number("spearman", parameter.spearman)
                try number("firstOrder", parameter.firstOrder)
                try number("lowMean", parameter.lowMean)
                try number("highMean", parameter.highMean)
                try writer.endElement()
            }
            try writer.endElement()
        }
    }
}
