/// The one number formatter of every text output (terminal tables, CSV, HTML, charts):
/// grouped thousands or plain digits, fixed decimals, no locale surprises.
package enum NumberFormat {
    /// `1234567.891` with 0 decimals → `1,234,568`; nil → `–`.
    package static func grouped(_ value: Double?, decimals: Int = 0) -> String {
        guard let value, value.isFinite else { return "–" }
        let places = max(0, min(decimals, 15))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        // Beyond UInt64 after scaling: the shortest round-trip text instead of a trap.
        guard abs(value) * scale < 9e18 else { return "\(value)" }
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled != 0
        let units = UInt64(scaled), divisor = UInt64(scale)
        let whole = units / divisor, fraction = units % divisor
        var digits = String(whole)
        var groupedDigits = ""
        while digits.count > 3 {
            groupedDigits = "," + digits.suffix(3) + groupedDigits
            digits.removeLast(3)
        }
        groupedDigits = digits + groupedDigits
        if places > 0 {
            var fractionText = String(fraction)
            while fractionText.count < places { fractionText = "0" + fractionText }
            groupedDigits += "." + fractionText
        }
        return (negative ? "-" : "") + groupedDigits
    }

    /// A share as a percentage with one decimal: `0.1234` → `12.3 %`.
    package static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "–" }
        return grouped(share * 100, decimals: 1) + " %"
    }

    /// Plain digits for machine-read text (CSV): `1234567.891` with 1 decimal → `1234567.9`;
    /// `.` as the decimal separator, no grouping, no exponent; nil or non-finite → empty.
    package static func plain(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return "" }
        return String(grouped(value, decimals: decimals).filter { $0 != "," })
    }

    /// Six significant digits without an exponent, for factors such as `1.61968e-05` →
    /// `0.0000161968`; nil or non-finite → empty.
    package static func significant(_ value: Double?, digits: Int = 6) -> String {
        guard let value, value.isFinite else { return "" }
        guard value != 0 else { return "0" }
        var magnitude = 0
        var scaled = abs(value)
        while scaled >= 10 { scaled /= 10; magnitude += 1 }
        while scaled < 1 { scaled *= 10; magnitude -= 1 }
        let decimals = max(0, min(15, digits - 1 - magnitude))
        var text = plain(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
