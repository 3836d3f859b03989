extension Double {
    /// The shortest decimal that reads back as exactly this value (Swift's `description`),
    /// e.g. `0.1`, `1234.5`, `2030.0`, `1e-05`, `-0.0`; `nil` for infinities and NaN, which
    /// a report never holds. The schema's `Number` type accepts exactly these forms.
    var xmlDecimal: String? { isFinite ? description : nil }

    /// Parses a report number: the schema's `Number` lexical form, finite.
    init?(xmlDecimal text: String) {
        guard let value = Double(text), value.isFinite,
              text.utf8.allSatisfy({ Self.allowed($0) }) else { return nil }
        self = value
    }

    private static func allowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
             UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"): return true
        default: return false
        }
    }
}
