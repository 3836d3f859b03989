import Testing
@testable import ReductionXML

@Suite("Streaming writer")
struct TextWriterTests {
    @Test("escapes text and attributes, keeps Chinese as UTF-8, indents two spaces")
    func escaping() throws {
        let writer = try TextWriter()
        try writer.startDocument()
        try writer.startElement("r")
        try writer.attribute("note", "a<b & \"c\"\n市")
        try writer.startElement("t")
        try writer.text("1 < 2 & 纯电动公交车 > 0")
        try writer.endElement()
        try writer.startElement("empty")
        try writer.endElement()
        try writer.endDocument()
        let expected = """
        <?xml version="1.0" encoding="UTF-8"?>
        <r note="a&lt;b &amp; &quot;c&quot;&#10;市">
          <t>1 &lt; 2 &amp; 纯电动公交车 &gt; 0</t>
          <empty/>
        </r>

        """
        #expect(String(decoding: writer.bytes(), as: UTF8.self) == expected)
    }

    @Test("using a writer after close throws instead of touching freed memory")
    func afterClose() throws {
        let writer = try TextWriter()
        writer.close()
        #expect(throws: ReportXMLError.self) { try writer.startElement("r") }
        #expect(writer.bytes() == [])
    }

    @Test("numbers are shortest round-trip decimals", arguments: [
        (0.1, "0.1"), (1234.5, "1234.5"), (2030, "2030.0"), (-0.0, "-0.0"),
        (1e-5, "1e-05"), (1e16, "1e+16"), (123456.78901234, "123456.78901234"),
        (1.0 / 3.0, "0.3333333333333333"),
    ])
    func decimals(value: Double, text: String) {
        #expect(value.xmlDecimal == text)
        #expect(Double(xmlDecimal: text).map { $0.bitPattern } == value.bitPattern)
    }

    @Test("non-finite numbers and foreign forms are not report numbers")
    func nonFinite() {
        #expect(Double.infinity.xmlDecimal == nil)
        #expect(Double.nan.xmlDecimal == nil)
        #expect(Double(xmlDecimal: "inf") == nil)
        #expect(Double(xmlDecimal: "0x1p3") == nil)
        #expect(Double(xmlDecimal: " 1") == nil)
    }
}
