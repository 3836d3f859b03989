public import Foundation

/// Reads official reports back into ``PlanReport`` values.
///
/// The parse is hardened: no network, no entity substitution, no DTD loading, any
/// `<!DOCTYPE` refused before its content is read, and a size bound. The root must be in
/// the namespace of schema major version 1 with a `1.x` `schemaVersion`; the document must
/// validate against the bundled schema. Every error names its line.
///
/// ```swift
/// let report = try ReportReader.read(fileAt: url)
/// ```
public enum ReportReader {
    /// Default size bound: 256 MiB.
    public static let defaultMaxBytes = 256 << 20

    /// Reads the report at `file`.
    public static func read(fileAt file: URL, maxBytes: Int = defaultMaxBytes) throws(ReportXMLError) -> PlanReport {
        let bytes = try FileBytes.read(path: file.path, maxBytes: maxBytes)
        do {
            return try read(bytes, maxBytes: maxBytes)
        } catch {
            throw ReportXMLError(error.code, error.message, file: file.path, diagnostics: error.diagnostics)
        }
    }

    /// Reads a report held in memory.
    public static func read(_ bytes: [UInt8], maxBytes: Int = defaultMaxBytes) throws(ReportXMLError) -> PlanReport {
        let tree = try DocumentTree.parse(bytes, maxBytes: maxBytes)
        guard let root = tree.root else { throw ReportXMLError(.malformed, "document has no root element") }
        try checkIdentity(root)
        try SchemaValidator(maxBytes: maxBytes).validate(tree)
        return try ReportDecoder.report(root)
    }

    /// Namespace and version, checked before the schema so the message says what is wrong.
    static func checkIdentity(_ root: ElementNode) throws(ReportXMLError) {
        let found = root.namespaceURI ?? "(no namespace)"
        guard root.localName == "report", found == ReportFormat.namespace else {
            throw ReportXMLError(
                .wrongNamespace,
                "line \(root.line): expected <report> in namespace \(ReportFormat.namespace), found <\(root.localName)> in \(found)",
                diagnostics: [XMLDiagnostic(severity: .error, line: root.line, column: 0,
                                            message: "wrong root element or namespace", code: 0)])
        }
        let version = root.attribute("schemaVersion") ?? ""
        guard Self.isReadableVersion(version) else {
            throw ReportXMLError(
                .unsupportedVersion,
                "line \(root.line): schemaVersion \"\(version)\" is not a 1.x version this reader understands",
                diagnostics: [XMLDiagnostic(severity: .error, line: root.line, column: 0,
                                            message: "unsupported schemaVersion", code: 0)])
        }
    }

    /// `1.<minor>`: later minor versions only add optional content that this reader skips.
    static func isReadableVersion(_ version: String) -> Bool {
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "1" && !parts[1].isEmpty && parts[1].allSatisfy(\.isASCII)
            && parts[1].allSatisfy(\.isNumber)
    }
}

/// Walks the children of one element in schema order.
struct ElementCursor {
    private let parent: ElementNode
    private let children: [ElementNode]
    private var index = 0

    init(_ parent: ElementNode) {
        self.parent = parent
        children = parent.children
    }

    /// The next child if it is called `name`.
    mutating func optional(_ name: String) -> ElementNode? {
        guard index < children.count, children[index].localName == name else { return nil }
        index += 1
        return children[index - 1]
    }

    /// The next child, which must be called `name`.
    mutating func required(_ name: String) throws(ReportXMLError) -> ElementNode {
        guard let node = optional(name) else {
            throw ReportDecoder.failure(parent, "<\(parent.localName)> lacks <\(name)>")
        }
        return node
    }

    /// Every following child called `name`.
    mutating func all(_ name: String) -> [ElementNode] {
        var result: [ElementNode] = []
        while let node = optional(name) { result.append(node) }
        return result
    }
}
