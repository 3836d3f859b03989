internal import ReductionCore
import Foundation

extension ReportDecoder {
    /// `<resolvedInputs>`: the tool and each carried file, base64-decoded. The stated
    /// `sha256` is kept as written (``PlanReport/InputFile/sha256``) so `verify` can compare
    /// it with the bytes; a `bytes` count that disagrees with the decoded length is an error.
    static func resolvedInputs(_ node: Node) throws(ReportXMLError) -> PlanReport.ResolvedInputs {
        var cursor = ElementCursor(node)
        let tool = try cursor.required("tool")
        var files: [PlanReport.InputFile] = []
        for file in cursor.all("file") {
            let text = file.text.filter { !$0.isWhitespace }
            guard let data = text.isEmpty ? Data() : Data(base64Encoded: text) else {
                throw failure(file, "the <file> content is not base64")
            }
            let count = try integer(file, "bytes")
            guard count == data.count else {
                throw failure(file, "bytes=\"\(count)\" but the content decodes to \(data.count) bytes")
            }
            files.append(PlanReport.InputFile(role: try attribute(file, "role"), name: try attribute(file, "name"),
                                              sha256: try attribute(file, "sha256"), bytes: [UInt8](data)))
        }
        return PlanReport.ResolvedInputs(
            tool: PlanReport.Generator(name: try attribute(tool, "name"), version: try attribute(tool, "version")),
            files: files)
    }
}
