/// Number formatting for terminal tables: grouped thousands, fixed decimals, no locale surprises.
public enum NumberFormat {
    /// `1234567.891` with 0 decimals → `1,234,568`; nil → `–`.
    public static func grouped(_ value: Double?, decimals: Int = 0) -> String {
        guard let value, value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded() / scale
        let negative = value < 0 && rounded != 0
        // Past 10^15 the digits are not meaningful and UInt64 ends at 1.8e19: exponent form.
        guard rounded < 1e15 else { return (value < 0 ? "-" : "") + "\(abs(value))" }
        let whole = UInt64(rounded.rounded(.down))
        var digits = String(whole)
        var groupedDigits = ""
        while digits.count > 3 {
            groupedDigits = "," + digits.suffix(3) + groupedDigits
            digits.removeLast(3)
        }
        groupedDigits = digits + groupedDigits
        if decimals > 0 {
            let fraction = UInt64(((rounded - Double(whole)) * scale).rounded())
            var fractionText = String(fraction)
            while fractionText.count < decimals { fractionText = "0" + fractionText }
            groupedDigits += "." + fractionText
        }
        return (negative ? "-" : "") + groupedDigits
    }

    /// A share as a percentage with one decimal: `0.1234` → `12.3 %`.
    public static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "–" }
        return grouped(share * 100, decimals: 1) + " %"
    }
}
