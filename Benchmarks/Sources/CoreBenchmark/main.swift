// Plan-evaluation and Monte Carlo throughput (run by hand, release build):
//   swift run -c release CoreBenchmark [draws] [threads...] [price-growth]
//   (COREBENCH_REDECIDE_ONLY=1: re-decide alone on `draws` draws, for profiling)
// Prints deterministic evaluations per second for the transport example and the synthetic
// plan (50 measures, 12 sources, 41 years), then Monte Carlo draws per second on the
// synthetic plan for each thread count (fixed-plan, then re-decide on draws / 20), and checks
// the results are identical across them.
import Foundation
import ReductionCore
import TransportSector

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// CPU seconds this process has used (all threads): on a loaded machine, draws per CPU second
/// times the cores is what an idle machine would give.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

func evaluationsPerSecond(_ plan: Plan, _ model: some SectorModel, minimum: Double = redecideOnly ? 0.1 : 2) throws -> Double {
    let clock = ContinuousClock()
    var count = 0
    let start = clock.now
    while seconds(clock.now - start) < minimum {
        _ = try PlanEvaluator.evaluate(plan, model: model)
        count += 1
    }
    return Double(count) / seconds(clock.now - start)
}

/// The result as text with its dictionaries sorted (two equal dictionaries may print their keys
/// in different orders), so NaN percentiles compare equal.
func canonical(_ r: UncertaintyResult) -> String {
    func sorted<V>(_ d: [some Comparable: V]) -> String { String(describing: d.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) }
    return [String(describing: r.measures), String(describing: r.pathwayEmissions), sorted(r.peakYearDistribution),
            sorted(r.targetProbabilities), sorted(r.drawnByKind), String(describing: r.sensitivity),
            String(describing: r.correlations), "\(r.draws) \(r.seed) \(r.mode)"].joined(separator: "|")
}

/// FNV-1a of the text, in hex: equal digests from two builds mean the same results.
func digest(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return String(hash, radix: 16)
}

let arguments = CommandLine.arguments.dropFirst()
let draws = arguments.first.flatMap { Int($0) } ?? 20_000
let threadCounts = arguments.dropFirst().compactMap { Int($0) }
let redecideOnly = ProcessInfo.processInfo.environment["COREBENCH_REDECIDE_ONLY"] == "1"
do {
    let transport = TransportModel()
    let transportPlan = try PlanLoader.loadExample(for: transport)
    print("transport example: \(transportPlan.measures.count) measures, "
          + String(format: "%.1f", try evaluationsPerSecond(transportPlan, transport)) + " evaluations/s")

    let model = SyntheticModel()
    // With `price-growth` among the arguments, the fuel price and the private electricity price
    // also grow at a ranged rate (drawn as kind price-growth; 220 ranged parameters).
    let plan = arguments.contains("price-growth")
        ? try PlanLoader.load(text: SyntheticModel.example
            .replacingOccurrences(of: "fuel: {value: 60, low: 45, high: 80}",
                                  with: "fuel: {value: 60, low: 45, high: 80, growth: {value: 0.02, low: 0, high: 0.04}}")
            .replacingOccurrences(of: "private: {value: 180, low: 140, high: 230}",
                                  with: "private: {value: 180, low: 140, high: 230, growth: {value: 0.01, low: -0.01, high: 0.03}}"),
                              file: "synthetic-price-growth.yaml", model: model)
        : try PlanLoader.loadExample(for: model)
    print("synthetic plan: \(plan.measures.count) measures, \(SyntheticModel.sourceCount) sources, "
          + "\(plan.header.horizon - plan.header.baseYear + 1) years, "
          + String(format: "%.1f", try evaluationsPerSecond(plan, model)) + " evaluations/s")

    let engine = try UncertaintyEngine(plan: plan, model: model)
    print("ranged parameters: \(engine.parameterCount)")
    var results: [UncertaintyResult] = []
    for threads in redecideOnly ? [] : threadCounts.isEmpty ? [1, 2] : threadCounts {
        _ = engine.run(draws: min(draws, 2_000), seed: 1, threads: threads)  // warm-up
        let clock = ContinuousClock()
        var result: UncertaintyResult?
        let cpu = cpuSeconds()
        let time = clock.measure { result = engine.run(draws: draws, seed: 1, threads: threads) }
        let used = cpuSeconds() - cpu
        print("draws \(draws), threads \(threads): " + String(format: "%.3f s, %.0f draws/s; %.3f CPU s, %.0f draws per CPU s",
                                                               seconds(time), Double(draws) / seconds(time), used, Double(draws) / used))
        if let result { results.append(result) }
    }
    // Compared as text: a measure without abatement in every draw has NaN cost percentiles.
    if !redecideOnly { print("identical results across thread counts: \(Set(results.map(canonical)).count == 1)") }

    // Re-decide: every draw re-orders the 50 measures with the central ordering code.
    let redecide = try UncertaintyEngine(plan: plan, model: model, mode: .reDecide)
    let redecideDraws = redecideOnly ? draws : max(draws / 20, 200)
    var redecided: [UncertaintyResult] = []
    for threads in threadCounts.isEmpty ? [1, 2] : threadCounts {
        _ = redecide.run(draws: 50, seed: 1, threads: threads)  // warm-up
        let clock = ContinuousClock()
        var result: UncertaintyResult?
        let cpu = cpuSeconds()
        let time = clock.measure { result = redecide.run(draws: redecideDraws, seed: 1, threads: threads) }
        let used = cpuSeconds() - cpu
        print("re-decide draws \(redecideDraws), threads \(threads): "
              + String(format: "%.3f s, %.0f draws/s; %.3f CPU s, %.0f draws per CPU s",
                       seconds(time), Double(redecideDraws) / seconds(time), used, Double(redecideDraws) / used))
        if let result { redecided.append(result) }
    }
    print("re-decide identical across thread counts: \(Set(redecided.map(canonical)).count == 1)")
    // A digest of the result, to compare builds (an optimisation must leave it unchanged).
    if let first = redecided.first { print("re-decide result digest: \(digest(canonical(first)))") }

    // The same model without declared components: every candidate re-scored at every step.
    if redecideOnly { exit(0) }
    var whole = SyntheticModel()
    whole.declaresComponents = false
    let general = try UncertaintyEngine(plan: plan, model: whole, mode: .reDecide)
    _ = general.run(draws: 50, seed: 1, threads: 1)  // warm-up
    let clock = ContinuousClock()
    var result: UncertaintyResult?
    let cpu = cpuSeconds()
    let time = clock.measure { result = general.run(draws: redecideDraws, seed: 1, threads: 1) }
    let used = cpuSeconds() - cpu
    print("re-decide without components, draws \(redecideDraws), threads 1: "
          + String(format: "%.3f s, %.0f draws/s; %.3f CPU s, %.0f draws per CPU s",
                   seconds(time), Double(redecideDraws) / seconds(time), used, Double(redecideDraws) / used))
    print("re-decide identical with and without components: \(result.map(canonical) == redecided.first.map(canonical))")
} catch {
    print("error: \(error)")
    exit(1)
}
