internal import ReductionCore
internal import ReductionReport

extension SpreadsheetML {
    /// One worksheet: column widths, the frozen bold header row, then the cells.
    static func sheet(_ table: ReportTable, language: Language) throws(ReportXMLError) -> [UInt8] {
        try document { w throws(ReportXMLError) in
            try w.startElement("worksheet")
            try w.attribute("xmlns", main)
            try w.startElement("sheetViews")
            try w.startElement("sheetView")
            try w.attribute("workbookViewId", "0")
            try w.startElement("pane")
            try w.attribute("ySplit", "1")
            try w.attribute("topLeftCell", "A2")
            try w.attribute("activePane", "bottomLeft")
            try w.attribute("state", "frozen")
            try w.endElement()
            try w.endElement()
            try w.endElement()
            if !table.columns.isEmpty {
                try w.startElement("cols")
                for (index, column) in table.columns.enumerated() {
                    try w.startElement("col")
                    try w.attribute("min", "\(index + 1)")
                    try w.attribute("max", "\(index + 1)")
                    try w.attribute("width", "\(width(of: column, in: table, index: index))")
                    try w.attribute("customWidth", "1")
                    try w.endElement()
                }
                try w.endElement()
            }
            try w.startElement("sheetData")
            try row(1, table.columns.map { ReportTable.Cell.text($0.header) }, styles: table.columns.map { _ in Styles.header }, w)
            for (index, cells) in table.rows.enumerated() {
                try row(index + 2, cells, styles: table.columns.map { Styles.index(for: $0.format) }, w)
            }
            try w.endElement()
            try w.endElement()
        }
    }

    /// A column's width in characters: its widest header or text cell (CJK counts double),
    /// between 8 and 60.
    static func width(of column: ReportTable.Column, in table: ReportTable, index: Int) -> Int {
        func display(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) } }
        var widest = display(column.header)
        for row in table.rows.prefix(500) {
            switch row[index] {
            case .text(let text): widest = max(widest, display(text))
            case .number: widest = max(widest, 14)
            default: break
            }
        }
        return min(60, max(8, widest + 2))
    }

    static func row(_ number: Int, _ cells: [ReportTable.Cell], styles: [Int], _ w: TextWriter) throws(ReportXMLError) {
        try w.startElement("row")
        try w.attribute("r", "\(number)")
        for (index, cell) in cells.enumerated() {
            let reference = columnName(index) + "\(number)"
            switch cell {
            case .empty:
                continue
            case .text(let text):
                try w.startElement("c")
                try w.attribute("r", reference)
                if styles[index] == Styles.header { try w.attribute("s", "\(Styles.header)") }
                try w.attribute("t", "inlineStr")
                try w.startElement("is")
                try w.startElement("t")
                if text.first == " " || text.last == " " { try w.attribute("xml:space", "preserve") }
                try w.text(text)
                try w.endElement()
                try w.endElement()
                try w.endElement()
            case .number(let value):
                guard let decimal = value.xmlDecimal else { continue }
                try w.startElement("c")
                try w.attribute("r", reference)
                try w.attribute("s", "\(styles[index])")
                try w.startElement("v")
                try w.text(decimal)
                try w.endElement()
                try w.endElement()
            case .flag(let value):
                try w.startElement("c")
                try w.attribute("r", reference)
                try w.attribute("t", "b")
                try w.startElement("v")
                try w.text(value ? "1" : "0")
                try w.endElement()
                try w.endElement()
            }
        }
        try w.endElement()
    }

    /// The style sheet: number formats per ``ReportTable/NumberStyle`` and a bold header.
    enum Styles {
        /// `cellXfs` index of the bold header style.
        static let header = 1
        /// Custom formats from id 164 on: `#,##0`, `#,##0.0`, … `#,##0.000`, `0`.
        static let formats: [(id: Int, code: String)] = [
            (164, "#,##0"), (165, "#,##0.0"), (166, "#,##0.00"), (167, "#,##0.000"), (168, "0"),
            (169, "0.0%"), (170, "General"),
        ]

        /// `cellXfs` index for a column style: 2 + the format's position in ``formats``.
        static func index(for style: ReportTable.NumberStyle) -> Int {
            switch style {
            case .decimals(let places): 2 + max(0, min(places, 3))
            case .integer: 6
            case .percent: 7
            case .text, .scientific: 8
            }
        }

        static func bytes() throws(ReportXMLError) -> [UInt8] {
            try document { w throws(ReportXMLError) in
                try w.startElement("styleSheet")
                try w.attribute("xmlns", main)
                try w.startElement("numFmts")
                try w.attribute("count", "\(formats.count)")
                for format in formats {
                    try w.startElement("numFmt")
                    try w.attribute("numFmtId", "\(format.id)")
                    try w.attribute("formatCode", format.code)
                    try w.endElement()
                }
                try w.endElement()
                try w.startElement("fonts")
                try w.attribute("count", "2")
                for bold in [false, true] {
                    try w.startElement("font")
                    if bold { try w.startElement("b"); try w.endElement() }
                    try w.startElement("sz"); try w.attribute("val", "11"); try w.endElement()
                    try w.startElement("name"); try w.attribute("val", "Calibri"); try w.endElement()
                    try w.endElement()
                }
                try w.endElement()
                try w.startElement("fills")
                try w.attribute("count", "2")
                for pattern in ["none", "gray125"] {
                    try w.startElement("fill")
                    try w.startElement("patternFill"); try w.attribute("patternType", pattern); try w.endElement()
                    try w.endElement()
                }
                try w.endElement()
                try w.startElement("borders")
                try w.attribute("count", "1")
                try w.startElement("border")
                for side in ["left", "right", "top", "bottom", "diagonal"] as [StaticString] {
                    try w.startElement(side); try w.endElement()
                }
                try w.endElement()
                try w.endElement()
                try w.startElement("cellStyleXfs")
                try w.attribute("count", "1")
                try xf(numberFormat: 0, font: 0, w, applyNumber: false)
                try w.endElement()
                try w.startElement("cellXfs")
                try w.attribute("count", "\(2 + formats.count)")
                try xf(numberFormat: 0, font: 0, w, applyNumber: false)
                try xf(numberFormat: 0, font: 1, w, applyNumber: false)
                for format in formats { try xf(numberFormat: format.id, font: 0, w, applyNumber: true) }
                try w.endElement()
                // The built-in "Normal" cell style every spreadsheet application expects.
                try w.startElement("cellStyles")
                try w.attribute("count", "1")
                try w.startElement("cellStyle")
                try w.attribute("name", "Normal")
                try w.attribute("xfId", "0")
                try w.attribute("builtinId", "0")
                try w.endElement()
                try w.endElement()
                try w.endElement()
            }
        }

        static func xf(numberFormat: Int, font: Int, _ w: TextWriter, applyNumber: Bool) throws(ReportXMLError) {
            try w.startElement("xf")
            try w.attribute("numFmtId", "\(numberFormat)")
            try w.attribute("fontId", "\(font)")
            try w.attribute("fillId", "0")
            try w.attribute("borderId", "0")
            if applyNumber { try w.attribute("applyNumberFormat", "1") }
            if font == 1 { try w.attribute("applyFont", "1") }
            try w.endElement()
        }
    }
}
