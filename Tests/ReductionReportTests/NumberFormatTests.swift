import Testing
import ReductionReport

@Suite("Number formatter and milestones")
struct NumberFormatTests {
    @Test func plainDigitsRoundWithoutGroupingOrExponent() {
        // 1234567.891 to one decimal: 1234567.9 (no thousands separator, `.` decimal point).
        #expect(NumberFormat.plain(1_234_567.891, decimals: 1) == "1234567.9")
        // -0.004 to two decimals rounds to zero: no "-0.00".
        #expect(NumberFormat.plain(-0.004, decimals: 2) == "0.00")
        #expect(NumberFormat.plain(-2.5, decimals: 0) == "-3")  // away from zero, like the terminal tables
        #expect(NumberFormat.plain(nil, decimals: 1) == "")
        #expect(NumberFormat.plain(.nan, decimals: 1) == "")
    }

    @Test func significantDigitsNeverUseAnExponent() {
        // 1.6196771227867998e-05 t/pkm to 6 significant digits: 0.0000161968.
        #expect(NumberFormat.significant(1.6196771227867998e-05) == "0.0000161968")
        #expect(NumberFormat.significant(0.5306) == "0.5306")
        #expect(NumberFormat.significant(2_514_900_000) == "2514900000")
        #expect(NumberFormat.significant(0) == "0")
    }

    @Test func groupedNeverTrapsOnHugeValues() {
        // 1e30 × 10 would overflow UInt64: the shortest round-trip text instead of a crash.
        #expect(NumberFormat.grouped(1e30, decimals: 1) == "1e+30")
        #expect(NumberFormat.grouped(1_234_567.891, decimals: 2) == "1,234,567.89")
        #expect(NumberFormat.grouped(0.05, decimals: 1) == "0.1")
    }

    @Test func milestoneYearsAreBaseEveryFiveTargetAndHorizon() {
        // Base 2024, target 2033, horizon 2040: 2024, then 2025, 2030, 2035, 2040, and 2033.
        #expect(Milestones.years(base: 2024, target: 2033, horizon: 2040) == [2024, 2025, 2030, 2033, 2035, 2040])
        #expect(Milestones.years(base: 2020, target: 2030, horizon: 2030) == [2020, 2025, 2030])
    }
}
