import Testing
@testable import PlanCLI

/// Terminal number formatting never traps: past 10^15 it switches to exponent form (the
/// summary converted to UInt64, which ends at 1.8 × 10^19 and trapped on larger results).
@Suite("Large numbers in the summary")
struct LargeNumberTests {
    @Test("values past UInt64.max print in exponent form instead of trapping")
    func pastUInt64() {
        // 3.65e23 t: 10^18 people × 10^6 kg/person/day × 365 / 1000.
        #expect(NumberFormat.grouped(3.65e23) == "3.65e+23")
        #expect(NumberFormat.grouped(-1e300, decimals: 2) == "-1e+300")
        #expect(NumberFormat.grouped(Double.greatestFiniteMagnitude) == "1.7976931348623157e+308")
        #expect(NumberFormat.percent(1e30) == "1e+32 %")
    }

    @Test("below 10^15 the grouped form is unchanged")
    func belowBound() {
        // 999,999,999,999,999 is 10^15 − 1: still grouped in threes.
        #expect(NumberFormat.grouped(999_999_999_999_999) == "999,999,999,999,999")
        #expect(NumberFormat.grouped(1234567.891, decimals: 1) == "1,234,567.9")
        #expect(NumberFormat.grouped(-0.4) == "0")
    }
}
