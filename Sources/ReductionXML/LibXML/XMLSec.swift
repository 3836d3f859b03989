// The only file that talks to xmlsec (module CXMLSec), on the documents LibXML.swift parses.
// Every C object has one Swift owner: the document its DocumentTree, the signature context
// its SignatureContext (which also owns the key once handed over); a template node is owned
// by the document once added, and freed here if adding fails. xmlsec reports errors through
// one process-wide callback, so operations run one at a time under a lock and the callback
// copies each message into the running operation's own list at once.
internal import CLibXML2
internal import CXMLSec
import Foundation

enum XMLSec {
    static let signatureNamespace = "http://www.w3.org/2000/09/xmldsig#"

    /// One-time set-up (xmlsec and its OpenSSL back end); the status of `cxmlsec_initialise`.
    private static let initialised: Int32 = {
        LibXML.ensureInitialised()
        let status = cxmlsec_initialise()
        // After xmlSecInit, which installs the default (printing) callback.
        xmlSecErrorsSetCallback { _, _, function, object, subject, reason, message in
            XMLSec.record(function: function, object: object, subject: subject, reason: reason, message: message)
        }
        return status
    }()

    private static let lock = NSLock()
    /// Messages of the running operation; only touched while `lock` is held.
    nonisolated(unsafe) private static var messages: [String] = []

    private static func record(function: UnsafePointer<CChar>?, object: UnsafePointer<CChar>?,
                               subject: UnsafePointer<CChar>?, reason: Int32, message: UnsafePointer<CChar>?) {
        guard messages.count < 50 else { return }
        let text = message.map { String(cString: $0) } ?? ""
        let what = subject.map { String(cString: $0) } ?? function.map { String(cString: $0) } ?? "xmlsec"
        messages.append("\(what): \(text.isEmpty ? "reason \(reason)" : text)")
    }

    /// Runs one xmlsec operation with its own error list (libxml2's messages included) and
    /// turns a failure into a ``ReportXMLError`` carrying them.
    static func run<R>(_ body: (_ fail: (ReportXMLError.Code, String) -> ReportXMLError) throws(ReportXMLError) -> R)
        throws(ReportXMLError) -> R {
        lock.lock()
        defer { lock.unlock() }
        guard initialised == 0 else {
            throw ReportXMLError(.signatureKey, "xmlsec could not be initialised (status \(initialised))")
        }
        messages = []
        let sink = DiagnosticSink()
        let result: Result<R, ReportXMLError> = withThreadHandler(sink) {
            do throws(ReportXMLError) {
                return .success(try body { code, message in
                    let details = messages + sink.diagnostics.map(\.message)
                    let suffix = details.isEmpty ? "" : " (" + details.prefix(3).joined(separator: "; ") + ")"
                    return ReportXMLError(code, message + suffix, diagnostics: sink.diagnostics)
                })
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Owns one signature context and, once set, its key.
    final class SignatureContext {
        let context: xmlSecDSigCtxPtr

        init?() {
            guard let context = xmlSecDSigCtxCreate(nil) else { return nil }
            self.context = context
        }

        deinit { xmlSecDSigCtxDestroy(context) }

        /// Loads the key from PEM (a private key, or a certificate's public key) and, for
        /// signing, attaches `certificate`; the context owns the key from then on.
        func setKey(pem: [UInt8], isCertificate: Bool, certificate: [UInt8]?) -> Bool {
            guard pem.count < Int(UInt32.max), let key = pem.withUnsafeBufferPointer({
                cxmlsec_key_load($0.baseAddress, UInt32($0.count), isCertificate ? 1 : 0)
            }) else { return false }
            if let certificate {
                let status = certificate.withUnsafeBufferPointer {
                    cxmlsec_key_attach_certificate(key, $0.baseAddress, UInt32(min($0.count, Int(UInt32.max))))
                }
                guard status == 0 else {
                    xmlSecKeyDestroy(key)
                    return false
                }
            }
            cxmlsec_context_set_key(context, key)
            return true
        }
    }

    /// Adds an enveloped RSA-SHA256 signature over the whole document (reference `URI=""`,
    /// transforms enveloped + exclusive C14N, SignedInfo exclusive C14N, the certificate in
    /// `<X509Data>`) as the root's last child, and returns the signed document's bytes.
    static func sign(_ bytes: [UInt8], keyPEM: [UInt8], certificatePEM: [UInt8]) throws(ReportXMLError) -> [UInt8] {
        try run { fail throws(ReportXMLError) in
            let tree = try DocumentTree.parse(bytes, maxBytes: ReportReader.defaultMaxBytes)
            guard let root = xmlDocGetRootElement(tree.document) else { throw fail(.malformed, "document has no root element") }
            guard xmlSecFindNode(root, "Signature", signatureNamespace) == nil else {
                throw fail(.signatureInvalid, "the report is already signed")
            }
            guard let signature = xmlSecTmplSignatureCreate(tree.document, cxmlsec_transform_exclusive_c14n(),
                                                            cxmlsec_transform_rsa_sha256(), nil) else {
                throw fail(.signatureInvalid, "cannot create the signature template")
            }
            xmlAddChild(root, xmlNewText("\n"))
            guard xmlAddChild(root, signature) != nil else {
                xmlFreeNode(signature)
                throw fail(.signatureInvalid, "cannot add the signature to the report")
            }
            xmlAddChild(root, xmlNewText("\n"))
            guard let reference = xmlSecTmplSignatureAddReference(signature, cxmlsec_transform_sha256(), nil, "", nil),
                  xmlSecTmplReferenceAddTransform(reference, cxmlsec_transform_enveloped()) != nil,
                  xmlSecTmplReferenceAddTransform(reference, cxmlsec_transform_exclusive_c14n()) != nil,
                  let keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nil),
                  let x509 = xmlSecTmplKeyInfoAddX509Data(keyInfo),
                  xmlSecTmplX509DataAddCertificate(x509) != nil
            else { throw fail(.signatureInvalid, "cannot fill in the signature template") }
            guard let context = SignatureContext() else { throw fail(.signatureKey, "cannot create a signature context") }
            guard context.setKey(pem: keyPEM, isCertificate: false, certificate: certificatePEM) else {
                throw fail(.signatureKey, "cannot load the private key and certificate (PEM expected)")
            }
            guard xmlSecDSigCtxSign(context.context, signature) == 0 else {
                throw fail(.signatureInvalid, "signing failed")
            }
            return try serialise(tree.document, fail)
        }
    }

    /// Verifies the enveloped signature (the root's child `Signature`, one reference to the
    /// whole document) with the public key of `certificatePEM`.
    static func verify(_ bytes: [UInt8], certificatePEM: [UInt8]) throws(ReportXMLError) {
        try run { fail throws(ReportXMLError) in
            let tree = try DocumentTree.parse(bytes, maxBytes: ReportReader.defaultMaxBytes)
            guard let root = xmlDocGetRootElement(tree.document) else { throw fail(.malformed, "document has no root element") }
            guard let signature = xmlSecFindNode(root, "Signature", signatureNamespace) else {
                throw fail(.signatureInvalid, "the report is not signed (no ds:Signature)")
            }
            guard signature.pointee.parent == root else {
                throw fail(.signatureInvalid, "line \(xmlGetLineNo(signature)): the signature is not a child of <report> (not enveloped)")
            }
            guard let reference = xmlSecFindNode(signature, "Reference", signatureNamespace),
                  xmlSecFindSibling(reference.pointee.next, "Reference", signatureNamespace) == nil,
                  let uri = xmlGetProp(reference, "URI") else {
                throw fail(.signatureInvalid, "the signature must have exactly one Reference with URI=\"\"")
            }
            let covered = uri.pointee == 0
            clibxml2_free(uri)
            guard covered else { throw fail(.signatureInvalid, "the signature's Reference does not cover the whole report (URI must be \"\")") }
            // Only transforms that keep the whole document: an XPath or XSLT transform could
            // leave parts of the report unsigned while the signature still verifies.
            for algorithm in transformAlgorithms(of: reference) where !allowedTransforms.contains(algorithm) {
                throw fail(.signatureInvalid, "the signature's Reference uses the transform \(algorithm); only enveloped-signature and C14N are accepted, so that the whole report is signed")
            }
            guard let context = SignatureContext() else { throw fail(.signatureKey, "cannot create a signature context") }
            guard context.setKey(pem: certificatePEM, isCertificate: true, certificate: nil) else {
                throw fail(.signatureKey, "cannot read the certificate (PEM expected)")
            }
            guard xmlSecDSigCtxVerify(context.context, signature) == 0 else {
                throw fail(.signatureInvalid, "the signature cannot be processed")
            }
            guard cxmlsec_context_succeeded(context.context) == 1 else {
                throw fail(.signatureInvalid, "the signature does not match the report (altered after signing, or signed with another key)")
            }
        }
    }

    /// Enveloped signature, exclusive and inclusive C14N (with or without comments).
    static let allowedTransforms: Set<String> = [
        "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
        "http://www.w3.org/2001/10/xml-exc-c14n#", "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
    ]

    /// The `Algorithm` of each `<Transform>` under a reference's `<Transforms>`, in order.
    private static func transformAlgorithms(of reference: xmlNodePtr) -> [String] {
        var result: [String] = []
        guard let transforms = xmlSecFindChild(reference, "Transforms", signatureNamespace) else { return result }
        var child = transforms.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                if let algorithm = xmlGetProp(current, "Algorithm") {
                    result.append(String(cString: algorithm))
                    clibxml2_free(algorithm)
                } else {
                    result.append("(none)")
                }
            }
            child = current.pointee.next
        }
        return result
    }

    private static func serialise(_ document: xmlDocPtr,
                                  _ fail: (ReportXMLError.Code, String) -> ReportXMLError) throws(ReportXMLError) -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &memory, &size, "UTF-8")
        guard let memory, size > 0 else { throw fail(.io, "cannot serialise the signed report") }
        defer { clibxml2_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }
}
