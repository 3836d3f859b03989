public import ReductionCore
public import ReductionReport

/// CSV renderings of report tables: UTF-8 with a byte-order mark (Excel on Chinese Windows
/// reads BOM-less UTF-8 as GBK), RFC 4180 quoting, numbers rounded to their column's stated
/// decimals with `.` and no grouping, and text written as text (see `isDateLike(_:)`).
public enum CSVTables {
    /// The UTF-8 byte-order mark that starts every file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's bytes: BOM, header line, one line per row, CRLF line ends (RFC 4180).
    public static func bytes(_ table: ReportTable, language: Language, byteOrderMark bom: Bool = true) -> [UInt8] {
        var lines = [table.columns.map { quote($0.header) }.joined(separator: ",")]
        for row in table.rows {
            lines.append(zip(row, table.columns).map { cell, column in
                quote(text(cell, column.format, language))
            }.joined(separator: ","))
        }
        return (bom ? byteOrderMark : []) + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A cell as CSV text: numbers rounded to the column's decimals (six significant digits
    /// for `.scientific`), flags as the language's yes/no.
    package static func text(_ cell: ReportTable.Cell, _ style: ReportTable.NumberStyle, _ language: Language) -> String {
        switch cell {
        case .empty: return ""
        case .flag(let value): return (value ? UIText.yes : UIText.no).text(language)
        case .text(let value): return value
        case .number(let value):
            if let decimals = style.csvDecimals { return NumberFormat.plain(value, decimals: decimals) }
            return NumberFormat.significant(value)
        }
    }

    /// True for text Excel turns into a date or a time when it opens a CSV file: digits with
    /// `/`, `-` or `:` between them (`2/3`, `1-2`, `2024-05`, `12:30`) or with two dots
    /// (`3.1.2`). The writers never produce such text cells (the tests check every example).
    package static func isDateLike(_ value: String) -> Bool {
        let trimmed = value.trimmingSpaces
        guard trimmed.contains(where: \.isASCIIDigit),
              trimmed.allSatisfy({ $0.isASCIIDigit || "/-.:".contains($0) }) else { return false }
        let dots = trimmed.filter { $0 == "." }.count
        return trimmed.contains(where: { "/-:".contains($0) }) && trimmed.first?.isASCIIDigit == true || dots >= 2
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == " " }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    var trimmingSpaces: Substring {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return slice
    }
}
