import ReductionTestSupport
import ReductionCity
import ReductionCore
import ReductionXML
import Testing

/// Co-benefits, per-capita totals, the plateau tolerance, the sector wedges and the city charts,
/// on the hand-checked two-sector city of ``CityCouplingTests`` (figures in the city year 2025).
@Suite struct CityRollupTests {
    func city() throws -> CityModel {
        CityModel(years: 2020...2030, power: try citySector(ToyPower(example: ToyPower.plan())),
                  others: [try citySector(ToyTransport(example: ToyTransport.plan()))])
    }

    @Test func coBenefitsAreSummedOverTheSectorsByYear() throws {
        let result = try CityResult(city: try city(), maccYear: 2025)
        // BAU 2025: transport NOx = 1,000 t fuel CO2 × 0.002 = 2 t; power SO2 = coal 6,000 MWh × 0.0005 = 3 t.
        #expect(isClose(result.pollutant(.nox, pathway: false)[5], 2) && isClose(result.pollutant(.so2, pathway: false)[5], 3))
        // Pathway: EV share 0.5 → NOx 500 × 0.002 = 1 t; power demand 10,000 MWh still runs coal at its
        // 6,000 MWh limit (the upgrade lowers its CO2 factor, not its output) → SO2 stays 3 t; no PM2.5.
        #expect(isClose(result.pollutant(.nox)[5], 1) && isClose(result.pollutant(.so2)[5], 3))
        #expect(result.pollutant(.pm25).allSatisfy { $0 == 0 })
        // 2020, before the measures start: pathway = BAU = 2 t NOx.
        #expect(isClose(result.pollutant(.nox)[0], 2))
    }

    @Test func perCapitaTotalsAndTarget() throws {
        let population = Array(repeating: 1000.0, count: 11)
        let targets = [
            CityTarget(id: "per-head", year: 2025, kind: .perCapita(6.0)),                            // 5,900 ≤ 6 × 1,000 → met
            CityTarget(id: "per-head-consumption", year: 2025, kind: .perCapita(6.0), boundary: .consumption),  // 8,300 > 6,000
        ]
        let result = try CityResult(city: try city(), maccYear: 2025, targets: targets, population: population)
        // Territorial 7,000 (BAU) and 5,900 (pathway) t over 1,000 people: 7.0 and 5.9 t per person.
        #expect(isClose(result.perCapita(.territorial, pathway: false)?[5], 7.0))
        #expect(isClose(result.perCapita(.territorial)?[5], 5.9) && isClose(result.perCapita(.consumption)?[5], 8.3))
        let checks = Dictionary(uniqueKeysWithValues: result.targets.map { ($0.target.id, $0) })
        #expect(checks["per-head"]?.met == true && isClose(checks["per-head"]?.allowed, 6000))
        #expect(checks["per-head-consumption"]?.met == false && isClose(checks["per-head-consumption"]?.pathway, 8300))
        // Without a population series there is no per-capita figure, and the target cannot be met.
        let none = try CityResult(city: try city(), maccYear: 2025, targets: targets)
        #expect(none.perCapita(.territorial) == nil && none.targets.allSatisfy { !$0.met })
    }

    @Test func plateauToleranceDecidesPeakedOrPlateau() {
        // 105 in 2021, then 104.5 and 104.2: within 1 % of the peak (floor 105 × 0.99 = 103.95) the
        // horizon is still on the plateau; with no tolerance every later year is below 105 → "peaked".
        let years = [2020, 2021, 2022, 2023], values = [100, 105, 104.5, 104.2]
        let range = 2020...2023
        let strict = PlanEvaluator.peak(years: years, values: values, tolerance: 0)
        let tolerant = PlanEvaluator.peak(years: years, values: values, tolerance: 0.01)
        #expect(CityPeakClass(strict, years: range) == .peaked)
        #expect(CityPeakClass(tolerant, years: range) == .plateau && tolerant.plateau == 2021...2023)
        // A drop to 103 (below 103.95) ends the plateau in 2022: peaked, plateau 2021–2022.
        let drop = PlanEvaluator.peak(years: years, values: [100, 105, 104.5, 103], tolerance: 0.01)
        #expect(CityPeakClass(drop, years: range) == .peaked && drop.plateau == 2021...2022)
        #expect(CityPeakClass(PlanEvaluator.peak(years: years, values: [1, 2, 3, 4], tolerance: 0.01), years: range) == .rising)
        #expect(CityPeakClass(PlanEvaluator.peak(years: years, values: [4, 3, 2, 1], tolerance: 0.01), years: range) == .declining)
    }

    @Test func plateauToleranceIsReadWithItsSourceAndRange() throws {
        let head = "city:\n  jurisdiction: {name: {en: X, zh-Hans: X}, code: \"1\"}\n  baseYear: 2024\n  horizon: 2035\n"
        let plain = try CityPlanFile.load(bytes: Array(head.utf8), file: "c.yaml")
        #expect(plain.plateauTolerance == 0.01 && plain.plateauToleranceSource.hasPrefix("assumption — "))
        let given = try CityPlanFile.load(bytes: Array((head + "  plateauTolerance: {value: 0.03, source: \"bureau rule\"}\n").utf8),
                                          file: "c.yaml")
        #expect(given.plateauTolerance == 0.03 && given.plateauToleranceSource == "bureau rule")
        #expect {
            _ = try CityPlanFile.load(bytes: Array((head + "  plateauTolerance: 0.5\n").utf8), file: "c.yaml")
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.location.line == 5 && error.location.keyPath == "city.plateauTolerance" && error.code == .invalidValue
        }
        // A per-capita target needs the population series.
        #expect(throws: PlanError.self) {
            _ = try CityPlanFile.load(bytes: Array((head + "targets:\n  - {id: p, year: 2030, kind: per-capita, value: 5}\n").utf8),
                                      file: "c.yaml")
        }
    }

    @Test func sectorWedgesAddUpToBAUMinusPathwayInEveryYear() throws {
        let result = try CityResult(city: try city(), maccYear: 2025)
        let wedges = result.sectorWedges()
        // MACC order: coal upgrade (power) then EVs (transport); 2025 widths 600 and −100 t (consumption).
        #expect(wedges.map(\.sector) == ["power", "transport"])
        #expect(isClose(wedges[0].values[5], 600) && isClose(wedges[1].values[5], -100))
        #expect(wedges[0].values[0] == 0 && wedges[1].values[0] == 0)  // 2020: no measure yet
        for t in 0..<11 {
            let sum = wedges.reduce(0) { $0 + $1.values[t] }
            #expect(isClose(sum, result.bau.consumption[t] - result.pathway.consumption[t], relative: 1e-9))
        }
    }

    @Test func exampleCityChartsDrawEverySectorWedgeAndEveryMACCStep() throws {
        let plan = try CityPlanLoader.loadExample()
        let result = try plan.evaluate()
        let report = plan.report(result)
        for language in [Language.english, .simplifiedChinese] {
            let wedge = try Charts.svg(.wedge, of: report, language: language)
            let macc = try Charts.svg(.macc, of: report, language: language)
            for item in report.wedges { #expect(wedge.contains(item.name.text(language))) }
            // One bar per city MACC step with positive abatement (a white-stroked rect each), ranked
            // in the legend; the steps left out are counted under the chart.
            let drawn = report.steps.filter { $0.abatement > 0 && $0.costPerTonne != nil }.count
            #expect(drawn > 0 && macc.components(separatedBy: "stroke=\"#FFFFFF\"").count - 1 >= drawn)
            #expect(macc.contains("\(drawn). ") && !macc.contains("\(drawn + 1). "))
            if drawn < report.steps.count { #expect(macc.contains("\(report.steps.count - drawn)")) }
        }
        #expect(try Charts.svg(.wedge, of: report, language: .simplifiedChinese).contains("分部门减排量"))
        // Wedges reconcile with the totals the report gives (consumption, every year).
        let bau = try #require(report.totals.first { $0.boundary == "consumption" && $0.series.scenario == "bau" })
        let pathway = try #require(report.totals.first { $0.boundary == "consumption" && $0.series.scenario == "pathway" })
        for t in bau.series.values.indices {
            let sum = report.wedges.reduce(0) { $0 + $1.values[t] }
            #expect(isClose(sum, bau.series.values[t] - pathway.series.values[t], relative: 1e-9))
        }
    }
}
