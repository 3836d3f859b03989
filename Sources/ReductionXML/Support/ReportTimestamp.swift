internal import ReductionSystem

/// A creation time in whole seconds, UTC, written as `2026-11-29T06:30:00Z`.
///
/// ``current(environment:)`` honours `SOURCE_DATE_EPOCH` (reproducible builds): when it is
/// set to a non-negative integer, that is the time, so the same inputs give the same bytes.
public struct ReportTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Int64

    /// A fixed time, in whole seconds since 1970-01-01T00:00:00Z (what `SOURCE_DATE_EPOCH` holds).
    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// `SOURCE_DATE_EPOCH` from `environment` when it is a valid integer, otherwise the clock.
    /// Tools use ``validated(environment:)``, which refuses an invalid value instead.
    public static func current(environment: [String: String]? = nil) -> ReportTimestamp {
        (try? validated(environment: environment)) ?? ReportTimestamp(secondsSinceEpoch: Syscalls.secondsSinceEpoch())
    }

    /// `SOURCE_DATE_EPOCH` (from `environment`, default the process's) when it is set, else the
    /// clock. A value that is not a whole number of seconds from 0 to 253402300799
    /// (9999-12-31T23:59:59Z), such as `abc`, `-1` or `1.5`, is an error naming the value,
    /// never a silent fall-back to the clock.
    public static func validated(environment: [String: String]? = nil) throws(ReportXMLError) -> ReportTimestamp {
        let value = environment.map { $0["SOURCE_DATE_EPOCH"] } ?? Syscalls.environment("SOURCE_DATE_EPOCH")
        guard let value else { return ReportTimestamp(secondsSinceEpoch: Syscalls.secondsSinceEpoch()) }
        guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let seconds = Int64(value), seconds <= 253_402_300_799 else {
            throw ReportXMLError(.invalidContent, "SOURCE_DATE_EPOCH is '\(value)'; expected a whole number of seconds "
                                 + "since 1970-01-01T00:00:00Z from 0 to 253402300799 (or leave it unset)")
        }
        return ReportTimestamp(secondsSinceEpoch: seconds)
    }

    /// Earlier times sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    /// ISO 8601, UTC, seconds precision: `YYYY-MM-DDThh:mm:ssZ`.
    public var description: String {
        let days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400
        let seconds = secondsSinceEpoch - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))Z"
    }

    /// Parses exactly the form ``description`` writes; `nil` otherwise.
    public init?(iso8601 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var result: Int64 = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                result = result * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return result
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = Self.days(year: year, month: month, day: day)
        guard Self.civil(fromDays: days) == (year, month, day) else { return nil }
        secondsSinceEpoch = days * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(fromDays count: Int64) -> (Int64, Int64, Int64) {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
