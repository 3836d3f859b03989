import Foundation
import Testing
@testable import ReductionXML

/// The structural bounds (``XMLLimits``) refuse oversized documents before libxml2 parses
/// them, with the line of the first element or value over a bound; documents within the
/// bounds parse as before.
@Suite("XML limits")
struct XMLLimitsTests {
    func refusal(_ text: String) -> ReportXMLError? {
        do {
            _ = try DocumentTree.parse(bytes(text), maxBytes: 64 << 20)
            return nil
        } catch {
            return error
        }
    }

    /// `<r>` on line 2 with `count` attributes `a0="x" a1="x" …`.
    func attributes(_ count: Int) -> String {
        "<?xml version=\"1.0\"?>\n<r" + (0..<count).map { " a\($0)=\"x\"" }.joined() + "/>\n"
    }

    @Test("an element with 10,000 attributes is refused on its line (was over 60 s in libxml2)")
    func tenThousandAttributes() throws {
        let error = try #require(refusal(attributes(10_000)))
        #expect(error.code == .tooLarge)
        #expect(error.line == 2)
        #expect(error.message.contains("more than 64 attributes"))
    }

    @Test("64 attributes are accepted, 65 are not")
    func attributeBoundary() {
        #expect(refusal(attributes(64)) == nil)
        #expect(refusal(attributes(65))?.code == .tooLarge)
    }

    @Test("'=' inside a quoted value is not an attribute")
    func equalsInQuotes() {
        let text = "<r a=\"" + String(repeating: "=", count: 500) + "\" b='=='/>"
        #expect(refusal(text) == nil)
    }

    @Test("nesting deeper than 64 elements is refused; 64 is accepted")
    func depth() throws {
        func nested(_ depth: Int) -> String {
            String(repeating: "<e>", count: depth) + String(repeating: "</e>", count: depth)
        }
        #expect(refusal(nested(64)) == nil)
        let error = try #require(refusal(nested(65)))
        #expect(error.code == .tooLarge)
        #expect(error.message.contains("nested more than 64"))
        // Self-closing and closed siblings do not add depth: a root holding 2,000 children at depth 2.
        #expect(refusal("<r>" + String(repeating: "<e/><f></f>", count: 1000) + "</r>") == nil)
    }

    @Test("an attribute value over 64 KiB is refused on its line")
    func longAttribute() throws {
        let text = "<r>\n\n<e v=\"" + String(repeating: "x", count: (64 << 10) + 1) + "\"/></r>"
        let error = try #require(refusal(text))
        #expect(error.code == .tooLarge)
        #expect(error.line == 3)
        #expect(refusal("<r v=\"" + String(repeating: "x", count: 64 << 10) + "\"/>") == nil)
    }

    @Test("a text over 1 MiB is refused; a CDATA section too")
    func longText() throws {
        let long = String(repeating: "x", count: (1 << 20) + 1)
        #expect(refusal("<r>" + long + "</r>")?.code == .tooLarge)
        #expect(refusal("<r><![CDATA[" + long + "]]></r>")?.code == .tooLarge)
        #expect(refusal("<r>" + String(repeating: "x", count: 1 << 20) + "</r>") == nil)
    }

    @Test("more elements than the bound are refused (bound lowered for the test)")
    func elementCount() throws {
        var limits = XMLLimits()
        limits.maxElements = 1000
        let text = "<r>" + String(repeating: "<e/>", count: 999) + "</r>"
        #expect(throws: Never.self) { try limits.check(bytes(text)) }
        #expect(throws: ReportXMLError.self) { try limits.check(bytes(text + "<e/>")) }
    }

    @Test("comments, processing instructions and quotes with '>' do not confuse the scan")
    func lexicalCorners() {
        let text = """
        <?xml version="1.0"?><!-- <a b="1" c="2"> --><?pi a="1"?>
        <r a="x>y" b='>'><![CDATA[<not an element>]]></r>
        """
        #expect(refusal(text) == nil)
    }

    @Test("every golden example report is within the bounds")
    func examplesPass() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reports/examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }
        #expect(names.count >= 4)
        for name in names {
            let data = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            #expect(throws: Never.self) { try XMLLimits().check(data) }
        }
    }
}
