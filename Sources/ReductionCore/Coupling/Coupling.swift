/// The shared electricity and heat vocabulary: one spelling for the input keys every sector
/// reads and for the memo items every sector writes (what the city roll-up couples on).
///
/// Inputs (each sector declares the ones it uses with these keys):
///
/// | key | unit | meaning |
/// |---|---|---|
/// | `electricity.grid-factor` | tCO2/MWh | location-based grid-average factor of electricity used |
/// | `electricity.residual-mix-factor` | tCO2/MWh | market-based factor of electricity not covered by green-power claims |
/// | `heat.factor` | tCO2/GJ | factor of purchased steam and heat |
///
/// Outputs (memo items, never added to a total):
///
/// | memo id | unit | meaning |
/// |---|---|---|
/// | `electricity.demanded` | MWh | electricity the sector takes from the grid |
/// | `electricity.supplied` | MWh | electricity the sector delivers to the grid or the city |
/// | `heat.demanded` | GJ | steam and heat the sector buys |
/// | `heat.supplied` | GJ | steam and heat the sector delivers |
/// | `electricity.grid-factor` | tCO2/MWh | the grid factor the run used, year by year |
/// | `electricity.supply-factor` | tCO2/MWh | the factor of the electricity the sector supplies (power) |
/// | `electricity.location-based` | tCO2 | indirect electricity at the grid average (market-based sectors) |
public enum Coupling {
    /// Input: location-based grid-average emission factor, tCO2/MWh.
    public static let gridFactor = "electricity.grid-factor"
    /// Input: residual-mix factor for electricity without a green-power claim, tCO2/MWh.
    public static let residualMixFactor = "electricity.residual-mix-factor"
    /// Input: purchased heat factor, tCO2/GJ.
    public static let heatFactor = "heat.factor"

    /// Memo: electricity demanded from the grid, MWh.
    public static let electricityDemand = "electricity.demanded"
    /// Memo: electricity supplied, MWh.
    public static let electricitySupply = "electricity.supplied"
    /// Memo: heat demanded (purchased), GJ.
    public static let heatDemand = "heat.demanded"
    /// Memo: heat supplied, GJ.
    public static let heatSupply = "heat.supplied"
    /// Memo: the grid factor used in the run, tCO2/MWh.
    public static let gridFactorUsed = "electricity.grid-factor"
    /// Memo: the emission factor of the electricity a sector supplies, tCO2/MWh.
    public static let supplyFactor = "electricity.supply-factor"
    /// Memo: indirect electricity emissions at the location-based grid factor, tCO2, written by
    /// sectors that count market-based (green-power claims), so both are reported side by side.
    public static let locationBased = "electricity.location-based"

    /// Spellings used before the shared vocabulary, and the key that replaced each (named in
    /// the error a plan with an old key gets).
    public static let formerKeys: [String: String] = [
        "grid.factor": gridFactor, "grid.emission-factor": gridFactor, "factor.electricity": gridFactor,
        "supply.import-ef": gridFactor, "factor.heat": heatFactor,
    ]

    /// The five memo items every sector appends to its layout, in ``Flows`` order.
    public static let memos: [MemoItem] = [
        MemoItem(id: electricityDemand, name: LocalizedName("Electricity demanded from the grid", "电网购入电量"), unit: "MWh"),
        MemoItem(id: electricitySupply, name: LocalizedName("Electricity supplied", "供出电量"), unit: "MWh"),
        MemoItem(id: heatDemand, name: LocalizedName("Heat demanded (purchased)", "外购热量"), unit: "GJ"),
        MemoItem(id: heatSupply, name: LocalizedName("Heat supplied", "供出热量"), unit: "GJ"),
        MemoItem(id: gridFactorUsed, name: LocalizedName("Grid emission factor used (location-based)", "采用的电网排放因子（基于位置）"),
                 unit: "tCO2/MWh"),
    ]

    /// One year's electricity and heat flows of a sector, written to the ``memos``.
    public struct Flows: Sendable, Hashable {
        /// MWh taken from the grid.
        public var electricityDemand: Double
        /// MWh delivered.
        public var electricitySupply: Double
        /// GJ of heat bought.
        public var heatDemand: Double
        /// GJ of heat delivered.
        public var heatSupply: Double
        /// The grid factor used, tCO2/MWh.
        public var gridFactor: Double

        /// Creates the flows of one year; all default to 0.
        public init(electricityDemand: Double = 0, electricitySupply: Double = 0, heatDemand: Double = 0,
                    heatSupply: Double = 0, gridFactor: Double = 0) {
            self.electricityDemand = electricityDemand
            self.electricitySupply = electricitySupply
            self.heatDemand = heatDemand
            self.heatSupply = heatSupply
            self.gridFactor = gridFactor
        }
    }
}

extension ModelOutput {
    /// Writes one year's coupling flows to the memo items ``Coupling/memos``, which the layout
    /// holds from memo index `first` on (sectors append them last, so `first` is fixed at compile).
    public mutating func addCoupling(_ flows: Coupling.Flows, first: Int, offset: Int) {
        addMemo(flows.electricityDemand, memo: first, offset: offset)
        addMemo(flows.electricitySupply, memo: first + 1, offset: offset)
        addMemo(flows.heatDemand, memo: first + 2, offset: offset)
        addMemo(flows.heatSupply, memo: first + 3, offset: offset)
        addMemo(flows.gridFactor, memo: first + 4, offset: offset)
    }

    /// tCO2e at one year offset over the sources inside `boundary`.
    public func totalCO2e(offset: Int, gwp: [Double], boundary: ReportingBoundary) -> Double {
        var sum = 0.0
        for (source, item) in layout.sources.enumerated() where boundary.includes(item.scope) {
            sum += co2e(source: source, offset: offset, gwp: gwp)
        }
        return sum
    }

    /// tCO2e in every year over the sources inside `boundary`.
    public func totalCO2e(gwp: [Double], boundary: ReportingBoundary) -> [Double] {
        (firstOffset..<(firstOffset + yearCount)).map { totalCO2e(offset: $0, gwp: gwp, boundary: boundary) }
    }
}
