internal import ReductionCore
public import ReductionXML

extension CityPlan {
    /// The city XML report's figures for `result` (the encoder only formats them); `sectorFiles`
    /// names the sector reports written beside it, by sector id.
    public func report(_ result: CityResult, sectorFiles: [String: String] = [:]) -> CityReport {
        let years = model.years
        func couplingRun(_ name: String, _ run: CoupledRun) -> CityReport.CouplingRun {
            CityReport.CouplingRun(scenario: name, iterations: run.iterations, residual: run.residual, years: years.map { year in
                let t = year - years.lowerBound
                return CityReport.CouplingYear(year: year, sectorDemand: run.sectorDemand[t], sectorSupply: run.sectorSupply[t],
                                               otherDemand: run.otherDemand[t], powerDemand: run.powerDemand[t],
                                               gridFactor: run.gridFactor[t])
            })
        }
        var totals: [CityReport.Total] = []
        for boundary in CityBoundary.allCases {
            for (name, isPathway) in [("bau", false), ("pathway", true)] {
                let peak = isPathway ? result.peaks[boundary] : nil
                totals.append(CityReport.Total(boundary: boundary.rawValue,
                                               series: CityReport.Series(scenario: name, values: result.total(boundary, pathway: isPathway).values),
                                               peak: peak.map { (year: $0.year, value: $0.value) }, plateau: peak?.plateau,
                                               peakClass: isPathway ? result.peakClass(boundary)?.rawValue : nil))
            }
        }
        var sectors: [CityReport.Sector] = []
        for (index, bauSector) in result.bau.sectors.enumerated() {
            let pathwaySector = result.pathway.sectors[index]
            sectors.append(CityReport.Sector(
                id: bauSector.id,
                direct: [CityReport.Series(scenario: "bau", values: bauSector.direct),
                         CityReport.Series(scenario: "pathway", values: pathwaySector.direct)],
                indirect: [CityReport.Series(scenario: "bau", values: bauSector.indirect),
                           CityReport.Series(scenario: "pathway", values: pathwaySector.indirect)]))
        }
        let zeros = Array(repeating: 0.0, count: years.count)
        for inventory in model.fixed {
            let values = inventory.values
            sectors.append(CityReport.Sector(id: inventory.id, fixed: true, source: inventory.source,
                                             direct: [CityReport.Series(scenario: "bau", values: values),
                                                      CityReport.Series(scenario: "pathway", values: values)],
                                             indirect: [CityReport.Series(scenario: "bau", values: zeros),
                                                        CityReport.Series(scenario: "pathway", values: zeros)]))
        }
        let byID = Dictionary(model.sectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let steps = result.macc.map { step in
            CityReport.Step(sector: step.sector, measure: step.measureID, abatement: step.abatement,
                            territorialAbatement: step.territorialAbatement, annualCost: step.annualCost,
                            costPerTonne: step.costPerTonne, name: byID[step.sector]?.result.measure(step.measureID)?.measure.name)
        }
        let targets = result.targets.map { check in
            let kind = switch check.target.kind {
            case .absolute: "absolute"
            case .belowBase: "below-base"
            case .intensityBelowBase: "intensity-below-base"
            case .peakBy: "peak"
            case .perCapita: "per-capita"
            }
            return CityReport.Target(id: check.target.id, kind: kind, boundary: check.target.boundary.rawValue, year: check.target.year,
                                     allowed: check.allowed, pathway: check.pathway, met: check.met)
        }
        let name = file.jurisdiction.name
        var report = CityReport(names: [("en", name.english), ("zh-Hans", name.chinese)], divisionCode: file.jurisdiction.code,
                                baseYear: years.lowerBound, targetYear: result.maccYear, horizon: years.upperBound,
                                tolerance: model.tolerance, method: CityModel.method, runs: [couplingRun("bau", result.bau),
                                                                                             couplingRun("pathway", result.pathway)],
                                totals: totals, sectors: sectors, maccBoundary: CityBoundary.consumption.rawValue, steps: steps,
                                targets: targets,
                                sectorReports: model.sectors.map { ($0.id, $0.result.plan.inputDigest, sectorFiles[$0.id]) })
        report.plateauTolerance = result.plateauTolerance
        report.plateauSource = file.plateauToleranceSource
        report.currency = model.power.result.plan.header.currency
        report.population = result.population.flatMap { $0.count == years.count ? $0 : nil }
        if report.population != nil {
            report.perCapita = CityBoundary.allCases.flatMap { boundary in
                [("bau", false), ("pathway", true)].compactMap { scenario, isPathway in
                    result.perCapita(boundary, pathway: isPathway).map {
                        CityReport.Figure(subject: boundary.rawValue, scenario: scenario, values: $0)
                    }
                }
            }
        }
        report.coBenefits = Pollutant.allCases.flatMap { pollutant in
            [CityReport.Figure(subject: pollutant.rawValue, scenario: "bau", values: result.pollutant(pollutant, pathway: false)),
             CityReport.Figure(subject: pollutant.rawValue, scenario: "pathway", values: result.pollutant(pollutant))]
        }
        report.wedges = result.sectorWedges().map { wedge in
            CityReport.Wedge(sector: wedge.sector, name: byID[wedge.sector]?.info.name ?? LocalizedName(wedge.sector, wedge.sector),
                             values: wedge.values)
        }
        return report
    }
}

extension CityResult {
    /// Each sector's share of BAU − pathway of the MACC boundary (consumption) per city year: the
    /// sum of its measures' step widths, in the order the sectors first appear in the MACC. The
    /// wedges add up to BAU − pathway in every year, because the steps telescope.
    public func sectorWedges() -> [(sector: String, values: [Double])] {
        var order: [String] = []
        var sums: [String: [Double]] = [:]
        for step in macc {
            if sums[step.sector] == nil { order.append(step.sector) }
            let row = sums[step.sector] ?? Array(repeating: 0, count: years.count)
            sums[step.sector] = (0..<years.count).map { row[$0] + (($0 < step.byYear.count) ? step.byYear[$0] : 0) }
        }
        return order.map { ($0, sums[$0] ?? []) }
    }
}

extension CityModel {
    /// How the power model is driven, as the report states it.
    public static let method = "power demand input = power plan demand − modelled sectors' uncoupled BAU demand + their coupled demand − their supply; "
        + "grid factor = (plant CO2 for electricity + import CO2) / (power supplied + sector supply); fixed-point iteration on the grid factor"
}
