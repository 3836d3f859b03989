import Foundation
import Testing
@testable import ReductionXML

/// Hostile and broken input to the hardened parser: every case is refused with a line
/// number and nothing outside the document is ever read.
@Suite("Hardened reader")
struct HardenedReaderTests {
    let limit = 1 << 20

    func refusal(_ text: String, maxBytes: Int? = nil) -> ReportXMLError? {
        do {
            _ = try DocumentTree.parse(bytes(text), maxBytes: maxBytes ?? limit)
            return nil
        } catch {
            return error
        }
    }

    @Test("external entity pointing to a local file is refused and the file is never read")
    func externalEntityLocalFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let secret = folder.file("secret.txt")
        try "TOP-SECRET-CONTENT".write(toFile: secret, atomically: true, encoding: .utf8)
        let document = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY leak SYSTEM "file://\(secret)">]>
        <r>&leak;</r>
        """
        let error = try #require(refusal(document))
        #expect(error.code == .doctypeRefused)
        #expect(error.line == 2)
        #expect(!error.description.contains("TOP-SECRET"))
    }

    @Test("external entity pointing to a URL is refused without a network request")
    func externalEntityURL() throws {
        let document = """
        <?xml version="1.0"?>
        <!DOCTYPE r [
          <!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.xml">
        ]>
        <r>&remote;</r>
        """
        let started = Date()
        let error = try #require(refusal(document))
        #expect(error.code == .doctypeRefused)
        #expect(error.line == 2)
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test("an external DTD (DOCTYPE with SYSTEM id) is refused")
    func externalDTD() throws {
        let error = try #require(refusal("<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/r.dtd\">\n<r/>"))
        #expect(error.code == .doctypeRefused)
        #expect(error.line == 1)
    }

    @Test("billion laughs is refused before any entity is declared or expanded")
    func billionLaughs() throws {
        var lines = ["<?xml version=\"1.0\"?>", "<!DOCTYPE lolz [", "<!ENTITY lol0 \"lol\">"]
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            lines.append("<!ENTITY lol\(level) \"\(previous)\">")
        }
        lines += ["]>", "<lolz>&lol9;</lolz>"]
        let started = Date()
        let error = try #require(refusal(lines.joined(separator: "\n")))
        #expect(error.code == .doctypeRefused)
        #expect(error.line == 2)
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test("an undeclared entity reference is an error, never expanded")
    func undeclaredEntity() throws {
        let error = try #require(refusal("<r>\n<a>&nope;</a>\n</r>"))
        #expect(error.code == .malformed)
        #expect(error.line == 2)
    }

    @Test("a truncated file is refused with the line where it stops")
    func truncated() throws {
        let full = """
        <?xml version="1.0" encoding="UTF-8"?>
        <list xmlns="urn:test:tiny">
          <item n="1">一</item>
          <item n="2">二</item>
        </list>
        """
        let cut = String(full.prefix(through: full.firstIndex(of: "二") ?? full.endIndex))
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        let error = try #require(refusal(cut))
        #expect(error.code == .malformed)
        #expect(error.line == lines)
        #expect(refusal("")?.code == .malformed)
    }

    @Test("large junk is refused quickly, and anything over the size bound is not parsed")
    func largeJunk() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let junk = (0..<(4 << 20)).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let started = Date()
        #expect(throws: ReportXMLError.self) { try DocumentTree.parse(junk, maxBytes: 8 << 20) }
        #expect(Date().timeIntervalSince(started) < 10)

        let tooBig = Array(repeating: UInt8(ascii: " "), count: 1025)
        let error = try #require(refusal(String(decoding: tooBig, as: UTF8.self), maxBytes: 1024))
        #expect(error.code == .tooLarge)
        #expect(error.message == "document is 1025 bytes; the limit is 1024 bytes")
    }

    @Test("a well-formed document exposes names, namespaces, attributes, text and lines")
    func wellFormed() throws {
        let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <r xmlns="urn:x" a="1 &amp; 2">
          <!-- comment -->
          <name xml:lang="zh-Hans">纯电动公交车 &lt;BEV&gt;</name>
          <name xml:lang="en"><![CDATA[Battery-electric <buses>]]></name>
        </r>
        """
        let tree = try DocumentTree.parse(bytes(document), maxBytes: limit)
        let root = try #require(tree.root)
        #expect(root.localName == "r")
        #expect(root.namespaceURI == "urn:x")
        #expect(root.attribute("a") == "1 & 2")
        #expect(root.attribute("missing") == nil)
        let names = root.children
        #expect(names.map(\.line) == [4, 5])
        #expect(names.map(\.xmlLang) == ["zh-Hans", "en"])
        #expect(names.map(\.text) == ["纯电动公交车 <BEV>", "Battery-electric <buses>"])
    }
}
