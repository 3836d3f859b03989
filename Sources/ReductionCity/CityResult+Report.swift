internal import ReductionCore
public import ReductionXML

extension CityPlan {
    /// The city XML report's figures for `result` (the encoder only formats them).
    public func report(_ result: CityResult) -> CityReport {
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
                let peak = isPathway ? result.peaks[boundary].map { (year: $0.year, value: $0.value) } : nil
                totals.append(CityReport.Total(boundary: boundary.rawValue,
                                               series: CityReport.Series(scenario: name, values: result.total(boundary, pathway: isPathway).values),
                                               peak: peak))
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
        let steps = result.macc.map { step in
            CityReport.Step(sector: step.sector, measure: step.measureID, abatement: step.abatement,
                            territorialAbatement: step.territorialAbatement, annualCost: step.annualCost,
                            costPerTonne: step.costPerTonne)
        }
        let targets = result.targets.map { check in
            let kind = switch check.target.kind {
            case .absolute: "absolute"
            case .belowBase: "below-base"
            case .intensityBelowBase: "intensity-below-base"
            case .peakBy: "peak"
            }
            return CityReport.Target(id: check.target.id, kind: kind, boundary: check.target.boundary.rawValue, year: check.target.year,
                                     allowed: check.allowed, pathway: check.pathway, met: check.met)
        }
        let name = file.jurisdiction.name
        return CityReport(names: [("en", name.english), ("zh-Hans", name.chinese)], divisionCode: file.jurisdiction.code,
                          baseYear: years.lowerBound, targetYear: result.maccYear, horizon: years.upperBound,
                          tolerance: model.tolerance, method: CityModel.method, runs: [couplingRun("bau", result.bau),
                                                                                       couplingRun("pathway", result.pathway)],
                          totals: totals, sectors: sectors, maccBoundary: CityBoundary.consumption.rawValue, steps: steps,
                          targets: targets, sectorReports: model.sectors.map { ($0.id, $0.result.plan.inputDigest) })
    }
}

extension CityModel {
    /// How the power model is driven, as the report states it.
    public static let method = "power demand input = power plan demand − modelled sectors' uncoupled BAU demand + their coupled demand − their supply; "
        + "grid factor = (plant CO2 for electricity + import CO2) / (power supplied + sector supply); fixed-point iteration on the grid factor"
}
