import Foundation
import Testing
import ReductionCore
import ReductionTestSupport

/// `Plan.validate(against:)`, the evaluator's refusal, and the API around editing a plan in code.
///
/// The toy example (``ToyModel``): demand 1000 GJ in every year, electric share 0, fuel factor
/// 1.0 tCO2/GJ, so BAU = 1000 × 1.0 = 1000 tCO2 a year. `a-demand` cuts demand 20 % from 2021
/// (no ramp), `b-factor` cuts the fuel factor 30 %.
@Suite("Validating plans edited in code")
struct PlanValidationTests {
    let model = ToyModel()

    func example() throws -> Plan { try PlanLoader.loadExample(for: model) }

    @Test("the loaded example has no problems")
    func exampleIsValid() throws {
        #expect(try example().validate(against: model).isEmpty)
    }

    @Test("maxPenetration = 60 (meant 60 %) is a problem at measures[a-demand].deployment.max")
    func percentWrittenAsNumber() throws {
        var plan = try example()
        let index = try #require(plan.measureIndex(id: "a-demand"))
        plan.measures[index].deployment.maxPenetration = Estimate(60)
        let problems = plan.validate(against: model)
        #expect(problems.count == 1)
        #expect(problems.first?.code == .invalidValue)
        #expect(problems.first?.location.keyPath == "measures[a-demand].deployment.max")
        #expect(problems.first?.message.contains("found 60") == true)
    }

    @Test("lifetime = -3 is a problem at measures[b-factor].lifetime")
    func negativeLifetime() throws {
        var plan = try example()
        let index = try #require(plan.measureIndex(id: "b-factor"))
        plan.measures[index].lifetime = Estimate(-3)
        let problems = plan.validate(against: model)
        #expect(problems.map(\.location.keyPath) == ["measures[b-factor].lifetime"])
        #expect(problems.first?.message == "a lifetime must be a positive number of years, found -3.0")
    }

    @Test("every problem is returned, and PlanEvaluator refuses the plan listing them")
    func everyProblemAndRefusal() throws {
        var plan = try example()
        plan.measures[0].deployment.maxPenetration = Estimate(60)
        plan.measures[1].lifetime = Estimate(-3)
        plan.inputs["share.electric"] = .constant(1.5)  // a share of 150 %
        let problems = plan.validate(against: model)
        // inputs first (values, then hard ranges), then measures in plan order.
        #expect(problems.map(\.location.keyPath)
                    == ["inputs.share.electric", "measures[a-demand].deployment.max", "measures[b-factor].lifetime"])
        #expect(problems.first?.code == .shareOverflow)
        do throws(PlanError) {
            _ = try PlanEvaluator.evaluate(plan, model: model)
            Issue.record("an invalid plan was evaluated")
        } catch {
            #expect(error.code == .invalidPlan)
            #expect(error.problems == problems)
            #expect(error.message.hasPrefix("the plan fails validation (3 problems):"))
            #expect(error.localizedDescription.contains("measures[b-factor].lifetime"))
        }
    }

    @Test("a valid edit (maxPenetration 0.6) evaluates: a-demand abates 1000 × 0.2 × 0.6 = 120 t alone")
    func validEditEvaluates() throws {
        var plan = try example()
        let index = try #require(plan.measureIndex(id: "a-demand"))
        plan.measures[index].deployment.maxPenetration = Estimate(0.6)
        #expect(plan.validate(against: model).isEmpty)
        let result = try PlanEvaluator.evaluate(plan, model: model)
        let abatement = try #require(result.measure("a-demand")?.standaloneAbatement[2025])
        // BAU 1000 t − 1000 × (1 − 0.2 × 0.6) × 1.0 = 120 t
        #expect(abs(abatement - 120) < 1e-9)
        #expect(plan.measure(id: "a-demand")?.deployment.maxPenetration.value == 0.6)
        #expect(plan.measure(id: "no-such-measure") == nil)
    }

    @Test("YearSeries: a year outside the series is nil, not 0 (pathway[2300])")
    func yearOutsideSeries() throws {
        let result = try PlanEvaluator.evaluate(try example(), model: model)
        #expect(result.pathway[2300] == nil)
        #expect(result.pathway[2019] == nil)
        // 2020 is the base year, before both measures start: BAU 1000 t.
        #expect(result.pathway[2020] == 1000)
        let series = YearSeries(firstYear: 2020, values: [1, 2])
        #expect(series[2021] == 2)
        #expect(series[2022] == nil)
    }

    @Test("PlanLoader.load(contentsOf:) reads a file URL; a missing file is unreadable-file")
    func loadFromURL() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-url-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("city.yaml")
        try Data(ToyModel.defaultExample.utf8).write(to: url)
        let plan = try PlanLoader.load(contentsOf: url, model: model)
        let fromText = try PlanLoader.load(text: ToyModel.defaultExample, file: "city.yaml", model: model)
        #expect(plan.inputs == fromText.inputs)
        #expect(plan.sources.file("plan")?.name == "city.yaml")
        do throws(PlanError) {
            _ = try PlanLoader.load(contentsOf: folder.appendingPathComponent("missing.yaml"), model: model)
            Issue.record("a missing file was loaded")
        } catch {
            #expect(error.code == .unreadableFile)
            #expect(error.location.file?.hasSuffix("missing.yaml") == true)
        }
    }

    @Test("a caller-supplied catalogue replaces the embedded one")
    func catalogueInjection() throws {
        let catalogue = """
        measures:
          - id: only-one
            name: {en: Only one, zh-Hans: 唯一}
            changes: [{scale: {key: demand, by: -0.5}}]
            deployment: {start: 2021}
            lifetime: 5
        """
        let plan = try PlanLoader.load(bytes: Array(ToyModel.defaultExample.utf8), file: "city.yaml", model: model,
                                       catalogue: Array(catalogue.utf8))
        #expect(plan.measures.map(\.id) == ["only-one"])
        #expect(plan.sources.file("catalogue")?.bytes == Array(catalogue.utf8))
        let result = try PlanEvaluator.evaluate(plan, model: CatalogueOverride(base: model, measures: Array(catalogue.utf8)))
        // 1000 GJ × 0.5 × 1.0 tCO2/GJ = 500 t abated in 2025.
        #expect(result.pathway[2025] == 500)
    }
}
