/// What one draw produced.
struct DrawOutcome {
    /// Per measure in central order: interacted abatement (tCO2e), cost per tonne (NaN without
    /// abatement) and net annual cost in the target year.
    var abatement: [Double]
    var cost: [Double]
    var net: [Double]
    var pathwayTarget = 0.0
    var peakYear = 0
    var targetMet: [Bool]
}

/// One thread's buffers: reused for every draw, so a draw allocates nothing that grows.
struct Worker {
    let engine: UncertaintyEngine
    var table: InputTable
    var measures: [Measure]
    var compiled: [CompiledMeasure]
    var output: ModelOutput
    var outcome: DrawOutcome
    var previousEnergy: [Double]
    var totals: [Double]
    let targetOffset: Int

    init(engine: UncertaintyEngine) {
        self.engine = engine
        let evaluator = engine.evaluator
        table = evaluator.baseTable
        measures = evaluator.plan.measures
        compiled = evaluator.measures
        output = ModelOutput(layout: evaluator.model.layout, years: evaluator.baseTable.years)
        let m = engine.order.count
        outcome = DrawOutcome(abatement: Array(repeating: 0, count: m), cost: Array(repeating: 0, count: m),
                              net: Array(repeating: 0, count: m),
                              targetMet: Array(repeating: false, count: evaluator.plan.targets.count))
        previousEnergy = Array(repeating: 0, count: evaluator.model.layout.carriers.count)
        totals = Array(repeating: 0, count: evaluator.baseTable.years.count)
        targetOffset = evaluator.plan.header.targetYear - evaluator.baseTable.years.lowerBound
    }

    /// tCO2e of the current output at one year offset.
    func total(at offset: Int) -> Double {
        var sum = 0.0
        for source in 0..<output.layout.sources.count { sum += output.co2e(source: source, offset: offset, gwp: engine.evaluator.gwp) }
        return sum
    }

    mutating func runModel(applied: ArraySlice<Int>) {
        output.reset()
        engine.evaluator.model.run(table, &output)
        for index in applied { compiled[index].applyCaptures(to: &output) }
    }

    mutating func run(draw: Int, seed: UInt64) -> DrawOutcome {
        let evaluator = engine.evaluator
        let plan = evaluator.plan
        // Draw every ranged number in a fixed order.
        var random = CounterRandom(seed: seed, draw: UInt64(draw))
        table.values = evaluator.baseTable.values
        measures = plan.measures
        for parameter in engine.parameters {
            parameter.apply(parameter.estimate.sample(random.uniform()), table: &table, base: evaluator.baseTable,
                            measures: &measures)
        }
        for index in compiled.indices { compiled[index].refresh(from: measures[index]) }

        // BAU, then the measures cumulatively in central order.
        runModel(applied: [])
        var previous = total(at: targetOffset)
        let baseOffset = evaluator.reportOffset
        let baseEmissions = total(at: baseOffset), baseActivity = output.activity[baseOffset]
        for carrier in previousEnergy.indices { previousEnergy[carrier] = output.energy(carrier: carrier, offset: targetOffset) }
        for (position, index) in engine.order.enumerated() {
            compiled[index].apply(to: &table)
            runModel(applied: engine.order[...position])
            let now = total(at: targetOffset)
            let abatement = previous - now
            let measure = measures[index]
            let crf = CostMetrics.capitalRecoveryFactor(rate: plan.header.socialDiscountRate, years: measure.lifetime.value) ?? 0
            var net = (measure.capex.value * crf + measure.opex.value) * compiled[index].penetration[targetOffset]
            for carrier in previousEnergy.indices {
                let energy = output.energy(carrier: carrier, offset: targetOffset)
                if let price = evaluator.prices[carrier] { net += (energy - previousEnergy[carrier]) * price[targetOffset] }
                previousEnergy[carrier] = energy
            }
            outcome.abatement[position] = abatement
            outcome.net[position] = net
            outcome.cost[position] = abatement > 0 ? net / abatement : .nan
            previous = now
        }
        // Pathway: peak and targets.
        outcome.pathwayTarget = previous
        var peakOffset = baseOffset, peakValue = -Double.infinity
        for offset in baseOffset..<(baseOffset + evaluator.reportCount) {
            let value = total(at: offset)
            totals[offset] = value
            if value > peakValue { peakValue = value; peakOffset = offset }
        }
        outcome.peakYear = evaluator.baseTable.years.lowerBound + peakOffset
        for (index, target) in plan.targets.enumerated() {
            let offset = evaluator.baseTable.offset(of: target.year)
            let allowed = evaluator.allowedEmissions(target, baseEmissions: baseEmissions, baseActivity: baseActivity,
                                                     activity: output.activity[offset])
            outcome.targetMet[index] = totals[offset] <= allowed + 1e-9
        }
        return outcome
    }
}
