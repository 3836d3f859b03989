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
    /// For each position in `order`, the rank of the measure's id among them (ties in cost
    /// are broken by id, as in the central case, without comparing strings per draw).
    let idRank: [Int]

    /// Prepares the analysis (evaluates the central case once).
    public init(plan: Plan, model: some SectorModel) throws(PlanError) {
        evaluator = try PlanEvaluator(plan: plan, model: model)
        central = try evaluator.evaluate()
        parameters = UncertainParameter.all(in: plan, table: evaluator.baseTable)
        let ids = plan.measures.map(\.id)
        order = central.order.compactMap { ids.firstIndex(of: $0) }
        let sortedIDs = central.order.sorted()
        idRank = central.order.map { id in sortedIDs.firstIndex(of: id) ?? 0 }
    }

    /// The central (deterministic) result.
    public var centralResult: PlanResult { central }
    /// How many ranged numbers each draw samples.
    public var parameterCount: Int { parameters.count }

    /// Runs `draws` draws on `threads` threads (default: all cores; at most ``maximumThreads``).
    /// `progress` is called with the number of draws done so far (from any thread, about every
    /// 256 draws). Call ``checkResources(draws:)`` first to refuse runs too large for memory.
    public func run(draws: Int, seed: UInt64, threads: Int? = nil,
                    referencePrice: Double = 100, progress: (@Sendable (Int) -> Void)? = nil) -> UncertaintyResult {
        let draws = max(draws, 1)
        let threads = min(max(threads ?? ProcessInfo.processInfo.activeProcessorCount, 1), draws, Self.maximumThreads)
        let box = ResultBox(draws: draws, measures: order.count, targets: evaluator.plan.targets.count)
        // One OS thread per share of the draws (Dispatch's concurrentPerform ran them on a
        // single core here); draw d always lands in slot d, so the split cannot change results.
        // Threads claim shares from a queue; a share no thread claims (one failed to start)
        // runs on the calling thread, so the run never waits on a thread that does not exist.
        let engine = self
        let shares = ShareQueue(count: threads)
        let runShare: @Sendable (Int) -> Void = { thread in
            var worker = Worker(engine: engine)
            let range = (draws * thread / threads)..<(draws * (thread + 1) / threads)
            var chunk = DrawChunk(measures: engine.order.count, targets: engine.evaluator.plan.targets.count)
            for draw in range {
                worker.run(draw: draw, seed: seed)
                chunk.append(worker.outcome, draw: draw)
                if chunk.count == DrawChunk.capacity || draw == range.upperBound - 1 {
                    box.store(chunk)
                    if let progress { progress(box.advance(by: chunk.count)) }
                    chunk.clear()
                }
            }
        }
        for _ in 0..<threads {
            let worker = Thread {
                while let share = shares.claim() {
                    runShare(share)
                    shares.finish()
                }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        shares.waitAll(orRun: runShare)
        return summarise(box, seed: seed, referencePrice: referencePrice)
    }

    func summarise(_ box: ResultBox, seed: UInt64, referencePrice: Double) -> UncertaintyResult {
        let plan = evaluator.plan
        let m = order.count, n = box.draws
        var keepsRank = [Int](repeating: 0, count: m)
        for draw in 0..<n {
            for position in 0..<m where box.keepsRank[draw * m + position] { keepsRank[position] += 1 }
        }
        var column = [Double](repeating: 0, count: n)
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

/// Up to `capacity` consecutive draws of one thread, in flat buffers reused from chunk to
/// chunk (no allocation per draw).
struct DrawChunk {
    static let capacity = 256
    let measures: Int, targets: Int
    var firstDraw = 0, count = 0
    var abatement: [Double], cost: [Double], net: [Double], keepsRank: [Bool]
    var pathwayTarget: [Double], peakYear: [Int], targetMet: [Bool]

    init(measures: Int, targets: Int) {
        self.measures = measures
        self.targets = targets
        abatement = Array(repeating: 0, count: Self.capacity * measures)
        cost = abatement
        net = abatement
        keepsRank = Array(repeating: false, count: Self.capacity * measures)
        pathwayTarget = Array(repeating: 0, count: Self.capacity)
        peakYear = Array(repeating: 0, count: Self.capacity)
        targetMet = Array(repeating: false, count: Self.capacity * targets)
    }

    /// Appends draw `draw` (which must follow the previous one).
    mutating func append(_ outcome: DrawOutcome, draw: Int) {
        if count == 0 { firstDraw = draw }
        for position in 0..<measures {
            abatement[count * measures + position] = outcome.abatement[position]
            cost[count * measures + position] = outcome.cost[position]
            net[count * measures + position] = outcome.net[position]
            keepsRank[count * measures + position] = outcome.keepsRank[position]
        }
        pathwayTarget[count] = outcome.pathwayTarget
        peakYear[count] = outcome.peakYear
        for index in 0..<targets { targetMet[count * targets + index] = outcome.targetMet[index] }
        count += 1
    }

    mutating func clear() { count = 0 }
}

/// Per-draw results, written by index from several threads under a lock.
final class ResultBox: @unchecked Sendable {
    let draws: Int, measures: Int, targets: Int
    var abatement: [Double], cost: [Double], net: [Double]
    var keepsRank: [Bool]
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
        keepsRank = Array(repeating: false, count: draws * measures)
        pathwayTarget = Array(repeating: 0, count: draws)
        peakYear = Array(repeating: 0, count: draws)
        targetMet = Array(repeating: false, count: draws * targets)
    }

    /// Copies a chunk of consecutive draws into place under one lock.
    func store(_ chunk: DrawChunk) {
        lock.lock()
        defer { lock.unlock() }
        let m = measures, start = chunk.firstDraw
        for index in 0..<(chunk.count * m) {
            abatement[start * m + index] = chunk.abatement[index]
            cost[start * m + index] = chunk.cost[index]
            net[start * m + index] = chunk.net[index]
            keepsRank[start * m + index] = chunk.keepsRank[index]
        }
        for index in 0..<chunk.count {
            pathwayTarget[start + index] = chunk.pathwayTarget[index]
            peakYear[start + index] = chunk.peakYear[index]
        }
        for index in 0..<(chunk.count * targets) { targetMet[start * targets + index] = chunk.targetMet[index] }
    }

    func advance(by count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        completed += count
        return completed
    }
}
