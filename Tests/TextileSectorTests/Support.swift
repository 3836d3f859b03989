import ReductionCore
@testable import TextileSector


/// A minimal textile plan (2023–2030, AR6, no measures unless given) around `inputs`.
/// `inputs` and `extra` are YAML lines; `inputs` is indented under `inputs:`.
func testPlanText(inputs: String, measures: String = "measures: {use: []}", extra: String = "",
                  factorSet: String = "china", gwp: String = "AR6") -> String {
    """
    plan:
      sector: textile
      title: {en: Test park, zh-Hans: 测试园区}
      jurisdiction: {name: {en: Test City, zh-Hans: 测试市}, code: "990100"}
      authority: {en: Test bureau, zh-Hans: 测试局}
      baseYear: 2023
      targetYear: 2030
      horizon: 2030
      gwp: \(gwp)
      factorSet: \(factorSet)
      discountRates: {social: 0.05, private: 0.08}
    inputs:
    \(inputs.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
    \(measures)
    \(extra)
    """
}

/// Loads and evaluates a test plan.
func evaluate(inputs: String, measures: String = "measures: {use: []}", extra: String = "",
              factorSet: String = "china", gwp: String = "AR6") throws -> PlanResult {
    let model = TextileModel()
    let plan = try PlanLoader.load(text: testPlanText(inputs: inputs, measures: measures, extra: extra,
                                                      factorSet: factorSet, gwp: gwp),
                                   file: "test.yaml", model: model)
    return try PlanEvaluator.evaluate(plan, model: model)
}

/// Index of a source, carrier or memo id in the fixed layout.
func source(_ id: TextileModel.SourceID) -> Int { TextileModel.layout.sourceIndex(id.rawValue) ?? -1 }
func carrier(_ id: TextileModel.CarrierID) -> Int { TextileModel.layout.carrierIndex(id.rawValue) ?? -1 }
func memo(_ id: TextileModel.MemoID) -> Int { TextileModel.layout.memoIndex(id.rawValue) ?? -1 }
