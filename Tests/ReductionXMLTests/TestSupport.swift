import Foundation
@testable import ReductionXML

/// A fresh folder under the system temporary folder, removed by `cleanUp()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "reductionxml-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

/// A tiny schema for exercising the C wall independently of the report format.
enum TinySchema {
    static let text = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:tiny"
               xmlns:t="urn:test:tiny" elementFormDefault="qualified">
      <xs:element name="list">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="item" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType>
                <xs:simpleContent>
                  <xs:extension base="xs:string">
                    <xs:attribute name="n" type="xs:int" use="required"/>
                  </xs:extension>
                </xs:simpleContent>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
    </xs:schema>
    """
    static var bytes: [UInt8] { Array(text.utf8) }

    /// Writes `<list xmlns="urn:test:tiny">` with one `<item n="…">` per entry.
    static func write(_ items: [(String, String)], into writer: TextWriter) throws(ReportXMLError) {
        try writer.startElement("list")
        try writer.attribute("xmlns", "urn:test:tiny")
        for (number, text) in items {
            try writer.startElement("item")
            try writer.attribute("n", number)
            try writer.text(text)
            try writer.endElement()
        }
        try writer.endElement()
    }
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// 1-based line of the first occurrence of `needle` in `text` (0 when absent).
func line(of needle: String, in text: String) -> Int {
    guard let range = text.range(of: needle) else { return 0 }
    return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
}
