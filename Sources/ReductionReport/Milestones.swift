/// Derived figures the summary, the workbook and the HTML report share.
package enum Milestones {
    /// The milestone years of a plan: the base year, every year divisible by 5 after it up to
    /// the horizon, and the target and horizon years; ascending, without duplicates.
    ///
    /// Base 2024, target 2035, horizon 2060 → 2024, 2025, 2030, 2035, 2040, …, 2060.
    package static func years(base: Int, target: Int, horizon: Int) -> [Int] {
        guard horizon >= base else { return [base] }
        var years: Set<Int> = [base, min(max(target, base), horizon), horizon]
        var year = (base / 5 + 1) * 5
        while year <= horizon {
            years.insert(year)
            year += 5
        }
        return years.sorted()
    }
}
