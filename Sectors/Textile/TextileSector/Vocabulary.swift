public import ReductionCore

/// A process stage of a textile park, each with its own unit of production.
///
/// | stage | unit | what is counted |
/// |---|---|---|
/// | ``spinning`` | `t` | tonnes of yarn |
/// | ``weaving`` | `t` | tonnes of grey fabric (woven or knitted) |
/// | ``dyeing`` | `100m` | hundreds of metres of dyed, printed or finished fabric (the unit of China's 印染 energy quotas) |
/// | ``garments`` | `10kpcs` | ten-thousands of garments |
public enum ProcessStage: String, Sendable, Hashable, CaseIterable {
    /// Spinning yarn (纺纱), counted in tonnes of yarn.
    case spinning
    /// Weaving and knitting grey fabric (织造与针织), counted in tonnes of fabric.
    case weaving
    /// Dyeing, printing and finishing (印染), counted in hundreds of metres.
    case dyeing
    /// Garment making (服装制造), counted in ten-thousands of pieces.
    case garments

    /// Bilingual name of the stage.
    public var name: LocalizedName {
        switch self {
        case .spinning: LocalizedName("Spinning", "纺纱")
        case .weaving: LocalizedName("Weaving and knitting", "织造与针织")
        case .dyeing: LocalizedName("Dyeing and finishing", "印染")
        case .garments: LocalizedName("Garment making", "服装制造")
        }
    }

    /// The unit production is counted in (a plan writes values in this unit).
    public var unit: String {
        switch self {
        case .spinning, .weaving: "t"
        case .dyeing: "100m"
        case .garments: "10kpcs"
        }
    }

    /// Bilingual name of the unit, for tables and reports.
    public var unitName: LocalizedName {
        switch self {
        case .spinning: LocalizedName("tonnes of yarn", "吨纱")
        case .weaving: LocalizedName("tonnes of fabric", "吨坯布")
        case .dyeing: LocalizedName("hundred metres of fabric", "百米布")
        case .garments: LocalizedName("ten thousand pieces", "万件")
        }
    }

    /// Input key prefix, e.g. `stage.dyeing`.
    public var key: String { "stage.\(rawValue)" }
}

/// A fossil fuel burnt in the park: in boilers making steam, or directly in process
/// (stenters, singeing, thermal-oil heaters).
public enum Fuel: String, Sendable, Hashable, CaseIterable {
    /// Coal (煤炭), counted in tonnes.
    case coal
    /// Natural gas (天然气), counted in 10⁴ Nm³.
    case naturalGas = "natural-gas"
    /// Fuel oil (燃料油), counted in tonnes.
    case fuelOil = "fuel-oil"

    /// Bilingual name of the fuel.
    public var name: LocalizedName {
        switch self {
        case .coal: LocalizedName("Coal", "煤炭")
        case .naturalGas: LocalizedName("Natural gas", "天然气")
        case .fuelOil: LocalizedName("Fuel oil", "燃料油")
        }
    }

    /// The physical unit fuel quantities are counted in (for ``Fuel/key`` `.other-use` and NCV).
    public var physicalUnit: String {
        switch self {
        case .coal, .fuelOil: "t"
        case .naturalGas: "10kNm3"
        }
    }

    /// Bilingual name of the physical unit.
    public var physicalUnitName: LocalizedName {
        switch self {
        case .coal, .fuelOil: LocalizedName("tonnes", "吨")
        case .naturalGas: LocalizedName("10⁴ normal cubic metres", "万标准立方米")
        }
    }

    /// Input key prefix, e.g. `fuel.natural-gas`.
    public var key: String { "fuel.\(rawValue)" }
}

/// Where the heat (steam or hot water) used in process comes from.
///
/// Every route except ``purchased`` has a share input `heat.share.<route>`; purchased heat
/// (park CHP or heat plant) is the remainder, `1 − Σ shares`.
public enum HeatRoute: String, Sendable, Hashable, CaseIterable {
    /// Steam or heat bought from a park CHP plant or heat plant (the remainder).
    case purchased
    /// Own coal-fired boilers.
    case coal
    /// Own gas-fired boilers.
    case gas
    /// Own oil-fired boilers.
    case oil
    /// Electric (resistance or electrode) boilers.
    case electric
    /// Industrial heat pumps (efficiency is the COP).
    case heatPump = "heat-pump"

    /// Bilingual name of the route.
    public var name: LocalizedName {
        switch self {
        case .purchased: LocalizedName("Purchased steam or heat", "外购蒸汽或热力")
        case .coal: LocalizedName("Coal-fired boilers", "燃煤锅炉")
        case .gas: LocalizedName("Gas-fired boilers", "燃气锅炉")
        case .oil: LocalizedName("Oil-fired boilers", "燃油锅炉")
        case .electric: LocalizedName("Electric boilers", "电锅炉")
        case .heatPump: LocalizedName("Industrial heat pumps", "工业热泵")
        }
    }

    /// The fuel a fuel-fired boiler route burns.
    public var fuel: Fuel? {
        switch self {
        case .coal: .coal
        case .gas: .naturalGas
        case .oil: .fuelOil
        default: nil
        }
    }

    /// Key of the route's share of heat supplied (nil for the remainder, purchased heat).
    public var shareKey: String? { self == .purchased ? nil : "heat.share.\(rawValue)" }

    /// Key of the route's efficiency (boilers: heat out / energy in; heat pump: COP).
    public var efficiencyKey: String? {
        switch self {
        case .purchased: nil
        case .heatPump: "heat-pump.cop"
        default: "boiler.\(rawValue).efficiency"
        }
    }
}

/// How the COD removed from textile wastewater is treated, with the IPCC methane
/// correction factor (MCF) of that system (IPCC 2006 Vol 5, Table 6.8).
///
/// Every route except ``aerobic`` has a share input `wastewater.route.<route>.share`;
/// well-managed aerobic treatment is the remainder.
public enum TreatmentRoute: String, Sendable, Hashable, CaseIterable {
    /// Well-managed aerobic treatment, MCF 0 (the remainder).
    case aerobic
    /// Aerobic treatment that is overloaded or poorly managed, MCF 0.3.
    case aerobicOverloaded = "aerobic-overloaded"
    /// Anaerobic reactor or hydrolysis-acidification stage, MCF 0.8; its CH4 can be recovered.
    case anaerobicReactor = "anaerobic-reactor"
    /// Shallow anaerobic lagoon (< 2 m), MCF 0.2.
    case shallowLagoon = "shallow-lagoon"
    /// Deep anaerobic lagoon (> 2 m), MCF 0.8.
    case deepLagoon = "deep-lagoon"

    /// Bilingual name of the route.
    public var name: LocalizedName {
        switch self {
        case .aerobic: LocalizedName("Aerobic treatment, well managed", "好氧处理（管理完善）")
        case .aerobicOverloaded: LocalizedName("Aerobic treatment, overloaded", "好氧处理（管理不完善、超负荷）")
        case .anaerobicReactor: LocalizedName("Anaerobic reactor (incl. hydrolysis-acidification)", "厌氧反应器（含水解酸化）")
        case .shallowLagoon: LocalizedName("Shallow anaerobic lagoon (< 2 m)", "浅厌氧塘（深度不足2米）")
        case .deepLagoon: LocalizedName("Deep anaerobic lagoon (> 2 m)", "深厌氧塘（深度超过2米）")
        }
    }

    /// Key of the share of COD removed in this route (nil for the remainder, aerobic).
    public var shareKey: String? { self == .aerobic ? nil : "wastewater.route.\(rawValue).share" }

    /// Key of the route's methane correction factor.
    public var mcfKey: String { "wastewater.route.\(rawValue).mcf" }
}
