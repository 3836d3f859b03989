import ReductionCore
import Testing

/// The embedded MEE & NBS factors against the figures the 2023 notice quotes.
@Suite("Grid-factor table")
struct GridFactorTableTests {
    @Test("national series and the sector default")
    func national() throws {
        #expect(GridFactorTable.entry(year: 2021)?.value == 0.5568)
        #expect(GridFactorTable.entry(year: 2022)?.value == 0.5366)
        #expect(GridFactorTable.defaultGridFactor.value == 0.5306 && GridFactorTable.defaultGridFactor.year == 2023)
        // "较2022年0.5366下降1.1%": 0.5306 / 0.5366 − 1 = −1.118 %.
        #expect(abs(0.5306 / 0.5366 - 1 + 0.011) < 0.0005)
        // Residual mix 2023 0.6096, "+4.1 %" on 2022's 0.5856: 0.6096 / 0.5856 − 1 = +4.098 %.
        #expect(GridFactorTable.defaultResidualMix.value == 0.6096)
        let residual2022 = try #require(GridFactorTable.entry(.residualMix, year: 2022)?.value)
        #expect(abs(0.6096 / residual2022 - 1 - 0.041) < 0.0005)
        #expect(GridFactorTable.entry(.etsReporting, year: 2022)?.value == 0.5703)
        #expect(GridFactorTable.latest(.fossil)?.value == 0.8273)
        for entry in GridFactorTable.entries { #expect(!entry.source.isEmpty) }
    }

    /// MEE's 2023 notice gives the regional % changes on 2022; they reproduce the transcribed
    /// 2022 regional values (North −6.1 %, Northeast −8.0 %, East −2.1 %, Central −2.3 %,
    /// Northwest −5.4 %, South +4.5 %, Southwest +9.0 %).
    @Test("2023 regional changes reproduce the 2022 regional values", arguments: [
        (GridFactorTable.Region.north, -0.061), (.northeast, -0.080), (.east, -0.021), (.central, -0.023),
        (.northwest, -0.054), (.south, 0.045), (.southwest, 0.090),
    ])
    func regional(_ region: GridFactorTable.Region, _ change: Double) throws {
        let v2022 = try #require(GridFactorTable.entry(region: region, year: 2022)?.value)
        let v2023 = try #require(GridFactorTable.entry(region: region, year: 2023)?.value)
        #expect(abs(v2023 / v2022 - 1 - change) < 0.0006, "\(region): \(v2023 / v2022 - 1)")
    }
}
