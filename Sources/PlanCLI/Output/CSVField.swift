import Foundation

/// CSV fields that are safe to open in a spreadsheet.
package enum CSVField {
    /// The characters that make a spreadsheet read a cell as a formula or a command
    /// (OWASP "CSV Injection": `=`, `+`, `-`, `@`, tab and carriage return).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `field` as one CSV field: a field starting with a formula character is prefixed with a
    /// single quote (`=HYPERLINK(…)` → `'=HYPERLINK(…)`) and quoted, as OWASP recommends;
    /// a plain decimal number such as `-1234.5` or `-2.5e-3` is left as it is (it cannot be a
    /// formula, and the column stays numeric). Fields holding a comma, quote or line break
    /// are quoted with inner quotes doubled (RFC 4180).
    package static func neutralised(_ field: String) -> String {
        var text = field
        var quote = field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        if let first = field.first, formulaStarts.contains(first), !isPlainNumber(field) {
            text = "'" + field
            quote = true
        }
        guard quote else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `-?digits[.digits][e[+-]digits]`, nothing else.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func digits() -> Bool {
            let count = bytes.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count
            bytes = bytes.dropFirst(count)
            return count > 0
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard digits() else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard digits() else { return false }
        }
        return bytes.isEmpty
    }
}
