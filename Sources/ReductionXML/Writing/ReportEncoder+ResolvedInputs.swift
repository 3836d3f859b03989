internal import ReductionCore
import Foundation

extension ReportEncoder {
    /// `<numbers significantDigits="…"/>` at the end of the header (schema 1.2).
    func numbers(_ digits: Int) throws(ReportXMLError) {
        try writer.startElement("numbers")
        try writer.attribute("significantDigits", String(digits))
        try writer.endElement()
    }

    /// `<resolvedInputs>`: the tool, then each file base64-encoded in lines of 76 characters.
    func resolvedInputs(_ inputs: PlanReport.ResolvedInputs) throws(ReportXMLError) {
        try writer.startElement("resolvedInputs")
        try writer.startElement("tool")
        try writer.attribute("name", inputs.tool.name)
        try writer.attribute("version", inputs.tool.version)
        try writer.endElement()
        for file in inputs.files {
            try writer.startElement("file")
            try writer.attribute("role", file.role)
            try writer.attribute("name", file.name)
            try writer.attribute("bytes", String(file.bytes.count))
            try writer.attribute("sha256", file.sha256)
            try writer.text(Self.base64Lines(file.bytes))
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// Base64 in lines of 76 characters separated by `\n` (no `\r`, which XML would drop),
    /// with a leading and trailing line break; `base64 -d` accepts it as is.
    static func base64Lines(_ bytes: [UInt8]) -> String {
        let encoded = Data(bytes).base64EncodedString()
        var text = "\n"
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            text += encoded[index..<end] + "\n"
            index = end
        }
        return text
    }
}
