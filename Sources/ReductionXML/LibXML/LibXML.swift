// The only file in the package that talks to libxml2. Every pointer it handles is owned by
// one Swift object whose `deinit` frees it; no C type appears outside this file.
internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Process-wide set-up

/// One-time libxml2 initialisation. `xmlInitParser()` runs once per process (Swift's global
/// initialisers are thread-safe); `xmlCleanupParser()` is never called from library code.
enum LibXML {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialised() { _ = initialised }

    /// Version string of the loaded libxml2, for example "20914".
    static var version: String {
        ensureInitialised()
        return String(cString: clibxml2_version())
    }
}

// MARK: - Errors, captured per context

/// Collects libxml2 messages for one operation. Confined to the thread running it.
final class DiagnosticSink {
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// Set by the parser hook when a `<!DOCTYPE` is met (its line).
    var doctypeLine: Int?
    private let limit = 200

    fileprivate func record(_ error: UnsafePointer<xmlError>) {
        guard diagnostics.count < limit else { return }
        let raw = error.pointee
        let severity: XMLDiagnostic.Severity
        switch raw.level {
        case XML_ERR_WARNING: severity = .warning
        case XML_ERR_FATAL: severity = .fatal
        default: severity = .error
        }
        var message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while message.last?.isNewline == true { message.removeLast() }
        diagnostics.append(XMLDiagnostic(
            severity: severity, line: Int(raw.line), column: Int(raw.int2),
            message: message, code: Int(raw.code)))
    }

    fileprivate func append(_ diagnostic: XMLDiagnostic) { diagnostics.append(diagnostic) }

    fileprivate var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// Handler whose context pointer is the sink itself (schema contexts, thread backstop).
private let sinkHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<DiagnosticSink>.fromOpaque(context).takeUnretainedValue().record(error)
}

/// Handler on a parser context: libxml2 passes the parser context; its `_private` is the sink.
private let parserHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let sink = parser.pointee._private else { return }
    Unmanaged<DiagnosticSink>.fromOpaque(sink).takeUnretainedValue().record(error)
}

/// SAX hook called at `<!DOCTYPE name …` before any of the internal subset is read:
/// records the line and stops the parser, so no entity declaration is ever processed.
private let refuseDoctype: internalSubsetSAXFunc = { context, _, _, _ in
    guard let context else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    if let sink = parser.pointee._private {
        let line = Int(xmlSAX2GetLineNumber(context))
        Unmanaged<DiagnosticSink>.fromOpaque(sink).takeUnretainedValue().doctypeLine = line
    }
    xmlStopParser(parser)
}

/// Runs `body` with `sink` as the calling thread's structured error handler (libxml2 keeps
/// it per thread), then restores the previous one. A backstop for messages raised outside
/// any context that has its own handler (writer I/O, the parser inside schema validation).
private func withThreadHandler<R>(_ sink: DiagnosticSink, _ body: () throws -> R) rethrows -> R {
    let previousHandler = clibxml2_thread_error_handler()
    let previousContext = clibxml2_thread_error_context()
    xmlSetStructuredErrorFunc(sink.opaque, sinkHandler)
    defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
    return try withExtendedLifetime(sink) { try body() }
}

// MARK: - File descriptors as libxml2 I/O

/// A file descriptor carried in libxml2's `void *` context (offset by one so 0 is not nil).
enum FileDescriptorContext {
    static func pointer(_ descriptor: Int32) -> UnsafeMutableRawPointer? {
        UnsafeMutableRawPointer(bitPattern: Int(descriptor) + 1)
    }

    static func descriptor(_ pointer: UnsafeMutableRawPointer?) -> Int32? {
        pointer.map { Int32(truncatingIfNeeded: Int(bitPattern: $0) - 1) }
    }
}

/// Writes all of `buffer`, retrying on EINTR; -1 (an I/O error for libxml2) on failure.
private let descriptorWrite: xmlOutputWriteCallback = { context, buffer, length in
    guard let descriptor = FileDescriptorContext.descriptor(context), let buffer, length >= 0 else { return -1 }
    var offset = 0
    while offset < Int(length) {
        let written = write(descriptor, buffer + offset, Int(length) - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return -1
        }
        offset += written
    }
    return length
}

private let descriptorRead: xmlInputReadCallback = { context, buffer, length in
    guard let descriptor = FileDescriptorContext.descriptor(context), let buffer, length >= 0 else { return -1 }
    while true {
        let count = read(descriptor, buffer, Int(length))
        if count < 0 && errno == EINTR { continue }
        return Int32(truncatingIfNeeded: count)
    }
}

/// The caller owns the descriptor: libxml2 never closes it.
private let descriptorKeepOpen: xmlOutputCloseCallback = { _ in 0 }

// MARK: - Streaming writer

/// An owned `xmlTextWriter`, to a file or to a memory buffer. Not shared between threads;
/// `deinit` frees everything, `close()` does it early (needed before a file is read back).
final class TextWriter {
    private var writer: xmlTextWriterPtr?
    private var buffer: xmlBufferPtr?
    private let sink = DiagnosticSink()

    /// A writer into memory; read the bytes with ``bytes()`` after ``endDocument()``.
    init(indent: Bool = true) throws(ReportXMLError) {
        LibXML.ensureInitialised()
        guard let buffer = xmlBufferCreate() else { throw .init(.io, "cannot allocate an XML buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .init(.io, "cannot create an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        try configure(indent: indent)
    }

    /// A writer streaming into an open file descriptor, which the caller keeps and closes.
    /// (File names never reach libxml2, whose URI handling would unescape `%41` to `A`.)
    init(fileDescriptor: Int32, indent: Bool = true) throws(ReportXMLError) {
        LibXML.ensureInitialised()
        guard let output = xmlOutputBufferCreateIO(descriptorWrite, descriptorKeepOpen,
                                                   FileDescriptorContext.pointer(fileDescriptor), nil) else {
            throw .init(.io, "cannot create an XML output buffer")
        }
        guard let created = xmlNewTextWriter(output) else {
            _ = xmlOutputBufferClose(output)
            throw .init(.io, "cannot create an XML writer")
        }
        writer = created
        try configure(indent: indent)
    }

    deinit { release() }

    private func release() {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
        writer = nil
        buffer = nil
    }

    private func configure(indent: Bool) throws(ReportXMLError) {
        guard indent else { return }
        try check(xmlTextWriterSetIndent(writer, 1), "set indentation")
        try check(xmlTextWriterSetIndentString(writer, "  "), "set indentation")
    }

    private func check(_ status: Int32, _ what: @autoclosure () -> String) throws(ReportXMLError) {
        if status < 0 || writer == nil {
            throw .init(.io, "XML writer failed to \(what())", diagnostics: sink.diagnostics)
        }
    }

    func startDocument() throws(ReportXMLError) {
        try check(withThreadHandler(sink) { xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) },
                  "start the document")
    }

    func startElement(_ name: StaticString) throws(ReportXMLError) {
        try check(Self.with(name) { xmlTextWriterStartElement(writer, $0) }, "start <\(name)>")
    }

    func endElement() throws(ReportXMLError) {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    func attribute(_ name: StaticString, _ value: String) throws(ReportXMLError) {
        let status = Self.with(name) { pointer in
            value.withCString { xmlTextWriterWriteAttribute(writer, pointer, Self.xml($0)) }
        }
        try check(status, "write attribute \(name)")
    }

    func text(_ value: String) throws(ReportXMLError) {
        try check(value.withCString { xmlTextWriterWriteString(writer, Self.xml($0)) }, "write text")
    }

    func comment(_ value: String) throws(ReportXMLError) {
        try check(value.withCString { xmlTextWriterWriteComment(writer, Self.xml($0)) }, "write a comment")
    }

    /// Closes every open element, ends the document and flushes to the buffer or file.
    func endDocument() throws(ReportXMLError) {
        let sink = self.sink
        let status = withThreadHandler(sink) { () -> Int32 in
            let ended = xmlTextWriterEndDocument(writer)
            return ended < 0 ? ended : xmlTextWriterFlush(writer)
        }
        try check(status, "finish the document")
    }

    /// Frees the writer now (closing its file). Further calls throw.
    func close() { release() }

    /// The bytes written so far to a memory writer (empty for a file writer).
    func bytes() -> [UInt8] {
        guard let buffer, let content = xmlBufferContent(buffer) else { return [] }
        let count = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private static func with<R>(_ name: StaticString, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        if name.hasPointerRepresentation { return body(name.utf8Start) }
        return name.description.withCString { body(xml($0)) }
    }

    private static func xml(_ pointer: UnsafePointer<CChar>) -> UnsafePointer<xmlChar> {
        UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self)
    }
}

// MARK: - Hardened parsing into an owned tree

/// An owned parsed document. Nodes hold a strong reference to it, so it outlives them.
final class DocumentTree {
    let document: xmlDocPtr

    fileprivate init(document: xmlDocPtr) { self.document = document }

    deinit { xmlFreeDoc(document) }

    /// The root element, if any.
    var root: ElementNode? {
        xmlDocGetRootElement(document).map { ElementNode(node: $0, owner: self) }
    }

    /// Parses `bytes` with no network, no entity substitution, no DTD loading, and refuses
    /// any document with a DOCTYPE (the parser stops before reading its internal subset).
    static func parse(_ bytes: [UInt8], maxBytes: Int) throws(ReportXMLError) -> DocumentTree {
        LibXML.ensureInitialised()
        guard bytes.count <= maxBytes else {
            throw .init(.tooLarge, "document is \(bytes.count) bytes; the limit is \(maxBytes) bytes")
        }
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else {
            throw .init(.malformed, "document is empty", diagnostics: [])
        }
        let sink = DiagnosticSink()
        let document: xmlDocPtr? = withThreadHandler(sink) {
            bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
                guard let base = buffer.baseAddress else { return nil }
                let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                guard let parser = xmlCreateMemoryParserCtxt(chars, Int32(buffer.count)) else { return nil }
                defer { xmlFreeParserCtxt(parser) }
                let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
                    | XML_PARSE_NOCDATA.rawValue)
                _ = xmlCtxtUseOptions(parser, options)
                parser.pointee._private = sink.opaque
                parser.pointee.sax.pointee.serror = parserHandler
                parser.pointee.sax.pointee.internalSubset = refuseDoctype
                parser.pointee.sax.pointee.externalSubset = nil
                parser.pointee.sax.pointee.resolveEntity = nil
                _ = xmlParseDocument(parser)
                let built = parser.pointee.myDoc
                parser.pointee.myDoc = nil
                guard parser.pointee.wellFormed != 0, sink.doctypeLine == nil,
                      let built, built.pointee.intSubset == nil, built.pointee.extSubset == nil
                else {
                    if let built { xmlFreeDoc(built) }
                    return nil
                }
                return built
            }
        }
        if let line = sink.doctypeLine {
            throw .init(.doctypeRefused, "line \(line): a document type declaration (<!DOCTYPE …>) is not allowed",
                        diagnostics: [XMLDiagnostic(severity: .fatal, line: line, column: 0,
                                                    message: "DOCTYPE refused", code: 0)])
        }
        guard let document else {
            let first = sink.diagnostics.first.map { "line \($0.line): \($0.message)" } ?? "not well-formed XML"
            throw .init(.malformed, first, diagnostics: sink.diagnostics)
        }
        return DocumentTree(document: document)
    }
}

/// An element of a ``DocumentTree``; keeps its document alive.
struct ElementNode {
    fileprivate let node: xmlNodePtr
    let owner: DocumentTree

    var localName: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    var namespaceURI: String? { node.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// 1-based line of the start tag.
    var line: Int { Int(xmlGetLineNo(node)) }

    /// Child elements in document order (text, comments and PIs skipped).
    var children: [ElementNode] {
        var result: [ElementNode] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(ElementNode(node: current, owner: owner)) }
            child = current.pointee.next
        }
        return result
    }

    /// An attribute without a namespace, or `nil`.
    func attribute(_ name: String) -> String? {
        Self.take(xmlGetNoNsProp(node, name))
    }

    /// An attribute in the XML namespace (`xml:lang`).
    var xmlLang: String? { Self.take(xmlGetNsProp(node, "lang", "http://www.w3.org/XML/1998/namespace")) }

    /// The concatenated text of the element and its descendants.
    var text: String { Self.take(xmlNodeGetContent(node)) ?? "" }

    private static func take(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { clibxml2_free(pointer) }
        return String(cString: pointer)
    }
}

// MARK: - XSD validation

/// A compiled XSD, owned; validation contexts are made per call, so one instance may be
/// used for several validations in a row (not from several threads at once).
final class CompiledSchema {
    private let schema: xmlSchemaPtr

    init(xsd: [UInt8]) throws(ReportXMLError) {
        LibXML.ensureInitialised()
        let sink = DiagnosticSink()
        let compiled: xmlSchemaPtr? = withThreadHandler(sink) {
            xsd.withUnsafeBufferPointer { buffer -> xmlSchemaPtr? in
                guard let base = buffer.baseAddress,
                      let parser = xmlSchemaNewMemParserCtxt(
                        UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(buffer.count))
                else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, sinkHandler, sink.opaque)
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else {
            throw .init(.schemaCompile, "the bundled XSD does not compile", diagnostics: sink.diagnostics)
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates a parsed document; returns every message (empty when valid).
    func validate(_ tree: DocumentTree) -> [XMLDiagnostic] {
        run { xmlSchemaValidateDoc($0, tree.document) }
    }

    /// Validates a file by streaming it from `fileDescriptor` (read from its current offset)
    /// through the schema; no tree is built. For files this library wrote itself; untrusted
    /// input goes through ``DocumentTree/parse``.
    func validateStreaming(fileDescriptor: Int32) -> [XMLDiagnostic] {
        run { context in
            guard let input = xmlParserInputBufferCreateIO(descriptorRead, descriptorKeepOpen,
                                                           FileDescriptorContext.pointer(fileDescriptor),
                                                           XML_CHAR_ENCODING_NONE) else { return -1 }
            return xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil)
        }
    }

    private func run(_ body: (xmlSchemaValidCtxtPtr) -> Int32) -> [XMLDiagnostic] {
        let sink = DiagnosticSink()
        let status: Int32 = withThreadHandler(sink) {
            guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, sinkHandler, sink.opaque)
            return body(context)
        }
        if status != 0 && sink.diagnostics.isEmpty {
            sink.append(XMLDiagnostic(severity: .error, line: 0, column: 0,
                                      message: "validation failed (libxml2 status \(status))", code: Int(status)))
        }
        return sink.diagnostics
    }
}
