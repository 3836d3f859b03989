/// Evaluates a plan: baseline, each measure alone, the measures together with interaction,
/// the MACCs, the peak, the targets and the co-benefits.
///
/// Algorithm (CONTRIBUTING.md, "Formulas"); ``evaluate()`` coordinates these stages:
/// 1. Runs (`Runs/`): the BAU and each measure alone (standalone abatement and cost), through a
///    `RunCache` shared with attribution.
/// 2. Alternatives (`Ordering/Alternatives.swift`), on the standalone figures in the target year:
///    in each either-or group an alternative without positive abatement loses to one that has it;
///    a dominated alternative (abates no more at a cost per tonne no lower, one strictly) never
///    wins; the others are taken by ascending abatement and the larger replaces the current one
///    when its incremental cost per extra tonne is at most the plan's reference carbon price.
/// 3. Ordering (`Ordering/PathwayOrder.swift`): repeatedly add the measure with the lowest
///    interacted cost per tonne in the target year given those already in (ties by id). A measure
///    that abates nothing (or raises emissions) given all the others leaves the pathway, unless
///    the plan marks it `committed` (then it comes last).
/// 4. Attribution (`Attribution/`): sequential, standalone, disable-one and Shapley.
/// 5. Assembly (`Assembly/`): MACCs for each MACC year (widths sum to BAU − pathway), targets
///    from their own year, peaks with plateau and rebound, the result.
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

    /// Prepares a plan for evaluation (compiles the model and the measures). A plan that fails
    /// ``Plan/validate(against:)`` (e.g. edited in code to `maxPenetration = 60` or a negative
    /// lifetime) is refused with a ``PlanError`` of code ``PlanError/Code/invalidPlan`` whose
    /// ``PlanError/problems`` lists every problem.
    public init(plan: Plan, model sectorModel: some SectorModel) throws(PlanError) {
        let problems = plan.validate(against: sectorModel)
        guard problems.isEmpty else { throw PlanError(invalidPlan: problems) }
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
        for index in applied { measures[index].apply(to: &table, base: baseTable) }
        var output = model(table)
        for index in applied { measures[index].applyCaptures(to: &output) }
        return output
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
