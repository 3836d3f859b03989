/// Terminal display width: East Asian wide and fullwidth characters take two columns,
/// combining marks and zero-width characters none (after Unicode UAX #11).
package enum DisplayWidth {
    /// Columns `text` takes in a terminal.
    package static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns one scalar takes: 0, 1 or 2.
    package static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || (0x0300...0x036F).contains(value) || (0x200B...0x200F).contains(value)
            || (0xFE00...0xFE0F).contains(value) || value == 0xFEFF {
            return 0
        }
        if value < 0x1100 { return 1 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// `text` padded with spaces to `width` columns (left- or right-aligned).
    package static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return right ? padding + text : text + padding
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut.
    package static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width, width > 1 else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}

/// A plain-text table whose columns stay aligned with Chinese text.
package struct TextTable: Sendable {
    /// Column headings; their count sets the number of columns.
    package var headers: [String]
    /// Which columns are right-aligned (numbers).
    package var rightAligned: Set<Int>
    /// The body rows, in the order appended.
    package var rows: [[String]] = []
    /// The widest a text column may grow before its cells wrap.
    package var maxColumnWidth = 44

    /// Creates an empty table with `headers`; `rightAligned` holds 0-based column indices.
    package init(headers: [String], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    /// Appends one row of cells.
    package mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines of text, with a rule under the header; at most
    /// `TextWrap.terminalWidth` columns wide, long text cells wrapped (never cut).
    package func render() -> String {
        let cells = ([headers] + rows).map { row in (0..<headers.count).map { $0 < row.count ? row[$0] : "" } }
        let widths = fittedWidths(cells, total: TextWrap.terminalWidth)
        func line(_ row: [String]) -> String {
            row.enumerated().map { DisplayWidth.pad($1, to: widths[$0], right: rightAligned.contains($0)) }
                .joined(separator: "  ").trailingSpacesTrimmed
        }
        var lines = physicalLines(cells[0], widths: widths).map(line)
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += cells.dropFirst().flatMap { physicalLines($0, widths: widths).map(line) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trailingSpacesTrimmed: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
