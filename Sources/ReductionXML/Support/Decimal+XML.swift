import Foundation

extension Double {
    /// The shortest decimal that reads back as exactly this value (Swift's `description`),
    /// e.g. `0.1`, `1234.5`, `2030.0`, `1e-05`, `-0.0`; `nil` for infinities and NaN, which
    /// a report never holds. The schema's `Number` type accepts exactly these forms.
    var xmlDecimal: String? { isFinite ? description : nil }

    /// The value rounded to `significantDigits` significant digits, then written as the
    /// shortest decimal of that rounded value: `4.000000000000001e-06` → `4e-06`,
    /// `637118.4500000001` → `637118.45` at 12 digits. `nil` digits is ``xmlDecimal``.
    func xmlDecimal(significantDigits: Int?) -> String? {
        guard let digits = significantDigits else { return xmlDecimal }
        return rounded(significantDigits: digits)?.xmlDecimal
    }

    /// The value rounded to `digits` significant decimal digits (1…17); `nil` when not finite.
    func rounded(significantDigits digits: Int) -> Double? {
        guard isFinite else { return nil }
        guard self != 0 else { return self }
        let clamped = Swift.min(Swift.max(digits, 1), 17)
        return Double(String(format: "%.\(clamped - 1)e", self))
    }

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
