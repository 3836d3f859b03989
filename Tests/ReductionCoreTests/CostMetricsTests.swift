import Testing
import ReductionTestSupport
@testable import ReductionCore


@Suite("Cost formulas")
struct CostMetricsTests {
    @Test("CRF against hand-computed values", arguments: [
        // CRF(7 %, 15): 1.07^15 = 2.759032; 0.07 × 2.759032 / 1.759032 = 0.109795
        (0.07, 15.0, 0.109795),
        // CRF(8 %, 10): 1.08^10 = 2.158925; 0.08 × 2.158925 / 1.158925 = 0.149029
        (0.08, 10.0, 0.149029),
        // CRF(0, 20) = 1/20 = 0.05
        (0.0, 20.0, 0.05),
        // CRF(10 %, 1) = 0.1 × 1.1 / 0.1 = 1.1
        (0.10, 1.0, 1.1),
    ])
    func capitalRecoveryFactor(rate: Double, years: Double, expected: Double) {
        #expect(isClose(CostMetrics.capitalRecoveryFactor(rate: rate, years: years), expected, relative: 1e-5, absolute: 1e-5))
    }

    @Test func capitalRecoveryFactorRejectsBadLifetimes() {
        #expect(CostMetrics.capitalRecoveryFactor(rate: 0.05, years: 0) == nil)
        #expect(CostMetrics.capitalRecoveryFactor(rate: 0.05, years: -3) == nil)
        #expect(CostMetrics.capitalRecoveryFactor(rate: .nan, years: 10) == nil)
    }

    @Test func costPerTonneWorkedExample() {
        // capex 1,000,000 × CRF(8 %, 10) 0.1490295 = 149,029.49; + Δopex 20,000 − savings 150,000
        // = 19,029.49 CNY/yr; / 500 t = 38.059 CNY/t
        let annual = CostMetrics.annualisedNetCost(capex: 1_000_000, rate: 0.08, lifetime: 10,
                                                   deltaOpex: 20_000, energyCostChange: -150_000)
        #expect(isClose(annual, 19_029.49, relative: 1e-6, absolute: 1e-6))
        #expect(isClose(CostMetrics.costPerTonne(annualCost: annual ?? 0, abatement: 500), 38.059, relative: 1e-5, absolute: 1e-5))
        #expect(CostMetrics.costPerTonne(annualCost: 100, abatement: 0) == nil)
    }

    @Test func levelisedCostEqualsAnnualisedFormForConstantFlows() {
        // 1,000 CNY and 10 t every year for 5 years: PV ratio = 1,000 / 10 = 100 CNY/t at any rate.
        let cost = CostMetrics.levelisedCost(costs: Array(repeating: 1_000, count: 5), tonnes: Array(repeating: 10, count: 5),
                                             firstYear: 2021, rate: 0.07, referenceYear: 2020)
        #expect(isClose(cost, 100))
    }

    @Test func presentValueAndPayback() {
        // 100 in 2021 and 100 in 2022 at 10 % to 2020: 100/1.1 + 100/1.21 = 90.9091 + 82.6446 = 173.5537
        #expect(isClose(CostMetrics.presentValue([100, 100], firstYear: 2021, rate: 0.1, referenceYear: 2020), 173.553719))
        // capex 1,000,000 / saving (150,000 − 20,000) = 100 / 13 = 7.692307692307692 years
        #expect(isClose(CostMetrics.simplePayback(capex: 1_000_000, yearlySaving: 130_000), 7.692_307_692_307_692))
        #expect(CostMetrics.simplePayback(capex: 1_000, yearlySaving: -5) == nil)
    }
}

@Suite("Units and gases")
struct UnitTests {
    @Test("GWP-100 table", arguments: [
        (GWPSet.sar, 21.0, 21.0, 310.0), (.ar4, 25, 25, 298), (.ar5, 28, 28, 265), (.ar6, 27.0, 29.8, 273),
        (.ar6SingleMethane, 27.9, 27.9, 273),
    ])
    func gwpTable(set: GWPSet, nonFossil: Double, fossil: Double, n2o: Double) {
        #expect(set.factor(for: .ch4NonFossil) == nonFossil)
        #expect(set.factor(for: .ch4Fossil) == fossil)
        #expect(set.factor(for: .n2o) == n2o)
        #expect(set.factor(for: .co2) == 1)
    }

    @Test("unit conversion factors", arguments: [
        ("kWh/100km", "kWh/km", 0.01),      // 1 kWh per 100 km = 0.01 kWh/km
        ("tce", "GJ", 29.3076),              // GB/T 2589
        ("gce/kWh", "kgce/kWh", 0.001),
        ("万元", "CNY", 10_000),
        ("CNY/kWh", "CNY/GJ", 1 / 0.0036),   // 1 GJ = 277.78 kWh
        ("%", "share", 0.01),
        ("kgCO2/TJ", "tCO2/GJ", 1e-6),       // 1 kg/TJ = 0.001 t / 1000 GJ
    ])
    func conversions(from: String, to: String, factor: Double) {
        #expect(isClose(UnitConversion.factor(from: from, to: to), factor))
    }

    @Test func incompatibleUnitsAreRefused() {
        #expect(UnitConversion.factor(from: "kWh", to: "t") == nil)
        #expect(UnitConversion.factor(from: "furlongs", to: "km") == nil)
        #expect(UnitConversion.factor(from: "CNY", to: "USD") == nil)
    }

    @Test func sha256KnownVectors() {
        // FIPS 180-2 Appendix B.1 and the empty string.
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // Two blocks: 56-byte message from Appendix B.2.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite("Year series")
struct SeriesTests {
    @Test func growthByPeriod() {
        // base 100 in 2020; +10 %/yr to 2022, then +0 %: 2021 110, 2022 121, 2023 121; before base: 100
        let spec = SeriesSpec(base: Estimate(100), growth: [.init(until: 2022, rate: 0.1), .init(until: 2030, rate: 0)])
        let values = spec.expand(years: 2019...2023, baseYear: 2020)
        #expect(values.count == 5)
        #expect(isClose(values[0], 100) && isClose(values[1], 100) && isClose(values[2], 110) && isClose(values[3], 121) && isClose(values[4], 121))
    }

    @Test func interpolationBetweenPoints() {
        // 2020: 0.9, 2030: 0.5 → 2025: 0.9 + (0.5 − 0.9) × 5/10 = 0.7; flat outside
        let spec = SeriesSpec(points: [(2030, 0.5), (2020, 0.9)])
        let values = spec.expand(years: 2018...2032, baseYear: 2020)
        #expect(isClose(values[0], 0.9) && isClose(values[7], 0.7) && isClose(values[14], 0.5))
    }

    @Test func peakDetection() {
        let rising = YearSeries(firstYear: 2020, values: [1, 2, 3])
        let up = PlanEvaluator.peak(rising)
        #expect(up.year == 2022 && up.value == 3 && !up.declinesAfter && up.rebound == nil)
        let peaked = YearSeries(firstYear: 2020, values: [1, 4, 3, 2])
        let down = PlanEvaluator.peak(peaked)
        #expect(down.year == 2021 && down.value == 4 && down.declinesAfter && down.plateau == 2021...2021)
        // A flat top: the plateau is 2020–2021 (both at the peak), then it declines; the peak is the series' first year.
        let plateau = PlanEvaluator.peak(YearSeries(firstYear: 2020, values: [5, 5, 4]))
        #expect(plateau.year == 2020 && plateau.plateau == 2020...2021 && plateau.declinesAfter && plateau.atSeriesStart)
    }
}

@Suite("Dense layouts")
struct LayoutTests {
    @Test func gasAndPollutantRowCountsArePinned() {
        // ModelOutput lays out 4 gas rows and 3 pollutant rows per source.
        #expect(Gas.allCases.count == 4 && Pollutant.allCases.map(\.index) == [0, 1, 2])
        #expect(Gas.allCases.map(\.index) == [0, 1, 2, 3] && Pollutant.allCases.count == 3)
    }

    @Test func seriesDifferenceUsesTheseYears() {
        // (2020: 5, 2021: 7) − (2021: 1, 2022: 2) = (2020: 5 − 0, 2021: 7 − 1)
        let a = YearSeries(firstYear: 2020, values: [5, 7]), b = YearSeries(firstYear: 2021, values: [1, 2])
        #expect(a.minus(b) == YearSeries(firstYear: 2020, values: [5, 6]))
    }
}
