public import ReductionCore

/// One sector of a city: its plan, the evaluator that runs it with coupled inputs, and the
/// sector's own evaluation (its pathway order and measure costs, which the city keeps).
public struct CitySector: Sendable {
    /// The sector id (`transport`, `waste`, `power`, `textile`, or a test sector's).
    public var id: String
    /// The sector's info (names, indirect view).
    public var info: SectorInfo
    /// Runs the sector's model with coupled inputs.
    public var evaluator: PlanEvaluator
    /// The sector's own evaluation of its plan (pathway order, costs per measure).
    public var result: PlanResult
    /// The sector model (the city writes the sector's own report with it).
    public var model: any SectorModel

    /// Compiles and evaluates `plan` with `model`.
    public init(plan: Plan, model: some SectorModel) throws(PlanError) {
        id = model.info.id
        info = model.info
        self.model = model
        evaluator = try PlanEvaluator(plan: plan, model: model)
        result = try evaluator.evaluate()
    }

    /// Indices (into the plan's measures) of the pathway measures, in the sector's order.
    public var pathwayIndices: [Int] {
        let ids = evaluator.measureIDs
        return result.order.compactMap { id in ids.firstIndex(of: id) }
    }

    /// The values of input `key` for the city's `years` (nil when the plan has no such input or
    /// does not cover every city year).
    func baseValues(_ key: String, years: ClosedRange<Int>) -> [Double]? {
        let table = evaluator.baseInputs
        guard let row = table.index(of: key), table.years.contains(years.lowerBound),
              table.years.contains(years.upperBound) else { return nil }
        return years.map { table[row, offset: $0 - table.years.lowerBound] }
    }

    /// A full model-year row for `key`: the plan's own values, with the city years replaced by `values`.
    func overrideRow(_ key: String, cityYears: ClosedRange<Int>, values: [Double]) -> [Double]? {
        let table = evaluator.baseInputs
        guard let row = table.index(of: key) else { return nil }
        return table.years.map { year in
            cityYears.contains(year) ? values[year - cityYears.lowerBound] : table[row, offset: year - table.years.lowerBound]
        }
    }

    /// Memo `id` of `output` over the city years (zeros when the layout has no such memo).
    func memo(_ id: String, of output: ModelOutput, years: ClosedRange<Int>) -> [Double] {
        guard let index = output.layout.memoIndex(id) else { return Array(repeating: 0, count: years.count) }
        return years.map { year in
            output.years.contains(year) ? output.memo(index, offset: year - output.years.lowerBound) : 0
        }
    }

    /// Tonnes of each pollutant (`Pollutant.allCases` order) of `output` over the city years.
    func pollutants(_ output: ModelOutput, years: ClosedRange<Int>) -> [[Double]] {
        Pollutant.allCases.map { pollutant in
            years.map { year in
                output.years.contains(year) ? output.pollutant(pollutant, offset: year - output.years.lowerBound) : 0
            }
        }
    }

    /// tCO2e inside `boundary` of `output` over the city years.
    func total(_ output: ModelOutput, boundary: ReportingBoundary, years: ClosedRange<Int>) -> [Double] {
        let gwp = evaluator.gwpFactors
        return years.map { year in
            output.years.contains(year)
                ? output.totalCO2e(offset: year - output.years.lowerBound, gwp: gwp, boundary: boundary) : 0
        }
    }
}

/// Where the city reads and drives the power sector: the demand input it sets and the memo
/// items it reads back. ``thermalPower`` names the `power-plan` model's keys.
public struct PowerLink: Sendable, Hashable {
    /// Input the city sets to the coupled demand, MWh (`demand.electricity`).
    public var demandKey: String
    /// Memo: electricity the power system supplies, MWh.
    public var suppliedMemo: String
    /// Memo: direct CO2 of the local plants allocated to electricity, tCO2.
    public var electricityCO2Memo: String
    /// Memo: CO2 of grid imports at their factor, tCO2.
    public var importCO2Memo: String

    /// Creates a link.
    public init(demandKey: String, suppliedMemo: String, electricityCO2Memo: String, importCO2Memo: String) {
        self.demandKey = demandKey
        self.suppliedMemo = suppliedMemo
        self.electricityCO2Memo = electricityCO2Memo
        self.importCO2Memo = importCO2Memo
    }

    /// The thermal-power sector's keys (`demand.electricity`, `electricity.supplied`,
    /// `co2.electricity`, `co2.imports`).
    public static let thermalPower = PowerLink(demandKey: "demand.electricity", suppliedMemo: Coupling.electricitySupply,
                                               electricityCO2Memo: "co2.electricity", importCO2Memo: "co2.imports")
}

/// An inventory the city holds fixed for a sector this package does not model (buildings,
/// other industry), tCO2e per city year, counted in both boundaries.
public struct FixedInventory: Sendable, Hashable {
    /// Id (e.g. `buildings`).
    public var id: String
    /// tCO2e per city year.
    public var values: [Double]
    /// Where the figures come from.
    public var source: String

    /// Creates an inventory.
    public init(id: String, values: [Double], source: String) {
        self.id = id
        self.values = values
        self.source = source
    }
}
