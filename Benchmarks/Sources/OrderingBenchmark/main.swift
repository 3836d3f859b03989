// Ordering scale (issue 22 item 5), run by hand in a release build:
//   swift build -c release --product OrderingBenchmark
//   .build/release/OrderingBenchmark 50 200 500 2000
// For each count N, the transport example plus N custom measures (small cuts of the gasoline-car
// intensity with distinct costs and start years) is evaluated once (no attribution); prints the
// time, the model runs and the pathway length.
import Foundation
import ReductionCore
import TransportSector

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func plan(withCustom count: Int, model: TransportModel) throws -> Plan {
    let example = String(decoding: model.data.example, as: UTF8.self)
    var custom = "  custom:\n"
    for index in 0..<count {
        custom += """
            - id: custom-\(index)
              name: {en: "Custom \(index)", zh-Hans: "自定义\(index)"}
              changes: [{scale: {key: mode.car.tech.gasoline.intensity, by: \(-0.0005 * Double(1 + index % 7))}}]
              deployment: {start: \(2025 + index % 8)}
              lifetime: 10
              opex: \(100 * (index % 13) - 400)

        """
    }
    guard let range = example.range(of: "measures:\n") else { throw PlanError(.missingKey, "no measures block") }
    let text = example.replacingCharacters(in: range, with: "measures:\n" + custom)
    return try PlanLoader.load(text: text, file: "<benchmark \(count)>", model: model)
}

let counts = CommandLine.arguments.dropFirst().compactMap { Int($0) }
do {
    let model = TransportModel()
    for count in counts.isEmpty ? [50, 200, 500] : counts {
        let plan = try plan(withCustom: count, model: model)
        let clock = ContinuousClock()
        var result: PlanResult?
        let time = clock.measure { result = try? PlanEvaluator.evaluate(plan, model: model) }
        guard let result else { print("error evaluating \(count)"); exit(1) }
        print("\(count) custom (\(plan.measures.count) measures): "
              + String(format: "%.2f s", seconds(time))
              + ", \(result.decisions.modelRuns) model runs, \(result.order.count) in the pathway")
    }
} catch {
    print("error: \(error)")
    exit(1)
}
