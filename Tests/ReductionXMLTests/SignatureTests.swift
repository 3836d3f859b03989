import Foundation
import Testing
@testable import ReductionXML

/// XML-DSig through xmlsec, checked both ways against the `xmlsec1` command-line tool with a
/// throwaway key and self-signed certificate made by `openssl` for each test.
/// Whether the command-line tools the interoperability tests run are installed.
let signatureToolsPresent = ["/usr/bin/openssl", "/usr/bin/xmlsec1"].allSatisfy(FileManager.default.isExecutableFile(atPath:))

@Suite("XML signatures", .enabled(if: signatureToolsPresent, "needs openssl and xmlsec1 (apt: openssl xmlsec1)"))
struct SignatureTests {

    /// A folder with `key.pem` and `cert.pem` (RSA 2048, self-signed, one day).
    func keyFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let status = try Shell.status("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
                                                          "-out", "cert.pem", "-days", "1", "-subj", "/CN=ReductionPlan test"],
                                      in: folder.path)
        #expect(status == 0)
        return folder
    }

    func read(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    var report: [UInt8] { (try? ReportWriter.bytes(VerifiableReportTests.carrying)) ?? [] }

    @Test("xmlsec1 --verify accepts what sign wrote, and rejects it after one byte changes")
    func xmlsecVerifiesOurSignature() throws {
        let folder = try keyFolder()
        defer { folder.cleanUp() }
        let signed = try ReportSignature.sign(report, keyPEM: try read(folder.file("key.pem")),
                                              certificatePEM: try read(folder.file("cert.pem")))
        try Data(signed).write(to: URL(fileURLWithPath: folder.file("signed.xml")))
        #expect(try Shell.status("/usr/bin/xmlsec1", ["--verify", "--pubkey-cert-pem", "cert.pem", "signed.xml"], in: folder.path) == 0)
        // The signed report is still schema-valid and reads back to the same values.
        try SchemaValidator().validate(signed)
        #expect(try ReportReader.read(signed) == ReportReader.read(report))
        #expect(try ReportSignature.verify(signed, certificatePEM: try read(folder.file("cert.pem"))).isEmpty == false)

        // One byte of the title changed: "Nanjing" → "Nanjinh".
        let tampered = Array(String(decoding: signed, as: UTF8.self)
            .replacingOccurrences(of: ">Nanjing transport", with: ">Nanjinh transport").utf8)
        #expect(tampered.count == signed.count && tampered != signed)
        try Data(tampered).write(to: URL(fileURLWithPath: folder.file("tampered.xml")))
        #expect(try Shell.status("/usr/bin/xmlsec1", ["--verify", "--pubkey-cert-pem", "cert.pem", "tampered.xml"], in: folder.path) != 0)
        #expect(throws: ReportXMLError.self) {
            try ReportSignature.verify(tampered, certificatePEM: try read(folder.file("cert.pem")))
        }
    }

    @Test("verify accepts what xmlsec1 --sign wrote from a template, and only with the signer's certificate")
    func weVerifyXmlsecSignature() throws {
        let folder = try keyFolder()
        defer { folder.cleanUp() }
        let template = """
            <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo>\
            <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>\
            <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>\
            <Reference URI=""><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>\
            <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></Transforms>\
            <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue/></Reference></SignedInfo>\
            <SignatureValue/><KeyInfo><X509Data/></KeyInfo></Signature>
            """
        let text = String(decoding: report, as: UTF8.self).replacingOccurrences(of: "</report>", with: template + "</report>")
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.file("template.xml")))
        #expect(try Shell.status("/usr/bin/xmlsec1", ["--sign", "--privkey-pem", "key.pem,cert.pem", "--output", "signed.xml",
                                                      "template.xml"], in: folder.path) == 0)
        let signed = try read(folder.file("signed.xml"))
        try ReportSignature.verify(signed, certificatePEM: try read(folder.file("cert.pem")))
        try SchemaValidator().validate(signed)

        let other = try keyFolder()
        defer { other.cleanUp() }
        #expect(throws: ReportXMLError.self) {
            try ReportSignature.verify(signed, certificatePEM: try read(other.file("cert.pem")))
        }
    }

    @Test("a signature whose XPath transform leaves the inventory unsigned is refused (xmlsec1 accepts it)")
    func partialSignatureRefused() throws {
        let folder = try keyFolder()
        defer { folder.cleanUp() }
        let template = """
            <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo>\
            <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>\
            <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>\
            <Reference URI=""><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>\
            <Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116">\
            <XPath>not(ancestor-or-self::*[local-name()='inventory'])</XPath></Transform></Transforms>\
            <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue/></Reference></SignedInfo>\
            <SignatureValue/><KeyInfo><X509Data/></KeyInfo></Signature>
            """
        let text = String(decoding: report, as: UTF8.self).replacingOccurrences(of: "</report>", with: template + "</report>")
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.file("template.xml")))
        #expect(try Shell.status("/usr/bin/xmlsec1", ["--sign", "--privkey-pem", "key.pem,cert.pem", "--output", "signed.xml",
                                                      "template.xml"], in: folder.path) == 0)
        // Multiply the inventory total by 10 after signing: the XPath transform hides it from the digest.
        let signed = String(decoding: try read(folder.file("signed.xml")), as: UTF8.self)
            .replacingOccurrences(of: "<total value=\"890.5104\"", with: "<total value=\"8905.104\"")
        try Data(signed.utf8).write(to: URL(fileURLWithPath: folder.file("altered.xml")))
        #expect(try Shell.status("/usr/bin/xmlsec1", ["--verify", "--pubkey-cert-pem", "cert.pem", "altered.xml"], in: folder.path) == 0)
        let error = #expect(throws: ReportXMLError.self) {
            try ReportSignature.verify(Array(signed.utf8), certificatePEM: try read(folder.file("cert.pem")))
        }
        #expect(error?.message.contains("REC-xpath-19991116") == true)
    }

    @Test("an unsigned report, a second signature and an unreadable key are errors, not crashes")
    func errors() throws {
        let folder = try keyFolder()
        defer { folder.cleanUp() }
        let certificate = try read(folder.file("cert.pem"))
        let unsigned = #expect(throws: ReportXMLError.self) { try ReportSignature.verify(report, certificatePEM: certificate) }
        #expect(unsigned?.message.contains("not signed") == true)
        let badKey = #expect(throws: ReportXMLError.self) {
            try ReportSignature.sign(report, keyPEM: Array("not a key".utf8), certificatePEM: certificate)
        }
        #expect(badKey?.code == .signatureKey)
        let signed = try ReportSignature.sign(report, keyPEM: try read(folder.file("key.pem")), certificatePEM: certificate)
        let again = #expect(throws: ReportXMLError.self) {
            try ReportSignature.sign(signed, keyPEM: try read(folder.file("key.pem")), certificatePEM: certificate)
        }
        #expect(again?.message.contains("already signed") == true)
    }
}
