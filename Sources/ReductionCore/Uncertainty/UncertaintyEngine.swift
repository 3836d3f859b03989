import Foundation

/// Monte Carlo analysis of a plan: every number with a range is drawn, the pathway is
/// re-run, and the spread of abatement, cost, peak year and target attainment is reported.
///
/// - Draws are deterministic: draw `d` under seed `s` uses its own counter-based stream
///   (`CounterRandom`, a counter-based generator), so the same seed gives the same result for any number of threads.
/// - Two questions (``UncertaintyMode``). `fixed-plan`: each draw applies the measures in the
///   central case's MACC order and keeps the central either-or choices ("what does this plan,
///   as decided, deliver under uncertainty?"); rank stability re-sorts each draw's costs and
///   compares with the central rank. `re-decide`: each draw re-chooses the alternatives and
///   re-orders the MACC with the central evaluation's own code (`Ordering/`), giving rank
///   stability and P(chosen) per measure ("how robust is the ranking itself?").
/// - Everything ranged is drawn: inputs and factor-set defaults, their growth rates (the
///   projection re-expanded with the drawn rate), the catalogue's numbers (changes, ratios,
///   penetration, lifetime, capex, opex), energy prices of both bases and their growth rates
///   (the price series re-expanded with the drawn base and rate), both discount rates and the
///   reference carbon price (`UncertainParameter`).
/// - Draws stay in their domain: each parameter's distribution is truncated to the values it
///   can take (a share to 0…1, a price to ≥ 0, a discount rate to the loader's bounds; the
///   domain function of `UncertainParameter`) by inverse-CDF restriction; a parameter whose
///   untruncated distribution puts more than 0.1 % outside is listed in ``UncertaintyResult/truncated``.
/// - Share groups stay consistent: after the inputs and their growth are drawn, the members of each share group
///   with a drawn member are rescaled year by year so that the group keeps its central sum
///   (groups that must add up to 100 % still do) and never exceeds 100 %.
/// - Declared rank correlations (``Plan/correlations``) are induced with the Iman–Conover
///   method on the uniforms of the correlated parameters; every marginal is unchanged.
/// - Sensitivity: Spearman rank correlation and a first-order index per parameter, over the
///   first ``sensitivityDraws`` draws, for the target-year pathway and each measure's cost.
/// - Memory: the per-draw results (three numbers per measure and draw), the uniforms of the
///   first ``sensitivityDraws`` draws, plus one set of model buffers per thread; nothing else
///   grows with the number of draws.
public struct UncertaintyEngine: Sendable {
    let evaluator: PlanEvaluator
    let central: PlanResult
    let parameters: [UncertainParameter]
    /// Per parameter, the domain its draws are truncated to (``UncertainParameter/domain(evaluator:model:)``).
    let truncations: [DrawTruncation]
    /// Per input row, the values it can hold (``InputSpec/possibleRange``; unbounded without a
    /// spec): a row re-expanded with a drawn growth rate is kept inside it.
    let rowLimits: [ClosedRange<Double>]
    /// Measure indices in central MACC order.
    let order: [Int]
    /// For each position in `order`, the rank of the measure's id among them (ties in cost
    /// are broken by id, as in the central case, without comparing strings per draw).
    let idRank: [Int]
    /// Share groups with at least one drawn member: key indices and whether they sum to 1.
    let shareGroups: [(members: [Int], mustSumToOne: Bool)]
    /// Parameter positions (in ``parameters``) that take part in a declared correlation, and
    /// the target correlation matrix between them.
    let correlated: [Int]
    let correlationMatrix: [[Double]]
    /// The parameters' names, in draw order.
    public let parameterNames: [String]
    /// The question the runs answer.
    public let mode: UncertaintyMode
    /// The measures reported (plan indices): the central order, then under re-decide every
    /// other measure in plan order (alternatives and measures the central pathway left out).
    let reported: [Int]
    /// Per reported position: its 1-based central rank, 0 when out of the central pathway.
    let centralRank: [Int]

    /// How many of the first draws the sensitivity analysis uses (their uniforms are kept).
    public static let sensitivityDraws = 10_000

    /// Prepares the analysis in `mode` (evaluates the central case once). Throws when a
    /// declared correlation names a parameter that is not drawn, or the correlations are
    /// inconsistent (their matrix is not positive definite).
    public init(plan: Plan, model: some SectorModel, mode: UncertaintyMode = .fixedPlan) throws(PlanError) {
        evaluator = try PlanEvaluator(plan: plan, model: model)
        central = try evaluator.evaluate()
        self.mode = mode
        let catalogue = try? Catalogue(model: model, currency: plan.header.currency)
        let factorDefaults = catalogue.flatMap { $0.factorSet(plan.header.factorSet.isEmpty ? $0.defaultFactorSet : plan.header.factorSet) }
        let carriers = evaluator.model.layout.carriers.map(\.id)
        parameters = UncertainParameter.all(in: plan, table: evaluator.baseTable, carriers: carriers,
                                            factorDefaults: factorDefaults?.inputs ?? [:])
        truncations = parameters.map { [evaluator] in $0.estimate.truncation(to: $0.domain(evaluator: evaluator, model: model)) }
        rowLimits = evaluator.baseTable.keys.map { model.spec(for: $0)?.possibleRange ?? -Double.infinity...Double.infinity }
        let ids = plan.measures.map(\.id)
        let centralOrder = central.order.compactMap { ids.firstIndex(of: $0) }
        order = centralOrder
        let shown = mode == .fixedPlan ? centralOrder : centralOrder + plan.measures.indices.filter { !centralOrder.contains($0) }
        reported = shown
        centralRank = shown.map { index in centralOrder.firstIndex(of: index).map { $0 + 1 } ?? 0 }
        let sortedIDs = central.order.sorted()
        idRank = central.order.map { id in sortedIDs.firstIndex(of: id) ?? 0 }
        let table = evaluator.baseTable
        let names = parameters.map { $0.name(in: plan, table: table, carriers: carriers) }
        parameterNames = names
        let drawnInputs = Set(parameters.compactMap { parameter -> Int? in
            if case let .input(key, _) = parameter { return key }
            if case let .factor(key, _) = parameter { return key }
            if case let .growth(key, _, _) = parameter { return key }
            return nil
        })
        var groups: [(members: [Int], mustSumToOne: Bool)] = []
        for group in model.shareGroups {
            for pattern in PlanValidator.expand(group.pattern, table: table) {
                let members = table.keys(matching: pattern).compactMap { table.index(of: $0.key) }
                if members.contains(where: drawnInputs.contains) { groups.append((members, group.mustSumToOne)) }
            }
        }
        shareGroups = groups
        (correlated, correlationMatrix) = try Self.correlations(plan.correlations, names: names)
    }

    /// Resolves declared correlations to parameter positions and a target matrix.
    static func correlations(_ declared: [RankCorrelation], names: [String]) throws(PlanError) -> ([Int], [[Double]]) {
        guard !declared.isEmpty else { return ([], []) }
        var positions: [Int] = []
        func position(_ name: String, _ item: RankCorrelation) throws(PlanError) -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw PlanError(.unknownKey, "correlation names '\(name)', which is not a drawn parameter of this plan "
                                + "(a number with a range: inputs.<key>, inputs.<key>.growth or measures.<id>.<number>)", at: item.location)
            }
            if let known = positions.firstIndex(of: index) { return known }
            positions.append(index)
            return positions.count - 1
        }
        var pairs: [(Int, Int, Double)] = []
        for item in declared {
            guard item.rank.isFinite, item.rank > -1, item.rank < 1 else {
                throw PlanError(.invalidValue, "a rank correlation must lie strictly between -1 and 1, found \(item.rank)", at: item.location)
            }
            let a = try position(item.first, item), b = try position(item.second, item)
            guard a != b else {
                throw PlanError(.invalidValue, "a correlation needs two different parameters, found '\(item.first)' twice", at: item.location)
            }
            pairs.append((a, b, item.rank))
        }
        var matrix = (0..<positions.count).map { row in (0..<positions.count).map { $0 == row ? 1.0 : 0.0 } }
        for (a, b, rank) in pairs {
            matrix[a][b] = rank
            matrix[b][a] = rank
        }
        guard ImanConover.cholesky(matrix) != nil else {
            throw PlanError(.invalidValue, "the declared correlations contradict each other (their matrix is not positive definite)",
                            at: declared[0].location)
        }
        return (positions, matrix)
    }

    /// The correlated parameters' uniforms for every draw, `[draw × correlated.count]`, after
    /// Iman–Conover re-pairing; empty without correlations.
    func correlatedUniforms(draws: Int, seed: UInt64) -> [Double] {
        guard !correlated.isEmpty else { return [] }
        let k = correlated.count, last = (correlated.max() ?? 0)
        var columns = [[Double]](repeating: [Double](repeating: 0, count: draws), count: k)
        for draw in 0..<draws {
            var random = CounterRandom(seed: seed, draw: UInt64(draw))
            for position in 0...last {
                let u = random.uniform()
                if let slot = correlated.firstIndex(of: position) { columns[slot][draw] = u }
            }
        }
        let paired = ImanConover.reorder(columns, target: correlationMatrix, seed: seed) ?? columns
        var flat = [Double](repeating: 0, count: draws * k)
        for slot in 0..<k { for draw in 0..<draws { flat[draw * k + slot] = paired[slot][draw] } }
        return flat
    }

    /// The central (deterministic) result.
    public var centralResult: PlanResult { central }
    /// How many ranged numbers each draw samples.
    public var parameterCount: Int { parameters.count }

    /// Runs `draws` draws on `threads` threads (default: all cores; at most ``maximumThreads``).
    /// `progress` is called with the number of draws done so far (from any thread, about every
    /// 256 draws). Call ``checkResources(draws:)`` first to refuse runs too large for memory.
    /// `referencePrice` (currency/tCO2e) fixes the price P(cost below the price) compares with;
    /// without it each draw uses the plan's ``PlanHeader/referenceCarbonPrice``, drawn when the
    /// plan gives it a range.
    public func run(draws: Int, seed: UInt64, threads: Int? = nil,
                    referencePrice: Double? = nil, progress: (@Sendable (Int) -> Void)? = nil) -> UncertaintyResult {
        let draws = max(draws, 1)
        let threads = min(max(threads ?? ProcessInfo.processInfo.activeProcessorCount, 1), draws, Self.maximumThreads)
        let box = ResultBox(draws: draws, measures: reported.count, targets: evaluator.plan.targets.count,
                            parameters: parameters.count, sampled: min(draws, Self.sensitivityDraws))
        let correlatedUniforms = correlatedUniforms(draws: draws, seed: seed)
        // One OS thread per share of the draws (Dispatch's concurrentPerform ran them on a
        // single core here); draw d always lands in slot d, so the split cannot change results.
        // Threads claim shares from a queue; a share no thread claims (one failed to start)
        // runs on the calling thread, so the run never waits on a thread that does not exist.
        let engine = self
        ShareQueue.perform(threads, threads: threads) { thread in
            var worker = Worker(engine: engine, correlatedUniforms: correlatedUniforms)
            let range = (draws * thread / threads)..<(draws * (thread + 1) / threads)
            var chunk = DrawChunk(measures: engine.reported.count, targets: engine.evaluator.plan.targets.count,
                                  parameters: engine.parameters.count)
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
        return summarise(box, seed: seed, fixedPrice: referencePrice, threads: threads)
    }
}
