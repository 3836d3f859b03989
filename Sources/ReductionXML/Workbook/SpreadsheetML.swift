package import ReductionCore
package import ReductionReport

/// The XML parts of an Office Open XML workbook (SpreadsheetML, ECMA-376), written through
/// the same libxml2 writer as the report; ``parts(_:language:)`` returns them for a zip
/// library to package. Strings are inline (`t="inlineStr"`), numbers full precision with a
/// display format per column, the header row bold and frozen.
package enum SpreadsheetML {
    /// One file of the package: its path inside the zip and its bytes.
    package struct Part: Sendable, Hashable {
        /// Path inside the package, e.g. `xl/worksheets/sheet1.xml`.
        package var path: String
        /// The file's bytes (UTF-8 XML).
        package var bytes: [UInt8]
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Every part of a workbook with one sheet per table, in table order. Sheet names are
    /// the tables' titles, made unique and stripped of the characters Excel forbids.
    package static func parts(_ tables: [ReportTable], language: Language) throws(ReportXMLError) -> [Part] {
        let names = sheetNames(tables.map(\.title))
        var parts = [Part(path: "[Content_Types].xml", bytes: try contentTypes(count: tables.count)),
                     Part(path: "_rels/.rels", bytes: try packageRels()),
                     Part(path: "xl/workbook.xml", bytes: try workbook(names)),
                     Part(path: "xl/_rels/workbook.xml.rels", bytes: try workbookRels(count: tables.count)),
                     Part(path: "xl/styles.xml", bytes: try Styles.bytes())]
        for (index, table) in tables.enumerated() {
            parts.append(Part(path: "xl/worksheets/sheet\(index + 1).xml", bytes: try sheet(table, language: language)))
        }
        return parts
    }

    /// Unique sheet names of at most 31 characters without `[ ] : * ? / \`.
    static func sheetNames(_ titles: [String]) -> [String] {
        var used: Set<String> = []
        return titles.map { title in
            let clean = String(title.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
            var name = clean.isEmpty ? "Sheet" : clean, counter = 2
            while used.contains(name.lowercased()) {
                name = String(clean.prefix(27)) + " (\(counter))"
                counter += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    /// `A`, `B`, …, `Z`, `AA`, … for a zero-based column index.
    static func columnName(_ index: Int) -> String {
        var index = index + 1, name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    static func document(_ body: (TextWriter) throws(ReportXMLError) -> Void) throws(ReportXMLError) -> [UInt8] {
        let writer = try TextWriter(indent: false)
        try writer.startDocument()
        try body(writer)
        try writer.endDocument()
        return writer.bytes()
    }

    static func contentTypes(count: Int) throws(ReportXMLError) -> [UInt8] {
        try document { w throws(ReportXMLError) in
            try w.startElement("Types")
            try w.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")
            for (ext, type) in [("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")] {
                try w.startElement("Default")
                try w.attribute("Extension", ext)
                try w.attribute("ContentType", type)
                try w.endElement()
            }
            let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"
            var overrides = [("/xl/workbook.xml", "\(office).sheet.main+xml"), ("/xl/styles.xml", "\(office).styles+xml")]
            overrides += (1...max(count, 1)).prefix(count).map { ("/xl/worksheets/sheet\($0).xml", "\(office).worksheet+xml") }
            for (part, type) in overrides {
                try w.startElement("Override")
                try w.attribute("PartName", part)
                try w.attribute("ContentType", type)
                try w.endElement()
            }
            try w.endElement()
        }
    }

    static func packageRels() throws(ReportXMLError) -> [UInt8] {
        try relationshipsDocument([("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                                    "xl/workbook.xml")])
    }

    static func workbookRels(count: Int) throws(ReportXMLError) -> [UInt8] {
        let kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var rels = (0..<count).map { ("rId\($0 + 1)", "\(kind)/worksheet", "worksheets/sheet\($0 + 1).xml") }
        rels.append(("rId\(count + 1)", "\(kind)/styles", "styles.xml"))
        return try relationshipsDocument(rels)
    }

    static func relationshipsDocument(_ rels: [(String, String, String)]) throws(ReportXMLError) -> [UInt8] {
        try document { w throws(ReportXMLError) in
            try w.startElement("Relationships")
            try w.attribute("xmlns", packageRelationships)
            for (id, type, target) in rels {
                try w.startElement("Relationship")
                try w.attribute("Id", id)
                try w.attribute("Type", type)
                try w.attribute("Target", target)
                try w.endElement()
            }
            try w.endElement()
        }
    }

    static func workbook(_ names: [String]) throws(ReportXMLError) -> [UInt8] {
        try document { w throws(ReportXMLError) in
            try w.startElement("workbook")
            try w.attribute("xmlns", main)
            try w.attribute("xmlns:r", relationships)
            try w.startElement("sheets")
            for (index, name) in names.enumerated() {
                try w.startElement("sheet")
                try w.attribute("name", name)
                try w.attribute("sheetId", "\(index + 1)")
                try w.attribute("r:id", "rId\(index + 1)")
                try w.endElement()
            }
            try w.endElement()
            try w.endElement()
        }
    }
}
