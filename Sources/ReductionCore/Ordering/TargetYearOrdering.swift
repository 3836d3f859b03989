/// The one ordering decision for a year-by-year model, shared by the central evaluation
/// (``PlanEvaluator/pathwayOrder(_:bau:cache:)``) and re-decide Monte Carlo draws: repeatedly
/// add the candidate with the lowest interacted cost per tonne in the target year given the
/// measures already in (ties by id); stop when no candidate abates any more.
///
/// Only the target year is computed: a candidate is scored by applying its changes to a probe
/// table at the target year, one target-year model run, its captures and those of the measures
/// already in, then undoing the probe. The chosen candidate's scoring run becomes the prefix.
///
/// Score reuse (models that declare ``ModelComponents``): after measure b is added, a candidate
/// whose components b did not touch keeps its score (it is mathematically unchanged; see
/// ``ModelComponents``). Kept scores differ from fresh ones by rounding only, so before deciding,
/// every kept score within `2 (r_c + r_best)` of the best is scored afresh, where r bounds the
/// rounding of a score from the size of the terms behind it (`κ = 2⁻³⁰` per unit of size, about
/// 2¹⁷ times the rounding of a sum of 50 terms). The best then is the best of scoring every
/// candidate afresh, and its recorded numbers are fresh: the same order and the same bits.
/// Without components every candidate is scored at every step, exactly as always.
///
/// One value per thread: every buffer is reused from draw to draw. A scoring run applies the
/// candidate through ``YearChanges`` (the measures' changes at the target year, flattened, so
/// no measure is copied) and runs the model into one-year outputs (``ModelOutput/firstOffset``).
struct TargetYearOrdering {
    /// What the candidates cost, per measure (plan order), and the prices at the target year.
    struct Costs {
        var capex: [Double]
        var opex: [Double]
        /// `CRF(rate, lifetime)` at the rate the order is decided at (0 where undefined).
        var crf: [Double]
        /// One price per carrier at the target year (NaN: none).
        var prices: [Double]
    }

    let window: @Sendable (InputTable, inout ModelOutput, Range<Int>) -> Void
    let runAll: @Sendable (InputTable, inout ModelOutput) -> Void
    let target: Int
    let gwp: [Double]
    /// Plan indices in id order, and each measure's place in it.
    let byID: [Int]
    let idRank: [Int]
    /// Per measure: the components it touches as bits (nil: all); nil without components.
    let footprints: [UInt64?]?
    let capturesAny: [Bool]
    let cost: CostModel
    /// The measures (a draw writes its numbers here); owned so that calls on them need no copy.
    var measures: [CompiledMeasure]
    /// Their changes at the target year, flattened (refreshed from ``measures`` by ``start(_:inputs:)``).
    private var changes: YearChanges

    /// The prefix's inputs (the target year is the only one kept current) and a probe copy.
    private(set) var table: InputTable
    private var probe: InputTable
    /// The prefix's output at the target year, the scoring run, and the best scoring run so far
    /// (one-year outputs).
    private var current: ModelOutput
    private var scratch: ModelOutput
    private var kept: ModelOutput
    private var keptIndex = -1
    private var currentTotal = 0.0, currentSize = 0.0

    /// Per measure: still a candidate.
    private(set) var candidate: [Bool]
    /// The candidates still in, in id order (``candidate`` as a list).
    private var live: [Int]
    /// Per measure: its last score and what it was computed from (one array of slots, so a
    /// scoring run writes one element).
    private var slots: [Slot]
    private var capturing: [Int]
    /// Kept scores close enough to the best to be scored afresh before deciding (reused).
    private var contenders: [Int] = []

    /// The measures added, in order, with their target-year abatement (tCO2e) and net annual cost
    /// at the deciding rate and prices, and (when asked) at a second rate and prices.
    private(set) var order: [Int]
    private(set) var stepAbatement: [Double], stepNet: [Double], stepSecondNet: [Double]
    /// Each measure's place in ``order`` (−1 when not added).
    private(set) var step: [Int]
    /// Scoring runs made (one target-year run each).
    private(set) var runs = 0

    /// One candidate's last score: cost per tonne, the target-year abatement and net cost behind
    /// it, the total and term size after it, and its state.
    struct Slot {
        var score = 0.0, abatement = 0.0, net = 0.0, afterTotal = 0.0, afterSize = 0.0
        /// Its rounding radius (scores kept with components).
        var radius = 0.0
        /// Scored on the current prefix; to be re-scored before deciding; abatement too close to
        /// 0 (or numbers not finite) to be kept; a cost per tonne exists.
        var fresh = false, invalid = false, fragile = false, hasScore = false
    }

    /// Prepares buffers for `measures` on `base`'s shape; `window` must be a year-by-year run.
    init(model: CompiledModel, window: @escaping @Sendable (InputTable, inout ModelOutput, Range<Int>) -> Void,
         measures: [CompiledMeasure], ids: [String], cost: CostModel, base: InputTable, target: Int, gwp: [Double]) {
        self.window = window
        runAll = model.run
        self.target = target
        self.gwp = gwp.map { $0 }
        let sorted = ids.indices.sorted { ids[$0] < ids[$1] }
        byID = sorted
        var rank = [Int](repeating: 0, count: ids.count)
        for (place, index) in sorted.enumerated() { rank[index] = place }
        idRank = rank
        footprints = model.components.map { components in
            measures.indices.map { components.footprint(of: measures[$0], unitsFromLevel: cost.entries[$0].reached) }
        }
        capturesAny = measures.map { !$0.captures.isEmpty }
        self.cost = cost.detached()
        self.measures = measures
        changes = YearChanges(measures, offset: target)
        table = base
        table.values = base.values.map { $0 }
        probe = table
        probe.values = base.values.map { $0 }
        // One-year outputs of the target year: a scoring run touches a few cache lines.
        let year = base.years.lowerBound + target
        current = ModelOutput(layout: model.layout, years: year...year, firstOffset: target)
        scratch = current
        kept = current
        let n = measures.count
        candidate = Array(repeating: false, count: n)
        slots = Array(repeating: Slot(), count: n)
        step = Array(repeating: -1, count: n)
        live = []
        live.reserveCapacity(n)
        capturing = []
        capturing.reserveCapacity(n)
        order = []
        order.reserveCapacity(n)
        stepAbatement = []
        stepAbatement.reserveCapacity(n)
        stepNet = stepAbatement
        stepSecondNet = stepAbatement
    }

    /// Starts an ordering of `candidates` on `inputs` (its target year; same shape as `base`).
    mutating func start(_ candidates: [Int], inputs: InputTable) {
        let n = table.yearCount, t = target
        inputs.values.withUnsafeBufferPointer { source in
            table.values.withUnsafeMutableBufferPointer { values in
                for row in 0..<(values.count / n) { values[row * n + t] = source[row * n + t] }
            }
            probe.values.withUnsafeMutableBufferPointer { values in
                for row in 0..<(values.count / n) { values[row * n + t] = source[row * n + t] }
            }
        }
        for index in candidate.indices {
            candidate[index] = false
            step[index] = -1
        }
        for index in candidates {
            candidate[index] = true
            slots[index].invalid = true
            slots[index].fresh = false
        }
        live.removeAll(keepingCapacity: true)
        for index in byID where candidate[index] { live.append(index) }
        order.removeAll(keepingCapacity: true)
        stepAbatement.removeAll(keepingCapacity: true)
        stepNet.removeAll(keepingCapacity: true)
        stepSecondNet.removeAll(keepingCapacity: true)
        capturing.removeAll(keepingCapacity: true)
        runs = 0
        keptIndex = -1
        changes.refresh(from: measures)
        current.reset(offsets: t..<(t + 1))
        window(table, &current, t..<(t + 1))
        (currentTotal, currentSize) = Self.total(current, offset: t, gwp: gwp)
    }

    /// tCO2e at `offset` in ``ModelOutput/totalCO2e(offset:gwp:)``'s order (the same bits), and
    /// the sum of the terms' sizes.
    static func total(_ output: ModelOutput, offset: Int, gwp: [Double]) -> (total: Double, size: Double) {
        let n = output.yearCount, gases = min(gwp.count, 4), offset = offset - output.firstOffset
        precondition(output.gasTonnes.count >= output.sourceCount * 4 * n && offset >= 0 && offset < n)
        return output.gasTonnes.withUnsafeBufferPointer { tonnes in
            gwp.withUnsafeBufferPointer { gwp in
                var sum = 0.0, size = 0.0
                for source in 0..<output.sourceCount {
                    for gas in 0..<gases {
                        let term = tonnes[(source * 4 + gas) * n + offset] * gwp[gas]
                        sum += term
                        size += abs(term)
                    }
                }
                return (sum, size)
            }
        }
    }

    // MARK: Scoring and deciding

    /// Scores candidate `index` on the current prefix (one target-year run).
    mutating func score(_ index: Int, base: InputTable, costs: Costs) {
        let t = target, offsets = target..<(target + 1)
        runs += 1
        // Through the flattened changes: a copy of the measure would retain its seven arrays.
        changes.apply(index, to: &probe, base: base)
        scratch.reset(offsets: offsets)
        window(probe, &scratch, offsets)
        changes.restore(index, &probe, from: table)
        for earlier in capturing { measures[earlier].applyCaptures(to: &scratch) }
        if capturesAny[index] { measures[index].applyCaptures(to: &scratch) }
        let p = changes.penetration[index]
        let (after, size) = Self.total(scratch, offset: t, gwp: gwp)
        let a = currentTotal - after
        let n = cost.annualNetCost(index, capex: costs.capex[index], opex: costs.opex[index], crf: costs.crf[index],
                                   penetration: p, before: current, after: scratch, prices: costs.prices, offset: t)
        let perTonne = CostMetrics.costPerTonne(annualCost: n, abatement: a)
        var slot = Slot(score: perTonne ?? 0, abatement: a, net: n, afterTotal: after, afterSize: size,
                        fresh: true, hasScore: perTonne != nil)
        if footprints != nil {
            // Rounding bound (type documentation): κ × the size of the terms behind each number.
            let kappa = 0x1p-30
            let errorA = kappa * (currentSize + size)
            let errorNet = kappa * (abs(n) + cost.netCostMagnitude(index, capex: costs.capex[index], opex: costs.opex[index],
                                                                   crf: costs.crf[index], penetration: p, before: current,
                                                                   after: scratch, prices: costs.prices, offset: t))
            slot.fragile = !n.isFinite || !(a > 4 * errorA || a <= -4 * errorA)
            // A fragile score is never kept (always re-scored), so it needs no radius.
            slot.radius = slot.fragile ? 0 : perTonne.map { (errorNet + abs($0) * errorA) / (a - errorA) } ?? 0
        }
        slots[index] = slot
        // Keep the best scoring run of this prefix (by cost, then id): the chosen one's becomes the prefix.
        if let perTonne, !perTonne.isNaN,
           keptIndex < 0 || perTonne < slots[keptIndex].score
           || (perTonne == slots[keptIndex].score && idRank[index] < idRank[keptIndex]) {
            swap(&scratch, &kept)
            keptIndex = index
        }
    }

    /// Each of `indices` alone on `inputs` at the target year (one scoring run on the empty
    /// prefix each): its standalone abatement (tCO2e), net annual cost and cost per tonne (nil
    /// without positive abatement), by plan index (NaN and nil for the others). These are the
    /// target-year figures of ``PlanEvaluator/standaloneRuns(bau:cache:)``, which the either-or
    /// choice reads. Start the ordering again afterwards.
    mutating func standalone(_ indices: [Int], inputs: InputTable, costs: Costs) -> (abatement: [Double], net: [Double], cost: [Double?]) {
        start(indices, inputs: inputs)
        var a = [Double](repeating: .nan, count: measures.count), n = a
        var perTonne = [Double?](repeating: nil, count: measures.count)
        for index in indices {
            score(index, base: inputs, costs: costs)
            a[index] = slots[index].abatement
            n[index] = slots[index].net
            perTonne[index] = CostMetrics.costPerTonne(annualCost: n[index], abatement: a[index])
        }
        return (a, n, perTonne)
    }

    /// The candidate to add next (lowest cost per tonne, ties by id), or nil when none abates.
    mutating func choose(base: InputTable, costs: Costs) -> Int? {
        // Every candidate whose score the last addition invalidated (all of them without components).
        let reuses = footprints != nil
        for index in live where !slots[index].fresh && (slots[index].invalid || !reuses) {
            score(index, base: base, costs: costs)
        }
        while true {
            var (best, bestScore, sawNaN, stale) = Self.cheapest(live, slots)
            if sawNaN && stale {
                // NaN breaks the order of comparisons: score everything afresh.
                for index in live where !slots[index].fresh { score(index, base: base, costs: costs) }
                continue
            }
            guard best >= 0 else { return nil }
            if !slots[best].fresh {
                score(best, base: base, costs: costs)
                // Still the first cheapest in id order when its fresh score is no higher (the
                // others' scores did not move); otherwise walk the candidates again.
                let slot = slots[best]
                guard slot.hasScore, !slot.score.isNaN, slot.score <= bestScore else { continue }
                bestScore = slot.score
            }
            let bestRadius = slots[best].radius
            contenders.removeAll(keepingCapacity: true)
            for index in live where !slots[index].fresh && slots[index].hasScore
                && abs(slots[index].score - bestScore) <= 2 * (slots[index].radius + bestRadius) {
                contenders.append(index)
            }
            if contenders.isEmpty { return best }
            for index in contenders { score(index, base: base, costs: costs) }
        }
    }

    /// The central rule over the scores as they stand: in id order, a candidate replaces the
    /// best only when strictly cheaper. Also whether a score is NaN and whether one is stale.
    private static func cheapest(_ live: [Int], _ slots: [Slot]) -> (index: Int, score: Double, sawNaN: Bool, stale: Bool) {
        live.withUnsafeBufferPointer { live in
            slots.withUnsafeBufferPointer { slots in
                var best = -1, bestScore = 0.0, sawNaN = false, stale = false
                for index in live {
                    let slot = slots[index]
                    if !slot.fresh { stale = true }
                    guard slot.hasScore else { continue }
                    if slot.score.isNaN { sawNaN = true }
                    if best >= 0, slot.score >= bestScore { continue }
                    best = index
                    bestScore = slot.score
                }
                return (best, bestScore, sawNaN, stale)
            }
        }
    }

    /// Adds `index` to the pathway (scoring it on the current prefix first unless ``choose(base:costs:)``
    /// just did): its inputs join the prefix at the target year and its scoring run becomes the
    /// prefix's output. With `second`, also records its net cost at those numbers (re-decide: the
    /// private rate and prices).
    mutating func add(_ index: Int, base: InputTable, costs: Costs, second: Costs? = nil) {
        let t = target, offsets = target..<(target + 1)
        if !slots[index].fresh { score(index, base: base, costs: costs) }
        changes.apply(index, to: &table, base: base)
        changes.apply(index, to: &probe, base: base)
        if keptIndex == index {
            swap(&scratch, &kept)
        } else {
            scratch.reset(offsets: offsets)
            window(table, &scratch, offsets)
            for earlier in capturing { measures[earlier].applyCaptures(to: &scratch) }
            if capturesAny[index] { measures[index].applyCaptures(to: &scratch) }
        }
        let p = changes.penetration[index]
        if capturesAny[index] { capturing.append(index) }
        if let second {
            stepSecondNet.append(cost.annualNetCost(index, capex: second.capex[index], opex: second.opex[index],
                                                    crf: second.crf[index], penetration: p,
                                                    before: current, after: scratch, prices: second.prices, offset: t))
        }
        swap(&current, &scratch)
        currentTotal = slots[index].afterTotal
        currentSize = slots[index].afterSize
        step[index] = order.count
        order.append(index)
        stepAbatement.append(slots[index].abatement)
        stepNet.append(slots[index].net)
        candidate[index] = false
        if let place = live.firstIndex(of: index) { live.remove(at: place) }
        keptIndex = -1
        let footprint = footprints?[index] ?? nil
        for other in live {
            slots[other].fresh = false
            if let footprint, let theirs = footprints?[other] ?? nil, footprint & theirs == 0, !slots[other].fragile { continue }
            slots[other].invalid = true
        }
    }

    /// Runs the pathway over every year: `inputs` with the added measures applied in order, the
    /// model's full run into `output` (zeroed first) and the captures in order.
    mutating func runPathway(inputs: InputTable, into output: inout ModelOutput) {
        table.values.withUnsafeMutableBufferPointer { values in
            inputs.values.withUnsafeBufferPointer { source in _ = values.update(fromContentsOf: source) }
        }
        let measures = measures  // applied in place, not copied, while `table` changes
        for index in order { measures[index].apply(to: &table, base: inputs) }
        output.reset()
        runAll(table, &output)
        for index in order where capturesAny[index] { measures[index].applyCaptures(to: &output) }
    }
}
