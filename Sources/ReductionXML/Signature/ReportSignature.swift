/// Enveloped W3C XML-DSig signatures on reports (xmlsec1, OpenSSL).
///
/// ``sign(_:keyPEM:certificatePEM:)`` appends one `ds:Signature` as the last child of
/// `<report>`: RSA-SHA256 over SignedInfo canonicalised with exclusive C14N, one reference
/// `URI=""` (the whole document) with the enveloped-signature and exclusive C14N transforms
/// and a SHA-256 digest, and the signer's certificate in `<X509Data>`. The schema allows the
/// element (schema 1.2), so a signed report stays valid. `xmlsec1 --verify` accepts it, and
/// ``verify(_:certificatePEM:)`` accepts what `xmlsec1 --sign` writes from the same template.
public enum ReportSignature {
    /// The signed report's bytes. Throws when the report is already signed, the key or
    /// certificate cannot be read, or the result does not pass the bundled schema.
    public static func sign(_ report: [UInt8], keyPEM: [UInt8], certificatePEM: [UInt8]) throws(ReportXMLError) -> [UInt8] {
        let signed = try XMLSec.sign(report, keyPEM: keyPEM, certificatePEM: certificatePEM)
        try SchemaValidator().validate(signed)
        return signed
    }

    /// Checks the report's enveloped signature with the public key of `certificatePEM`;
    /// returns a short description of what was checked, throws ``ReportXMLError/Code/signatureInvalid``
    /// when the report is unsigned, altered after signing, or signed with another key.
    @discardableResult
    public static func verify(_ report: [UInt8], certificatePEM: [UInt8]) throws(ReportXMLError) -> String {
        try XMLSec.verify(report, certificatePEM: certificatePEM)
        return "RSA-SHA256 over the whole report, exclusive C14N, key of the given certificate"
    }
}

extension ReportXMLError.Code {
    /// The report is unsigned, its signature does not verify, or it cannot be signed.
    public static let signatureInvalid = Self(rawValue: "signature-invalid")
    /// The signing key or certificate cannot be read, or xmlsec cannot start.
    public static let signatureKey = Self(rawValue: "signature-key")
}
