/// What one draw produced.
struct DrawOutcome {
    /// Per measure in central order: interacted abatement (tCO2e), cost per tonne (NaN without
    /// abatement) and net annual cost in the target year.
    var abatement: [Double]
    var cost: [Double]
    var net: [Double]
    /// Per measure: cost per tonne at the private rate and private prices (NaN without abatement).
    var privateCost: [Double]
    /// Per measure: true when its rank by cost (ties by id) equals its central MACC rank.
    var keepsRank: [Bool]
    /// Re-decide only, per measure: its 1-based place in the draw's order (NaN when out of the
    /// draw's pathway) and whether it is in the draw's pathway.
    var rank: [Double]
    var chosen: [Bool]
    /// The reference carbon price of the draw (drawn when ranged).
    var referencePrice = 0.0
    var pathwayTarget = 0.0
    var peakYear = 0
    var targetMet: [Bool]
    /// The uniform each parameter was drawn from (after correlation).
    var uniforms: [Double]
}

/// One thread's buffers: reused for every draw, so a draw allocates nothing. Everything the
/// hot loop reads is the worker's own copy, so threads never touch shared reference counts.
struct Worker {
    /// The model's full run and its year-window run (the full run when the model has none).
    let runAll: @Sendable (InputTable, inout ModelOutput) -> Void
    let runWindow: @Sendable (InputTable, inout ModelOutput, Range<Int>) -> Void
    let yearByYear: Bool
    let idRank: [Int]
    /// Scratch buffer of positions for the per-draw ranking.
    var ranking: [Int]
    let parameters: [UncertainParameter]
    /// Per parameter, the domain its draws are truncated to.
    let truncations: [DrawTruncation]
    let order: [Int]
    let gwp: [Double]
    /// Energy price (currency/GJ) per carrier in the target year, central and drawn (base and
    /// growth, ``drawnPrice(_:carrier:basis:offset:)``), social and private; NaN without a price.
    /// A carrier without its own private price follows the drawn social one.
    let centralSocialTarget: [Double], centralPrivateTarget: [Double]
    var targetPrices: [Double], privateTargetPrices: [Double]
    let hasOwnPrivatePrice: [Bool]
    var socialPriceDraw: [PriceDraw], privatePriceDraw: [PriceDraw]
    /// Drawn discount rates and reference price (central values restored before each draw).
    var socialRate: Double, privateRate: Double, referencePrice: Double
    let centralRates: (social: Double, private: Double, price: Double)
    let baseValues: [Double]
    let targets: [Target]
    let evaluator: PlanEvaluator
    var table: InputTable
    /// The drawn measures: the ordering's own (``TargetYearOrdering/measures``).
    var compiled: [CompiledMeasure] {
        get { ordering.measures }
        _modify { yield &ordering.measures }
    }
    /// Drawn cost numbers per measure (plan order).
    var capex: [Double], opex: [Double], lifetime: [Double]
    var output: ModelOutput
    var outcome: DrawOutcome
    var previousEnergy: [Double]
    var currentEnergy: [Double]
    /// The cost model (bases resolved) and the measures' p(t) in the target year.
    let costs: CostModel
    var totals: [Double]
    let targetOffset: Int
    /// Which measures capture emissions (only those need a pass over the output).
    let hasCaptures: [Bool]
    /// Share groups with a drawn member and each group's central sum per year offset.
    let shareGroups: [(members: [Int], mustSumToOne: Bool)]
    let centralSums: [[Double]]
    /// Inputs with a drawn growth rate, and each table row's index among them (−1 for none).
    var growth: [GrowthDraw]
    let growthSlots: [Int]
    /// Per input row, the values it can hold (the engine's ``UncertaintyEngine/rowLimits``).
    let rowLimits: [ClosedRange<Double>]
    /// Energy prices with a drawn growth rate (keyed by carrier), and each carrier and basis's
    /// index among them (``priceSlot(_:_:)``; −1 for none).
    var priceGrowth: [GrowthDraw]
    let priceGrowthSlots: [Int]
    /// For each parameter, its column in `correlatedUniforms`, or −1.
    let correlatedSlot: [Int]
    let correlatedUniforms: [Double]
    let correlatedCount: Int
    /// Re-decide mode: each draw re-chooses the alternatives and re-orders (``UncertaintyMode``).
    let redecide: Bool
    /// The measures in an either-or group (``PlanEvaluator/alternativeMembers``).
    let alternativeMembers: [Int]
    /// Whether any measure names an either-or alternative (`excludes`).
    var hasAlternatives: Bool { !alternativeMembers.isEmpty }
    /// The measures reported (plan indices): the central order, then (re-decide) the rest.
    let reported: [Int]
    /// Per reported position: its 1-based central rank, 0 when out of the central pathway.
    let centralRank: [Int]
    /// Re-decide on a year-by-year model: the central target-year ordering with this thread's
    /// buffers, the draw's cost numbers at the social and the private rate and prices, every
    /// measure (plan order) and which are committed.
    var ordering: TargetYearOrdering
    var socialCosts: TargetYearOrdering.Costs, privateCosts: TargetYearOrdering.Costs
    let allMeasures: [Int]
    let committed: [Bool]

    init(engine: UncertaintyEngine, correlatedUniforms: [Double]) {
        let evaluator = engine.evaluator
        self.evaluator = evaluator
        let model = evaluator.model
        runAll = model.run
        runWindow = model.runOffsets ?? { inputs, output, _ in model.run(inputs, &output) }
        yearByYear = model.runOffsets != nil
        idRank = engine.idRank.map { $0 }
        ranking = Array(engine.order.indices)
        parameters = engine.parameters.map(\.withoutText)
        truncations = engine.truncations.map { $0 }
        order = engine.order.map { $0 }
        gwp = evaluator.gwp.map { $0 }
        targetOffset = evaluator.plan.header.targetYear - evaluator.baseTable.years.lowerBound
        let offset = targetOffset
        centralSocialTarget = evaluator.costs.socialPrices.map { $0?[offset] ?? .nan }
        centralPrivateTarget = evaluator.costs.privatePrices.map { $0?[offset] ?? .nan }
        targetPrices = centralSocialTarget.map { $0 }
        privateTargetPrices = centralPrivateTarget.map { $0 }
        hasOwnPrivatePrice = evaluator.model.layout.carriers.map { evaluator.plan.privateEnergyPrices[$0.id] != nil }
        socialPriceDraw = Array(repeating: .central, count: centralSocialTarget.count)
        privatePriceDraw = socialPriceDraw
        let header = evaluator.plan.header
        centralRates = (header.socialDiscountRate, header.privateDiscountRate, header.referenceCarbonPrice)
        socialRate = header.socialDiscountRate
        privateRate = header.privateDiscountRate
        referencePrice = header.referenceCarbonPrice
        redecide = engine.mode == .reDecide
        alternativeMembers = evaluator.alternativeMembers
        costs = evaluator.costs.detached()
        baseValues = evaluator.baseTable.values.map { $0 }
        targets = evaluator.plan.targets
        table = evaluator.baseTable
        table.values = baseValues.map { $0 }
        capex = evaluator.plan.measures.map(\.capex.value)
        opex = evaluator.plan.measures.map(\.opex.value)
        lifetime = evaluator.plan.measures.map(\.lifetime.value)
        output = ModelOutput(layout: evaluator.model.layout, years: evaluator.baseTable.years)
        let m = engine.reported.count
        reported = engine.reported.map { $0 }
        centralRank = engine.centralRank.map { $0 }
        outcome = DrawOutcome(abatement: Array(repeating: 0, count: m), cost: Array(repeating: 0, count: m),
                              net: Array(repeating: 0, count: m), privateCost: Array(repeating: 0, count: m),
                              keepsRank: Array(repeating: false, count: m),
                              rank: Array(repeating: .nan, count: m), chosen: Array(repeating: false, count: m),
                              targetMet: Array(repeating: false, count: evaluator.plan.targets.count),
                              uniforms: Array(repeating: 0, count: engine.parameters.count))
        previousEnergy = Array(repeating: 0, count: evaluator.model.layout.carriers.count)
        currentEnergy = previousEnergy
        totals = Array(repeating: 0, count: evaluator.baseTable.years.count)
        hasCaptures = evaluator.measures.map { !$0.captures.isEmpty }
        shareGroups = engine.shareGroups.map { ($0.members.map { $0 }, $0.mustSumToOne) }
        let base = evaluator.baseTable
        centralSums = engine.shareGroups.map { group in
            (0..<base.yearCount).map { offset in group.members.reduce(0) { $0 + base.values[$1 * base.yearCount + offset] } }
        }
        (growth, growthSlots) = GrowthDraw.all(for: engine.parameters, plan: evaluator.plan, table: base)
        rowLimits = engine.rowLimits.map { $0 }
        (priceGrowth, priceGrowthSlots) = GrowthDraw.prices(for: engine.parameters, plan: evaluator.plan,
                                                             carriers: evaluator.model.layout.carriers.map(\.id), years: base.years)
        var slots = [Int](repeating: -1, count: engine.parameters.count)
        for (slot, position) in engine.correlated.enumerated() { slots[position] = slot }
        correlatedSlot = slots
        self.correlatedUniforms = correlatedUniforms
        correlatedCount = engine.correlated.count
        ordering = TargetYearOrdering(model: model, window: runWindow, measures: evaluator.measures.map { $0.detached() }, ids: evaluator.plan.measures.map(\.id),
                                      cost: costs, base: table, target: targetOffset, gwp: gwp)
        socialCosts = evaluator.targetYearCosts(rate: socialRate, basis: .social)
        privateCosts = evaluator.targetYearCosts(rate: privateRate, basis: .private)
        allMeasures = Array(evaluator.plan.measures.indices)
        committed = evaluator.plan.measures.map(\.committed)
    }

    /// Rescales the members of each share group proportionally, year by year, so the group
    /// keeps its constraint: a group that must add up to 100 % is brought back to its central
    /// sum (1, or 0 for a group the plan leaves unused); any other group is scaled down only
    /// where its drawn sum exceeds 100 %.
    mutating func renormaliseShareGroups() {
        let count = table.yearCount
        for (group, (members, mustSumToOne)) in shareGroups.enumerated() {
            for offset in 0..<count {
                var sum = 0.0
                for key in members { sum += table.values[key * count + offset] }
                guard sum > 0 else { continue }
                let central = centralSums[group][offset]
                let wanted = mustSumToOne && central > 0 ? min(central, 1) : min(sum, 1)
                guard wanted != sum else { continue }
                let factor = wanted / sum
                for key in members { table.values[key * count + offset] *= factor }
            }
        }
    }

    /// tCO2e of the current output at one year offset.
    func total(at offset: Int) -> Double {
        output.totalCO2e(offset: offset, gwp: gwp)
    }

    /// Runs the model; with `targetOnly`, a year-by-year model computes the target year alone.
    mutating func runModel(appliedCount: Int, targetOnly: Bool = false) {
        if targetOnly && yearByYear {
            let offsets = targetOffset..<(targetOffset + 1)
            output.reset(offsets: offsets)
            runWindow(table, &output, offsets)
        } else {
            output.reset()
            runAll(table, &output)
        }
        for position in 0..<appliedCount where hasCaptures[order[position]] {
            compiled[order[position]].applyCaptures(to: &output)
        }
    }

    /// Draws every ranged number of draw `draw` in a fixed order into the worker's inputs,
    /// measures, cost numbers, prices and rates.
    mutating func drawParameters(draw: Int, seed: UInt64) {
        var random = CounterRandom(seed: seed, draw: UInt64(draw))
        table.values.withUnsafeMutableBufferPointer { values in
            baseValues.withUnsafeBufferPointer { central in _ = values.update(fromContentsOf: central) }
        }
        (socialRate, privateRate, referencePrice) = centralRates
        for carrier in socialPriceDraw.indices {
            socialPriceDraw[carrier] = .central
            privatePriceDraw[carrier] = .central
        }
        for index in parameters.indices {
            let parameter = parameters[index]
            var u = random.uniform()
            if correlatedSlot[index] >= 0 { u = correlatedUniforms[draw * correlatedCount + correlatedSlot[index]] }
            outcome.uniforms[index] = u
            parameter.apply(parameter.estimate.sample(u, truncation: truncations[index]), to: &self)
        }
        if !growth.isEmpty { applyGrowth() }
        if !priceGrowth.isEmpty { applyPriceGrowth() }
        if !shareGroups.isEmpty { renormaliseShareGroups() }
        for carrier in targetPrices.indices {
            targetPrices[carrier] = drawnPrice(centralSocialTarget[carrier], carrier: carrier, basis: .social, offset: targetOffset)
            privateTargetPrices[carrier] = drawnPrice(centralPrivateTarget[carrier], carrier: carrier, basis: .private,
                                                      offset: targetOffset)
        }
        outcome.referencePrice = referencePrice
    }

    /// Runs draw `draw` in the engine's mode; the result is left in ``outcome``.
    mutating func run(draw: Int, seed: UInt64) {
        drawParameters(draw: draw, seed: seed)
        if redecide { runRedecided() } else { runFixedPlan() }
    }

    /// Fixed plan: the measures in central order, the central choices.
    mutating func runFixedPlan() {
        // BAU, then the measures cumulatively in central order.
        let drawn = table
        runModel(appliedCount: 0)
        var previous = total(at: targetOffset)
        let baseOffset = evaluator.reportOffset
        let baseEmissions = total(at: baseOffset), baseActivity = output.activity[baseOffset]
        // Base-year emissions per boundary (ReportingBoundary.allCases order), for targets that name one.
        let baseByBoundary = ReportingBoundary.allCases.map { output.totalCO2e(offset: baseOffset, gwp: gwp, boundary: $0) }
        for carrier in previousEnergy.indices { previousEnergy[carrier] = output.energy(carrier: carrier, offset: targetOffset) }
        for position in order.indices {
            let index = order[position]
            compiled[index].apply(to: &table, base: drawn)
            let levelBefore = costs.level(index, output, offset: targetOffset)
            runModel(appliedCount: position + 1, targetOnly: position < order.count - 1)
            let now = total(at: targetOffset)
            let abatement = previous - now
            let crf = CostMetrics.capitalRecoveryFactor(rate: socialRate, years: lifetime[index]) ?? 0
            let units = costs.units(index, before: levelBefore, after: costs.level(index, output, offset: targetOffset),
                                    penetration: compiled[index].penetration[targetOffset])
            for carrier in currentEnergy.indices { currentEnergy[carrier] = output.energy(carrier: carrier, offset: targetOffset) }
            let net = Costing.annualNetCost(capex: capex[index], opex: opex[index], crf: crf, units: units,
                                            energyCostChange: Costing.energyCostChange(before: previousEnergy, after: currentEnergy,
                                                                                       prices: targetPrices))
            let privateCRF = CostMetrics.capitalRecoveryFactor(rate: privateRate, years: lifetime[index]) ?? 0
            let privateNet = Costing.annualNetCost(capex: capex[index], opex: opex[index], crf: privateCRF, units: units,
                                                   energyCostChange: Costing.energyCostChange(before: previousEnergy, after: currentEnergy,
                                                                                              prices: privateTargetPrices))
            outcome.privateCost[position] = abatement > 0 ? privateNet / abatement : .nan
            swap(&previousEnergy, &currentEnergy)
            outcome.abatement[position] = abatement
            outcome.net[position] = net
            outcome.cost[position] = abatement > 0 ? net / abatement : .nan
            previous = now
        }
        // Rank stability: sort positions by this draw's cost (no abatement last), ties by id.
        let costs = outcome.cost, ids = idRank
        ranking.sort { a, b in
            let ca = costs[a].isNaN ? .infinity : costs[a], cb = costs[b].isNaN ? .infinity : costs[b]
            return ca != cb ? ca < cb : ids[a] < ids[b]
        }
        for (rank, position) in ranking.enumerated() {
            outcome.keepsRank[position] = rank == position
            outcome.rank[position] = Double(rank + 1)
            outcome.chosen[position] = true
        }
        // Pathway: peak and targets.
        recordPathway(baseEmissions: baseEmissions, baseActivity: baseActivity, baseByBoundary: baseByBoundary)
    }

    /// Records the target-year pathway, its peak year and the targets met from ``output``
    /// (the full pathway run), against the draw's base-year figures.
    mutating func recordPathway(baseEmissions: Double, baseActivity: Double, baseByBoundary: [Double]) {
        let baseOffset = evaluator.reportOffset
        outcome.pathwayTarget = total(at: targetOffset)
        var peakOffset = baseOffset, peakValue = -Double.infinity
        for offset in baseOffset..<(baseOffset + evaluator.reportCount) {
            let value = total(at: offset)
            totals[offset] = value
            if value > peakValue { peakValue = value; peakOffset = offset }
        }
        outcome.peakYear = table.years.lowerBound + peakOffset
        for index in targets.indices {
            let target = targets[index]
            let offset = table.offset(of: target.year)
            let boundary = target.boundary ?? evaluator.sector.defaultTargetBoundary
            let slot = ReportingBoundary.allCases.firstIndex(of: boundary) ?? 0
            let base = boundary == .total ? baseEmissions : baseByBoundary[slot]
            let level = boundary == .total ? totals[offset] : output.totalCO2e(offset: offset, gwp: gwp, boundary: boundary)
            let allowed = evaluator.allowedEmissions(target, baseEmissions: base, baseActivity: baseActivity,
                                                     activity: output.activity[offset])
            outcome.targetMet[index] = level <= allowed + 1e-9
        }
    }
}
