import Foundation

/// Monte Carlo analysis of a plan: every number with a range is drawn, the pathway is
/// re-run, and the spread of abatement, cost, peak year and target attainment is reported.
///
/// - Draws are deterministic: draw `d` under seed `s` uses its own counter-based stream
///   (``CounterRandom``), so the same seed gives the same result for any number of threads.
/// - Each draw applies the measures in the central case's MACC order (no re-ordering per
///   draw) and computes interacted abatement and cost per tonne in the target year; rank
///   stability re-sorts each draw's costs and compares with the central rank.
/// - Either-or alternatives left out of the central pathway stay out.
/// - Memory: the per-draw results (two numbers per measure and draw) plus one set of model
///   buffers per thread; nothing else grows with the number of draws.
public struct UncertaintyEngine: Sendable {
    let evaluator: PlanEvaluator
    let central: PlanResult
    let parameters: [UncertainParameter]
    /// Measure indices in central MACC order.
    let order: [Int]

    /// Prepares the analysis (evaluates the central case once).
    public init(plan: Plan, model: some SectorModel) throws(PlanError) {
        evaluator = try PlanEvaluator(plan: plan, model: model)
        central = try evaluator.evaluate()
        parameters = UncertainParameter.all(in: plan, table: evaluator.baseTable)
        let ids = plan.measures.map(\.id)
        order = central.order.compactMap { ids.firstIndex(of: $0) }
    }

    /// The central (deterministic) result.
    public var centralResult: PlanResult { central }
    /// How many ranged numbers each draw samples.
    public var parameterCount: Int { parameters.count }

    /// Runs `draws` draws on `threads` threads (default: all cores). `progress` is called with the number of draws
    /// done so far (from any thread, at most every 64 draws).
    public func run(draws: Int, seed: UInt64, threads: Int? = nil,
                    referencePrice: Double = 100, progress: (@Sendable (Int) -> Void)? = nil) -> UncertaintyResult {
        let draws = max(draws, 1)
        let threads = min(max(threads ?? ProcessInfo.processInfo.activeProcessorCount, 1), draws)
        let box = ResultBox(draws: draws, measures: order.count, targets: evaluator.plan.targets.count)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var worker = Worker(engine: self)
            let range = (draws * thread / threads)..<(draws * (thread + 1) / threads)
            var done = 0
            for draw in range {
                let outcome = worker.run(draw: draw, seed: seed)
                box.store(outcome, at: draw)
                done += 1
                if done % 64 == 0, let progress { progress(box.advance(by: 64)) }
            }
            if let progress { progress(box.advance(by: done % 64)) }
        }
        return summarise(box, seed: seed, referencePrice: referencePrice)
    }

    func summarise(_ box: ResultBox, seed: UInt64, referencePrice: Double) -> UncertaintyResult {
        let plan = evaluator.plan
        let m = order.count, n = box.draws
        let centralRank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var keepsRank = [Int](repeating: 0, count: m)
        var column = [Double](repeating: 0, count: n)
        for draw in 0..<n {
            let costs = (0..<m).map { box.cost[draw * m + $0] }
            let ranked = (0..<m).sorted { a, b in
                let ca = costs[a].isNaN ? .infinity : costs[a], cb = costs[b].isNaN ? .infinity : costs[b]
                return ca != cb ? ca < cb : plan.measures[order[a]].id < plan.measures[order[b]].id
            }
            for (rank, position) in ranked.enumerated() where centralRank[order[position]] == rank { keepsRank[position] += 1 }
        }
        var measures: [MeasureUncertainty] = []
        for position in 0..<m {
            for draw in 0..<n { column[draw] = box.abatement[draw * m + position] }
            let abatement = Percentiles(of: column)
            var saves = 0, below = 0
            for draw in 0..<n {
                let cost = box.cost[draw * m + position]
                column[draw] = cost
                if box.net[draw * m + position] < 0 { saves += 1 }
                if !cost.isNaN && cost < referencePrice { below += 1 }
            }
            measures.append(MeasureUncertainty(
                id: plan.measures[order[position]].id, abatement: abatement, costPerTonne: Percentiles(of: column),
                probabilitySavesMoney: Double(saves) / Double(n), probabilityKeepsRank: Double(keepsRank[position]) / Double(n),
                probabilityBelowPrice: Double(below) / Double(n)))
        }
        var peakCounts: [Int: Int] = [:]
        for year in box.peakYear { peakCounts[year, default: 0] += 1 }
        let peaks = peakCounts.mapValues { Double($0) / Double(n) }
        var targets: [String: Double] = [:]
        for (index, target) in plan.targets.enumerated() {
            let met = (0..<n).filter { box.targetMet[$0 * plan.targets.count + index] }.count
            targets[target.id] = Double(met) / Double(n)
        }
        return UncertaintyResult(draws: n, seed: seed, parameterCount: parameters.count, referencePrice: referencePrice,
                                 targetYear: plan.header.targetYear, measures: measures,
                                 pathwayEmissions: Percentiles(of: box.pathwayTarget), peakYearDistribution: peaks,
                                 targetProbabilities: targets)
    }
}

/// Per-draw results, written by index from several threads under a lock.
final class ResultBox: @unchecked Sendable {
    let draws: Int, measures: Int, targets: Int
    var abatement: [Double], cost: [Double], net: [Double]
    var pathwayTarget: [Double], peakYear: [Int], targetMet: [Bool]
    private var completed = 0
    private let lock = NSLock()

    init(draws: Int, measures: Int, targets: Int) {
        self.draws = draws
        self.measures = measures
        self.targets = targets
        abatement = Array(repeating: 0, count: draws * measures)
        cost = abatement
        net = abatement
        pathwayTarget = Array(repeating: 0, count: draws)
        peakYear = Array(repeating: 0, count: draws)
        targetMet = Array(repeating: false, count: draws * targets)
    }

    func store(_ outcome: DrawOutcome, at draw: Int) {
        lock.lock()
        defer { lock.unlock() }
        for position in 0..<measures {
            abatement[draw * measures + position] = outcome.abatement[position]
            cost[draw * measures + position] = outcome.cost[position]
            net[draw * measures + position] = outcome.net[position]
        }
        pathwayTarget[draw] = outcome.pathwayTarget
        peakYear[draw] = outcome.peakYear
        for index in 0..<targets { targetMet[draw * targets + index] = outcome.targetMet[index] }
    }

    func advance(by count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        completed += count
        return completed
    }
}
