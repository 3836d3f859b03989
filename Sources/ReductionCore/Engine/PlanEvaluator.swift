/// Evaluates a plan: baseline, each measure alone, the measures together with interaction,
/// the MACC, the peak, the targets and the co-benefits.
///
/// Algorithm (DESIGN.md, "Formulas"):
/// 1. Run the model on the plan's inputs: the BAU.
/// 2. Run it once per measure with only that measure applied: standalone abatement and cost.
/// 3. Either-or alternatives (`excludes`): in order of standalone cost per tonne in the target
///    year (ties by id), the first of a group is kept, the others leave the pathway.
/// 4. Apply the kept measures cumulatively in that order, each acting on the inputs the earlier
///    ones left; interacted abatement = emissions before − after that measure. Re-order by the
///    interacted cost per tonne and repeat until the order is stable (at most 20 rounds).
/// 5. The MACC for the target year follows the final order; the least-cost selection for a
///    target is the shortest prefix of that order that meets it.
public struct PlanEvaluator: Sendable {
    /// The plan being evaluated.
    public let plan: Plan
    let model: CompiledModel
    let baseTable: InputTable
    let measures: [CompiledMeasure]
    let gwp: [Double]
    /// Energy prices (currency/GJ) per carrier and model-year offset; nil where no price is given.
    let prices: [[Double]?]
    /// The measures' cost bases and the energy prices of both bases (the one cost formula).
    let costs: CostModel
    let reportOffset: Int
    let reportCount: Int
    let sector: SectorInfo

    /// Prepares a plan for evaluation (compiles the model and the measures).
    public init(plan: Plan, model sectorModel: some SectorModel) throws(PlanError) {
        self.plan = plan
        sector = sectorModel.info
        let table = plan.inputTable()
        baseTable = table
        model = try sectorModel.compile(table)
        let kinds = table.keys.map { sectorModel.spec(for: $0)?.kind ?? .any }
        var compiled: [CompiledMeasure] = []
        for measure in plan.measures {
            compiled.append(try CompiledMeasure(measure, table: table, layout: model.layout, kinds: kinds))
        }
        measures = compiled
        gwp = plan.header.gwp.factors
        prices = model.layout.carriers.map { carrier in
            plan.energyPrices[carrier.id].map { $0.expand(years: table.years, baseYear: plan.header.baseYear) }
        }
        let privatePrices = model.layout.carriers.map { carrier in
            (plan.privateEnergyPrices[carrier.id] ?? plan.energyPrices[carrier.id])
                .map { $0.expand(years: table.years, baseYear: plan.header.baseYear) }
        }
        costs = try CostModel(measures: plan.measures, layout: model.layout, socialPrices: prices,
                              privatePrices: privatePrices, sector: sectorModel.info)
        reportOffset = plan.header.baseYear - table.years.lowerBound
        reportCount = plan.header.horizon - plan.header.baseYear + 1
    }

    /// Evaluates the plan. See the type's documentation for the algorithm.
    public static func evaluate(_ plan: Plan, model: some SectorModel) throws(PlanError) -> PlanResult {
        try PlanEvaluator(plan: plan, model: model).evaluate()
    }

    // MARK: Runs

    /// One model run: outputs after applying `applied` (in order) to the base inputs.
    func run(applying applied: [Int]) -> ModelOutput {
        var table = baseTable
        for index in applied { measures[index].apply(to: &table) }
        var output = model(table)
        for index in applied { measures[index].applyCaptures(to: &output) }
        return output
    }

    /// The result of a sequence of cumulative runs.
    struct Sequence {
        /// Outputs after each prefix; `outputs[0]` is the BAU.
        var outputs: [ModelOutput]
        var totals: [[Double]]
    }

    /// Runs the measures in `order` cumulatively, keeping every intermediate output.
    func cumulative(_ order: [Int], bau: ModelOutput) -> Sequence {
        var table = baseTable
        var outputs = [bau]
        var totals = [bau.totalCO2e(gwp: gwp)]
        for (step, index) in order.enumerated() {
            measures[index].apply(to: &table)
            var output = model(table)
            for applied in order[...step] { measures[applied].applyCaptures(to: &output) }
            totals.append(output.totalCO2e(gwp: gwp))
            outputs.append(output)
        }
        return Sequence(outputs: outputs, totals: totals)
    }

    /// Interacted cost per tonne (target year) of each measure in a cumulative sequence.
    func interactedCosts(_ order: [Int], _ sequence: Sequence) -> [Int: Double?] {
        var costs: [Int: Double?] = [:]
        for (step, index) in order.enumerated() {
            let abatement = zip(sequence.totals[step], sequence.totals[step + 1]).map { $0 - $1 }
            let net = annualCost(index, before: sequence.outputs[step], after: sequence.outputs[step + 1],
                                 rate: plan.header.socialDiscountRate).net
            costs[index] = costPerTonne(net: net, abatement: abatement)
        }
        return costs
    }

    /// The greedy order: each next measure is the one with the lowest cost per tonne (target
    /// year) given the measures already applied; ties by id. Always well defined; used when
    /// re-ordering by interacted cost cycles.
    func greedyOrder(_ candidates: [Int], bau: ModelOutput) -> [Int] {
        var remaining = candidates
        var applied: [Int] = []
        var before = bau
        var beforeTotals = bau.totalCO2e(gwp: gwp)
        while !remaining.isEmpty {
            var best: (index: Int, cost: Double, output: ModelOutput, totals: [Double])?
            for index in remaining {
                let output = run(applying: applied + [index])
                let totals = output.totalCO2e(gwp: gwp)
                let abatement = zip(beforeTotals, totals).map { $0 - $1 }
                let net = annualCost(index, before: before, after: output, rate: plan.header.socialDiscountRate).net
                let cost = costPerTonne(net: net, abatement: abatement) ?? .infinity
                if let current = best,
                   cost > current.cost || (cost == current.cost && plan.measures[index].id > plan.measures[current.index].id) {
                    continue
                }
                best = (index, cost, output, totals)
            }
            guard let chosen = best else { break }
            applied.append(chosen.index)
            remaining.removeAll { $0 == chosen.index }
            before = chosen.output
            beforeTotals = chosen.totals
        }
        return applied
    }

    // MARK: Costs

    /// Net annual cost per model year of measure `index` given its abatement effect
    /// (outputs before and after), at discount rate `rate` and the given energy-price basis.
    /// The formula is the cost model's (``Costing``); this only binds the measure's deployment.
    func annualCost(_ index: Int, before: ModelOutput, after: ModelOutput, rate: Double,
                    prices: PriceBasis = .social) -> (net: [Double], energy: [Double]) {
        let flows = costs.flows(index, measure: plan.measures[index], penetration: measures[index].penetration,
                                before: before, after: after, rate: rate, prices: prices)
        return (flows.net, flows.energy)
    }

    /// Cost per tonne in the target year (nil without positive abatement).
    func costPerTonne(net: [Double], abatement: [Double]) -> Double? {
        let offset = plan.header.targetYear - baseTable.years.lowerBound
        return CostMetrics.costPerTonne(annualCost: net[offset], abatement: abatement[offset])
    }

    /// Sort key: cost per tonne (nil last), then id.
    func ordered(_ indices: [Int], cost: (Int) -> Double?) -> [Int] {
        indices.sorted { a, b in
            let ca = cost(a) ?? .infinity, cb = cost(b) ?? .infinity
            return ca != cb ? ca < cb : plan.measures[a].id < plan.measures[b].id
        }
    }

    /// Report-year slice of a model-year array.
    func report(_ values: [Double]) -> YearSeries {
        YearSeries(firstYear: plan.header.baseYear, values: Array(values[reportOffset..<(reportOffset + reportCount)]))
    }
}
