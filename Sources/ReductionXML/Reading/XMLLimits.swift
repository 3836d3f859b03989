/// Structural bounds on documents read by ``ReportReader`` and ``SchemaValidator``, checked
/// in one linear pass over the bytes before libxml2 sees them.
///
/// libxml2's own attribute handling and XSD validation grow faster than linearly with the
/// number of attributes on one element (an element with 10,000 attributes took over a
/// minute), so the bounds are enforced before parsing. A report of this package has at most
/// 7 levels of elements, 6 attributes per element, 64-character attribute values and
/// texts of a few hundred characters; the bounds leave ample room above that.
public struct XMLLimits: Sendable, Hashable {
    /// Most attributes on one element (default 64).
    public var maxAttributesPerElement = 64
    /// Longest attribute value in bytes, as written (default 64 KiB).
    public var maxAttributeBytes = 64 << 10
    /// Longest text between two tags in bytes, as written (default 1 MiB).
    public var maxTextBytes = 1 << 20
    /// Deepest element nesting (default 64).
    public var maxDepth = 64
    /// Most elements in the document (default 2,000,000).
    public var maxElements = 2_000_000

    /// The default bounds.
    public init() {}

    /// Throws ``ReportXMLError/Code/tooLarge`` naming the line of the first element or value
    /// over a bound. The scan is lenient: anything it does not understand is left to the
    /// parser, which reports malformed XML with its own message.
    func check(_ bytes: [UInt8]) throws(ReportXMLError) {
        var scanner = LimitScanner(bytes: bytes, limits: self)
        try scanner.run()
    }
}

private struct LimitScanner {
    let bytes: [UInt8]
    let limits: XMLLimits
    var index = 0
    var line = 1
    var depth = 0
    var elements = 0

    init(bytes: [UInt8], limits: XMLLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    func fail(_ message: String) -> ReportXMLError {
        ReportXMLError(.tooLarge, "line \(line): \(message)",
                       diagnostics: [XMLDiagnostic(severity: .fatal, line: line, column: 0, message: message, code: 0)])
    }

    /// Advances one byte, counting lines.
    mutating func step() {
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
    }

    func starts(with text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    /// Skips past the next `terminator` (or to the end).
    mutating func skip(past terminator: String) -> Int {
        let start = index
        guard let first = terminator.utf8.first else { return 0 }  // callers pass literal, non-empty terminators
        while index < bytes.count {
            if bytes[index] == first && starts(with: terminator) {
                index += terminator.utf8.count
                return index - start
            }
            step()
        }
        return index - start
    }

    mutating func run() throws(ReportXMLError) {
        var textStart = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { step(); continue }
            if index - textStart > limits.maxTextBytes {
                throw fail("a text is \(index - textStart) bytes long; the limit is \(limits.maxTextBytes)")
            }
            if starts(with: "<!--") {
                _ = skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                if skip(past: "]]>") > limits.maxTextBytes {
                    throw fail("a CDATA section is longer than \(limits.maxTextBytes) bytes")
                }
            } else if starts(with: "<?") {
                _ = skip(past: "?>")
            } else if starts(with: "<!") {
                return  // a DOCTYPE: the parser refuses it with its own message
            } else if starts(with: "</") {
                depth -= 1
                _ = skip(past: ">")
            } else {
                try startTag()
            }
            textStart = index
        }
        if index - textStart > limits.maxTextBytes {
            throw fail("a text is \(index - textStart) bytes long; the limit is \(limits.maxTextBytes)")
        }
    }

    /// At `<name …`: counts the element, its depth and its attributes, up to the closing `>`.
    mutating func startTag() throws(ReportXMLError) {
        elements += 1
        depth += 1
        guard elements <= limits.maxElements else { throw fail("more than \(limits.maxElements) elements") }
        guard depth <= limits.maxDepth else { throw fail("elements are nested more than \(limits.maxDepth) deep") }
        var attributes = 0
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                if index > 0 && bytes[index - 1] == UInt8(ascii: "/") { depth -= 1 }
                index += 1
                return
            }
            if byte == UInt8(ascii: "=") {
                attributes += 1
                guard attributes <= limits.maxAttributesPerElement else {
                    throw fail("an element has more than \(limits.maxAttributesPerElement) attributes")
                }
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                step()
                let start = index
                while index < bytes.count && bytes[index] != byte { step() }
                guard index - start <= limits.maxAttributeBytes else {
                    throw fail("an attribute value is \(index - start) bytes long; the limit is \(limits.maxAttributeBytes)")
                }
                if index < bytes.count { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "<") { return }  // malformed; the parser reports it
            step()
        }
    }
}
