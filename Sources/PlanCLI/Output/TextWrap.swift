/// Wrapping for terminal text: nothing is ever cut, long text is continued on the next line.
package enum TextWrap {
    /// The width every summary line and table fits in.
    package static let terminalWidth = 120

    /// `text` broken into lines of at most `width` display columns: at spaces where there is
    /// one, between any two CJK characters, after a dot or hyphen that follows a letter (a
    /// quantity name such as `vehicles.bus.electric`; never a decimal point), else inside a
    /// word (never dropping a character).
    /// Lines after the first may get a different width (`rest`, default `width`).
    package static func lines(_ text: String, width: Int, rest: Int? = nil) -> [String] {
        guard DisplayWidth.of(text) > width, width > 1 else { return [text] }
        var width = width
        var lines: [String] = [], line = "", used = 0
        var breakAt: String.Index?   // after the last space, CJK character or dot/hyphen after a letter
        var previousIsLetter = false
        for character in text {
            let w = DisplayWidth.of(String(character))
            if used + w > width {
                if let split = breakAt, split > line.startIndex {
                    lines.append(String(line[..<split]).trailingSpacesTrimmed)
                    line = String(line[split...].drop { $0 == " " })
                } else {
                    lines.append(line.trailingSpacesTrimmed)
                    line = ""
                }
                used = DisplayWidth.of(line)
                breakAt = nil
                width = max(2, rest ?? width)
            }
            if character == " " && line.isEmpty && !lines.isEmpty { continue }
            line.append(character)
            used += w
            if character == " " || w == 2 || ((character == "." || character == "-") && previousIsLetter) {
                breakAt = line.endIndex
            }
            previousIsLetter = character.isLetter
        }
        if !line.isEmpty { lines.append(line.trailingSpacesTrimmed) }
        return lines
    }

    /// Every line of `text` wider than `width` wrapped, its continuation lines indented two
    /// columns past the line's own indentation.
    package static func fit(_ text: String, width: Int = terminalWidth) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { raw -> String in
            let line = String(raw)
            guard DisplayWidth.of(line) > width else { return line }
            let indent = String(line.prefix { $0 == " " })
            let continuation = indent + "    "
            let parts = lines(String(line.dropFirst(indent.count)), width: width - indent.count,
                              rest: width - continuation.count)
            return parts.enumerated().map { ($0 == 0 ? indent : continuation) + $1 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

extension TextTable {
    /// Column widths that fit `total` columns: each column as wide as its widest cell, then the
    /// widest left-aligned (text) column narrowed, repeatedly, until the table fits; numbers
    /// (right-aligned columns) are never narrowed.
    func fittedWidths(_ cells: [[String]], total: Int) -> [Int] {
        var widths = (0..<headers.count).map { column in cells.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        for column in widths.indices where !rightAligned.contains(column) { widths[column] = min(widths[column], maxColumnWidth) }
        let separators = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + separators > total {
            let text = widths.indices.filter { !rightAligned.contains($0) && widths[$0] > 12 }
            guard let widest = text.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// One row as physical lines: each cell wrapped to its column, shorter cells padded.
    func physicalLines(_ row: [String], widths: [Int]) -> [[String]] {
        let wrapped = row.enumerated().map { column, cell in
            rightAligned.contains(column) ? [cell] : TextWrap.lines(cell, width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in wrapped.map { line < $0.count ? $0[line] : "" } }
    }
}
