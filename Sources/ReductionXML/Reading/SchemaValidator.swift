public import Foundation

/// Checks documents against the report schema through libxml2, after the same hardened
/// parse the reader uses (no network, no DTD, no entities, size bound).
///
/// ```swift
/// do { try SchemaValidator().validate(fileAt: url) }
/// catch { for d in error.diagnostics { print("\(url.path):\(d.line): \(d.message)") } }
/// ```
public struct SchemaValidator: Sendable {
    /// Largest document accepted, in bytes.
    public var maxBytes: Int
    private let schema: [UInt8]

    /// A validator for the bundled schema (``ReportFormat/schemaFileName``).
    public init(maxBytes: Int = ReportReader.defaultMaxBytes) {
        self.init(schema: BundledSchema.bytes, maxBytes: maxBytes)
    }

    /// A validator for another XSD (for example a newer minor version on disk).
    public init(schema: [UInt8], maxBytes: Int = ReportReader.defaultMaxBytes) {
        self.schema = schema
        self.maxBytes = maxBytes
    }

    /// The bundled schema's text.
    public static var bundledSchema: String { String(decoding: BundledSchema.bytes, as: UTF8.self) }

    /// Returns when the file is a valid report; otherwise throws an error whose
    /// ``ReportXMLError/diagnostics`` list every problem with its line.
    public func validate(fileAt file: URL) throws(ReportXMLError) {
        let bytes = try FileBytes.read(path: file.path, maxBytes: maxBytes)
        do {
            try validate(bytes)
        } catch {
            throw ReportXMLError(error.code, error.message, file: file.path, diagnostics: error.diagnostics)
        }
    }

    /// Validates a document held in memory.
    public func validate(_ bytes: [UInt8]) throws(ReportXMLError) {
        let tree = try DocumentTree.parse(bytes, maxBytes: maxBytes)
        try validate(tree)
    }

    func validate(_ tree: DocumentTree) throws(ReportXMLError) {
        let problems = try CompiledSchema(xsd: schema).validate(tree).filter { $0.severity != .warning }
        guard problems.isEmpty else {
            let first = problems[0]
            throw ReportXMLError(.schemaInvalid,
                                 "does not conform to the report schema: \(problems.count) error(s), first on line \(first.line)",
                                 diagnostics: problems)
        }
    }
}
