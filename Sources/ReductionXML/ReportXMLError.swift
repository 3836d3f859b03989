package import ReductionSystem

/// One message from libxml2 (parser, schema validator or writer), copied into Swift values
/// as soon as libxml2 reported it.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious libxml2 judged the message.
    public enum Severity: String, Sendable, Hashable {
        /// A warning (the document is still usable).
        case warning
        /// An error: the document is invalid.
        case error
        /// A fatal error: libxml2 stopped reading.
        case fatal
    }

    /// How serious the message is.
    public var severity: Severity
    /// 1-based line in the document; 0 when libxml2 gave none.
    public var line: Int
    /// 1-based column where libxml2 knows it, otherwise 0.
    public var column: Int
    /// libxml2's message, without the trailing newline.
    public var message: String
    /// libxml2's numeric error code (`xmlParserErrors`), for tooling.
    public var code: Int

    /// Creates a diagnostic.
    public init(severity: Severity, line: Int, column: Int, message: String, code: Int) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
        self.code = code
    }

    /// `line N: message`, the form the CLI prints.
    public var description: String { "line \(line): \(message)" }
}

/// Every failure of ReductionXML: what went wrong (``code``), a message for a planner, the
/// file concerned and each libxml2 message with its line.
public struct ReportXMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure. Extensible: new codes may be added in minor versions.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's stable text, e.g. `schema-invalid`.
        public var rawValue: String
        /// Creates a code from its stable text (new codes are added here, not by callers).
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's stable text, the same as ``rawValue``.
        public var description: String { rawValue }

        /// The document is not well-formed XML (or is empty or truncated).
        public static let malformed = Code(rawValue: "malformed")
        /// The document declares a DOCTYPE, which reports never do; refused before it is read.
        public static let doctypeRefused = Code(rawValue: "doctype-refused")
        /// The document is larger than the reader's size bound.
        public static let tooLarge = Code(rawValue: "too-large")
        /// The document does not conform to the report schema.
        public static let schemaInvalid = Code(rawValue: "schema-invalid")
        /// The root element is not in the report namespace of this major version.
        public static let wrongNamespace = Code(rawValue: "wrong-namespace")
        /// The `schemaVersion` attribute names a version this library cannot read.
        public static let unsupportedVersion = Code(rawValue: "unsupported-version")
        /// Valid XML, but a value the report model cannot hold (a bad number, a missing name).
        public static let invalidContent = Code(rawValue: "invalid-content")
        /// Reading, writing, renaming or removing a file failed.
        public static let io = Code(rawValue: "io")
        /// The bundled schema itself failed to compile (a packaging fault).
        public static let schemaCompile = Code(rawValue: "schema-compile")
    }

    /// The kind of failure.
    public var code: Code
    /// A human message; names the line when there is one.
    public var message: String
    /// The file concerned, when there is one.
    public var file: String?
    /// Every libxml2 message behind the failure, in the order reported.
    public var diagnostics: [XMLDiagnostic]
    /// The failed system call behind an ``Code-swift.struct/io`` error, with its typed errno.
    package var cause: SystemError?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String? = nil, diagnostics: [XMLDiagnostic] = []) {
        self.code = code
        self.message = message
        self.file = file
        self.diagnostics = diagnostics
    }

    /// The line of the first diagnostic that has one.
    public var line: Int? { diagnostics.first(where: { $0.line > 0 })?.line }

    /// `file: message`, followed by one `file:line: message` row per diagnostic.
    public var description: String {
        let prefix = file.map { "\($0): " } ?? ""
        let rows = diagnostics.map { "\n  \(file ?? "<input>"):\($0.line): \($0.message)" }
        return prefix + message + rows.joined()
    }
}
