import Testing
import ReductionTestSupport
@testable import ReductionCore

@Suite("Bad input gives typed errors naming the place")
struct PlanErrorTests {
    func failure(plan: String = ToyModel.defaultExample, measures: String = ToyModel.defaultMeasures) -> PlanError? {
        let model = ToyModel(measuresYAML: measures, example: plan)
        do {
            let plan = try PlanLoader.load(text: plan, file: "plan.yaml", model: model)
            _ = try PlanEvaluator.evaluate(plan, model: model)
            return nil
        } catch {
            return error
        }
    }

    func measure(_ body: String) -> String {
        """
        measures:
          - id: m
            name: {en: M, zh-Hans: 措施}
        \(body)
        """
    }

    @Test func malformedYAMLNamesTheLine() {
        let error = failure(plan: "plan:\n  sector: toy\n  title: [unclosed\n")
        #expect(error?.code == .malformedInput)
        #expect(error?.location.file == "plan.yaml")
        #expect(error?.location.line != nil)
    }

    @Test func duplicateYAMLKey() {
        let error = failure(plan: ToyModel.defaultExample + "\n  demand: 5\n")
        #expect(error?.code == .malformedInput)
        #expect(error?.message.contains("duplicate key") == true)
    }

    @Test func negativeLifetime() {
        let error = failure(measures: measure("""
            changes: [{scale: {key: demand, by: -0.1}}]
            deployment: {start: 2021}
            lifetime: -5
        """))
        #expect(error?.code == .invalidValue)
        #expect(error?.location.keyPath == "measures[0].lifetime")
        #expect(error?.location.line == 6)
        #expect(error?.message == "a lifetime must be a positive number of years, found -5.0")
    }

    @Test func notANumber() {
        let error = failure(plan: ToyModel.defaultExample.replacingAll("demand: 1000", with: "demand: .nan"))
        #expect(error?.code == .invalidValue)
        #expect(error?.location.keyPath == "inputs.demand")
        #expect(error?.description == "plan.yaml:12:11: inputs.demand: expected a finite number, found '.nan'")
    }

    @Test func unknownUnit() {
        let error = failure(plan: ToyModel.defaultExample.replacingAll("demand: 1000", with: "demand: {value: 1000, unit: furlongs}"))
        #expect(error?.code == .unitMismatch)
        // The message lists the accepted units of the key's family (issue 17).
        #expect(error?.message.hasPrefix("unit 'furlongs' cannot be converted to 'GJ' (accepted: J, kJ, Wh, gce, MJ, kWh, kgce, GJ, MWh, tce,") == true)
        #expect(error?.message.contains("万吨标准煤") == true)
        #expect(error?.location.keyPath == "inputs.demand.unit")
    }

    @Test func wrongButConvertibleUnitIsConverted() throws {
        let model = ToyModel(example: ToyModel.defaultExample.replacingAll("demand: 1000", with: "demand: {value: 1, unit: TJ}"))
        let result = try PlanEvaluator.evaluate(try PlanLoader.loadExample(for: model), model: model)
        #expect(isClose((result.bau[2020] ?? .nan), 1_000))  // 1 TJ = 1,000 GJ × 1 t/GJ
    }

    @Test func duplicateMeasureID() {
        let error = failure(measures: ToyModel.defaultMeasures + """

          - id: a-demand
            name: {en: Again, zh-Hans: 重复}
            changes: [{scale: {key: demand, by: -0.1}}]
            deployment: {start: 2021}
            lifetime: 5
        """)
        #expect(error?.code == .measureReference)
        #expect(error?.message == "duplicate measure id 'a-demand'")
    }

    @Test func unknownMeasureIDInPlan() {
        let error = failure(plan: ToyModel.defaultExample + "\nmeasures:\n  use: [a-demand, no-such]\n")
        #expect(error?.code == .measureReference)
        #expect(error?.message == "unknown measure id 'no-such'")
    }

    @Test func measureExcludingItself() {
        let error = failure(measures: measure("""
            changes: [{scale: {key: demand, by: -0.1}}]
            deployment: {start: 2021}
            lifetime: 5
            excludes: [m]
        """))
        #expect(error?.code == .measureReference)
        #expect(error?.message == "measure 'm' excludes itself")
    }

    @Test func yearOutsideHorizon() {
        let error = failure(measures: measure("""
            changes: [{scale: {key: demand, by: -0.1}}]
            deployment: {start: 2045}
            lifetime: 5
        """))
        #expect(error?.code == .yearOutOfRange)
        let target = failure(plan: ToyModel.defaultExample + "\ntargets:\n  - {year: 2070, absoluteCap: 1}\n")
        #expect(target?.code == .yearOutOfRange)
        #expect(target?.location.line == 14)  // the list item with the year
    }

    @Test func shareAbove100Percent() {
        let input = failure(plan: ToyModel.defaultExample + "\n  share.electric: 1.2\n")
        #expect(input?.code == .shareOverflow)
        #expect(input?.location.keyPath == "inputs.share.electric")
        let group = failure(plan: ToyModel.defaultExample + "\n  extra.a.share: 0.6\n  extra.b.share: {value: 50, unit: \"%\"}\n")
        #expect(group?.code == .shareOverflow)
        #expect(group?.message.contains("110") == true)
        let penetration = failure(measures: measure("""
            changes: [{scale: {key: demand, by: -0.1}}]
            deployment: {start: 2021, max: 1.5}
            lifetime: 5
        """))
        #expect(penetration?.code == .invalidValue)
    }

    @Test func unknownKeysAreNamed() {
        let input = failure(plan: ToyModel.defaultExample + "\n  demnd: 5\n")
        #expect(input?.code == .unknownKey)
        #expect(input?.message == "unknown input key 'demnd' for the toy sector")
        let top = failure(plan: ToyModel.defaultExample + "\nmesures: {}\n")
        #expect(top?.code == .unknownKey)
        let change = failure(measures: measure("""
            changes: [{scale: {key: nothing, by: -0.1}}]
            deployment: {start: 2021}
            lifetime: 5
        """))
        #expect(change?.code == .unknownKey)
        #expect(change?.location.keyPath == "measures[0].changes[0].scale.key")
    }

    @Test func missingNameInOneLanguage() {
        let error = failure(measures: """
        measures:
          - id: m
            name: {en: Only English}
            changes: [{scale: {key: demand, by: -0.1}}]
            deployment: {start: 2021}
            lifetime: 5
        """)
        #expect(error?.code == .missingKey)
        #expect(error?.message == "missing required key 'zh-Hans'")
    }

    @Test func wrongSectorAndMissingInput() {
        let sector = failure(plan: ToyModel.defaultExample.replacingAll("sector: toy", with: "sector: waste"))
        #expect(sector?.message == "this plan is for sector 'waste', but this tool plans 'toy'")
        let missing = failure(plan: ToyModel.defaultExample.replacingAll("  demand: 1000", with: "  share.electric: 0.1"))
        #expect(missing?.code == .missingKey)
    }

    @Test func chineseTextIsQuotedExactly() {
        let error = failure(plan: ToyModel.defaultExample.replacingAll("gwp: AR5", with: "gwp: 第五次评估"))
        #expect(error?.message == "unknown value '第五次评估' (expected one of: SAR, AR4, AR5, AR6, AR6-SM)")
    }

    @Test func invalidUTF8() {
        let model = ToyModel()
        #expect(throws: PlanError.self) {
            try PlanLoader.load(bytes: [0x70, 0x6c, 0xff, 0xfe], file: "bad.yaml", model: model)
        }
    }
}
