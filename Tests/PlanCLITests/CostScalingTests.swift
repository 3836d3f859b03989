import Foundation
import Testing
import PlanCLI
import ReductionPlanKit
import ReductionCore
import TextileSector
import ThermalPowerSector
import TransportSector
import WasteSortingSector

/// Issue 12: costs follow what a measure deploys, so a city of another size gets the same
/// cost per tonne for every per-unit measure; project lump sums are named in a warning.
@Suite("Costs scale with the city")
struct CostScalingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var model: any SectorModel
        /// Whether an input key is an activity input (scaled); intensities, shares and prices are not.
        var isActivity: @Sendable (String) -> Bool
        /// Measures the issue quotes (their costs did not follow the city before): per-unit now.
        var quoted: [String]
        var testDescription: String { model.info.id }
    }

    static let cases: [Case] = [
        Case(model: TransportModel(),
             isActivity: { $0 == "passenger.activity" || $0 == "freight.activity" || $0.hasPrefix("fuel-use.") },
             quoted: ["bus-battery-electric", "car-fuel-economy"]),
        Case(model: WasteSortingModel(), isActivity: { $0 == "population" || $0.hasPrefix("history.landfilled.") },
             quoted: ["food-waste-to-digestion"]),
        Case(model: TextileModel(), isActivity: { $0.hasPrefix("stage.") && $0.hasSuffix(".output") },
             quoted: ["wastewater-heat-recovery"]),
        // Power: demand, imports, heat demand and every capacity and heat output (unit fuel
        // rates, hours, own use, shares and heat rates are intensities and stay).
        Case(model: ThermalPowerModel(), isActivity: isPowerActivity,
             quoted: ["turbine-flow-path-retrofit", "retire-small-units-transfer", "solar-pv-utility",
                      "chp-replace-heating-boilers"]),
    ]

    /// The power model's activity inputs.
    static let isPowerActivity: @Sendable (String) -> Bool = { key in
        ["demand.electricity", "supply.import", "supply.green-import", "heat.demand", "storage.capacity"].contains(key)
            || (key.hasPrefix("unit.") && (key.hasSuffix(".capacity") || key.hasSuffix(".heat")))
            || (key.hasPrefix("renewable.") && key.hasSuffix(".capacity"))
    }

    /// The example plan with every activity input × `factor`.
    static func scaled(_ plan: Plan, by factor: Double, _ isActivity: (String) -> Bool) -> Plan {
        var plan = plan
        for (key, spec) in plan.inputs where isActivity(key) {
            var copy = spec
            copy.base = spec.base?.scaled(by: factor)
            copy.points = spec.points.map { ($0.year, $0.value * factor) }
            plan.inputs[key] = copy
        }
        return plan
    }

    func relative(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-300)
    }

    @Test("every per-unit measure keeps its cost per tonne at 0.4× and 2.5× activity",
          arguments: cases, [0.4, 2.5])
    func perUnitCostsAreScaleFree(sector: Case, factor: Double) throws {
        // Project lump sums do not scale by design (next test); left in, they would change
        // their own cost per tonne and with it the MACC order the others interact in.
        var plan = try PlanLoader.loadExample(for: sector.model)
        plan.measures.removeAll { $0.basis == .project }
        for id in sector.quoted { #expect(plan.measures.contains { $0.id == id }, "\(id) is per-unit") }
        let base = try PlanEvaluator.evaluate(plan, model: sector.model)
        let run = try PlanEvaluator.evaluate(Self.scaled(plan, by: factor, sector.isActivity), model: sector.model)
        let year = plan.header.targetYear
        #expect(relative(run.bauActivity[plan.header.baseYear], (base.bauActivity[plan.header.baseYear] ?? 0) * factor))
        #expect(run.order == base.order)
        for measure in base.measures {
            let other = try #require(run.measure(measure.id))
            #expect(relative(other.standaloneCostPerTonne, measure.standaloneCostPerTonne), "\(measure.id) standalone")
            #expect(relative(other.costPerTonne, measure.costPerTonne), "\(measure.id) interacted")
            #expect(relative((other.standaloneAbatement[year] ?? .nan), (measure.standaloneAbatement[year] ?? 0) * factor), "\(measure.id) standalone t")
            #expect(relative((other.interactedAbatement[year] ?? .nan), (measure.interactedAbatement[year] ?? 0) * factor), "\(measure.id) abatement")
            #expect(relative((other.annualCost[year] ?? .nan), (measure.annualCost[year] ?? 0) * factor), "\(measure.id) annual cost")
        }
    }

    @Test("project-basis measures are named when the city is more than 2× off the example",
          arguments: cases, [0.4, 2.5])
    func projectMeasuresAreNamed(sector: Case, factor: Double) throws {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let base = try PlanRun.evaluate(plan, model: sector.model).result
        let run = try PlanRun.evaluate(Self.scaled(plan, by: factor, sector.isActivity), model: sector.model).result
        let projects = run.measures.filter { $0.inPathway && $0.measure.basis == .project }.map(\.id)
        #expect(!projects.isEmpty)
        let warning = run.warnings.first { $0.contains("project lump sums that were not scaled") }
        #expect(warning?.hasSuffix(": " + projects.joined(separator: ", ")) == true)
        #expect(base.warnings.allSatisfy { !$0.contains("project lump sums") })
    }
}

@Suite("Transport template at half size")
struct TemplateHalfSizeTests {
    @Test func halfSizeCityGetsTheSameEBusCostPerTonne() throws {
        let model = TransportModel()
        let template = PlanTemplate(model: model, language: .english).render()
        // The planner's edit: a city of half the size (passenger-km and tonne-km halved).
        let edited = template
            .replacingOccurrences(of: "    base: 30.3e9\n", with: "    base: 15.15e9\n")
            .replacingOccurrences(of: "    low: 25e9\n    high: 36e9\n", with: "    low: 12.5e9\n    high: 18e9\n")
            .replacingOccurrences(of: "    base: 25e9\n", with: "    base: 12.5e9\n")
            .replacingOccurrences(of: "    low: 15e9\n    high: 35e9\n", with: "    low: 7.5e9\n    high: 17.5e9\n")
        #expect(edited != template)
        let half = try PlanEvaluator.evaluate(try PlanLoader.load(text: edited, file: "half.yaml", model: model), model: model)
        let example = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        #expect((half.bauActivity[2024] ?? .nan) == (example.bauActivity[2024] ?? 0) / 2)
        let a = try #require(example.measure("bus-battery-electric")?.costPerTonne)
        let b = try #require(half.measure("bus-battery-electric")?.costPerTonne)
        #expect(abs(a - b) <= 1e-9 * abs(a))
        #expect(half.measure("bus-battery-electric")?.measure.basis == .perUnit(quantity: "vehicles.bus.electric", change: .increase))
    }
}
