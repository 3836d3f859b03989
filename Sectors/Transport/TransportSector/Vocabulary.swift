public import ReductionCore

/// The three transport segments of IPCC 2006 Vol 2 Ch 3, with their category codes.
///
/// | segment | IPCC 2006 | UNFCCC CRT |
/// |---|---|---|
/// | road | 1.A.3.b | 1.A.3.b |
/// | rail | 1.A.3.c | 1.A.3.c |
/// | navigation (domestic, inland) | 1.A.3.d | 1.A.3.d (1.A.3.d.ii domestic) |
public enum TransportSegment: String, Sendable, Hashable, CaseIterable {
    /// Road transport, IPCC 2006 and CRT 1.A.3.b.
    case road
    /// Railways (and metro), IPCC 2006 and CRT 1.A.3.c.
    case rail
    /// Domestic and inland navigation, IPCC 2006 1.A.3.d (CRT 1.A.3.d.ii).
    case navigation

    /// Bilingual name.
    public var name: LocalizedName {
        switch self {
        case .road: LocalizedName("Road transport", "道路运输")
        case .rail: LocalizedName("Railways", "铁路运输")
        case .navigation: LocalizedName("Domestic navigation", "国内水运")
        }
    }

    /// The category code, identical in both schemes at this level.
    public var code: String {
        switch self {
        case .road: "1.A.3.b"
        case .rail: "1.A.3.c"
        case .navigation: "1.A.3.d"
        }
    }

    /// The code in the IPCC 2006 and the UNFCCC CRT schemes.
    public var categories: [CategoryCode] {
        [CategoryCode(.ipcc2006, code), CategoryCode(.crt, code)]
    }
}

/// A transport mode of the ASIF model.
///
/// Passenger modes share the passenger-km (`passenger.activity`), freight modes the tonne-km
/// (`freight.activity`). `active` (walking and cycling) carries passenger-km but no vehicles.
public enum TransportMode: String, Sendable, Hashable, CaseIterable {
    /// Urban and suburban buses (passenger).
    case bus
    /// Taxis and ride-hailing cars (passenger).
    case taxi
    /// Private cars (passenger).
    case car
    /// Motorcycles, e-bikes and three-wheelers (passenger).
    case twoThreeWheeler = "two-three-wheeler"
    /// Metro and light rail (passenger, electric).
    case metro
    /// Walking and cycling: passenger-km without vehicles or emissions.
    case active
    /// Light trucks and vans (freight).
    case lightTruck = "light-truck"
    /// Medium and heavy trucks (freight).
    case heavyTruck = "heavy-truck"
    /// Freight trains (freight).
    case railFreight = "rail-freight"
    /// Inland and coastal vessels (freight).
    case waterway

    /// Whether the mode carries passengers or freight.
    public enum Kind: String, Sendable, Hashable {
        /// Carries passenger-km (`passenger.activity`).
        case passenger
        /// Carries tonne-km (`freight.activity`).
        case freight
    }

    /// Whether the mode carries passenger-km or tonne-km.
    public var kind: Kind {
        switch self {
        case .bus, .taxi, .car, .twoThreeWheeler, .metro, .active: .passenger
        case .lightTruck, .heavyTruck, .railFreight, .waterway: .freight
        }
    }

    /// Tonne-km of converted turnover (换算周转量) per unit of the mode's activity: freight
    /// 1 (tkm); rail passengers 1 (1 pkm = 1 tkm); road passengers 0.1 (10 pkm = 1 tkm);
    /// walking and cycling 0 (non-motorised trips are not transport turnover).
    ///
    /// Source: NBS / Ministry of Transport statistical indicator explanation of 换算周转量
    /// (railway, ocean and coastal 1:1, road 10:1, inland waterway 3:1, civil aviation
    /// 1 pkm = 0.072 tkm), as recalled; metro is counted as rail.
    public var convertedTurnoverWeight: Double {
        switch self {
        case .lightTruck, .heavyTruck, .railFreight, .waterway: 1
        case .metro: 1
        case .bus, .taxi, .car, .twoThreeWheeler: 0.1
        case .active: 0
        }
    }

    /// The segment whose category the mode's direct emissions belong to (nil for `active`).
    public var segment: TransportSegment? {
        switch self {
        case .bus, .taxi, .car, .twoThreeWheeler, .lightTruck, .heavyTruck: .road
        case .metro, .railFreight: .rail
        case .waterway: .navigation
        case .active: nil
        }
    }

    /// Bilingual name.
    public var name: LocalizedName {
        switch self {
        case .bus: LocalizedName("Bus", "公共汽电车")
        case .taxi: LocalizedName("Taxi and ride-hailing", "出租车和网约车")
        case .car: LocalizedName("Private car", "私人小汽车")
        case .twoThreeWheeler: LocalizedName("Two- and three-wheelers", "两轮和三轮车")
        case .metro: LocalizedName("Metro and urban rail", "城市轨道交通")
        case .active: LocalizedName("Walking and cycling", "步行和自行车")
        case .lightTruck: LocalizedName("Light trucks", "轻型货车")
        case .heavyTruck: LocalizedName("Heavy trucks", "重型货车")
        case .railFreight: LocalizedName("Rail freight", "铁路货运")
        case .waterway: LocalizedName("Inland waterway", "内河航运")
        }
    }

    /// Unit of the mode's activity: `pkm` or `tkm`.
    public var activityUnit: String { kind == .passenger ? "pkm" : "tkm" }

    /// Unit of the load factor: activity per vehicle-km.
    public var loadUnit: String { kind == .passenger ? "pkm/vkm" : "tkm/vkm" }

    /// The technology that takes the vehicle-km the listed technology shares leave
    /// (`1 − Σ shares`); nil for `active`. Metro defaults to electric, the others to their
    /// conventional fuel.
    public var referenceTechnology: TransportTechnology? {
        switch self {
        case .bus, .lightTruck, .heavyTruck, .railFreight, .waterway: .diesel
        case .taxi, .car, .twoThreeWheeler: .gasoline
        case .metro: .electric
        case .active: nil
        }
    }

    /// Class of exhaust-pollutant factors the mode uses (nil for `active`).
    var pollutantClass: PollutantClass? {
        switch self {
        case .taxi, .car, .lightTruck: .light
        case .bus, .heavyTruck: .heavy
        case .twoThreeWheeler: .moto
        case .metro, .railFreight: .rail
        case .waterway: .ship
        case .active: nil
        }
    }
}

/// An energy carrier the model tracks (the ids are the plan's `energyPrices` keys).
public enum TransportCarrier: String, Sendable, Hashable, CaseIterable {
    /// Gasoline (petrol).
    case gasoline
    /// Diesel oil.
    case diesel
    /// Liquefied petroleum gas.
    case lpg
    /// Compressed natural gas.
    case cng
    /// Liquefied natural gas.
    case lng
    /// Residual fuel oil (vessels).
    case fuelOil = "fuel-oil"
    /// Electricity (an indirect source at `electricity.grid-factor`).
    case electricity
    /// Hydrogen (an indirect source at `hydrogen.factor`).
    case hydrogen

    /// Bilingual name.
    public var name: LocalizedName {
        switch self {
        case .gasoline: LocalizedName("Gasoline", "汽油")
        case .diesel: LocalizedName("Diesel", "柴油")
        case .lpg: LocalizedName("Liquefied petroleum gas (LPG)", "液化石油气")
        case .cng: LocalizedName("Compressed natural gas (CNG)", "压缩天然气")
        case .lng: LocalizedName("Liquefied natural gas (LNG)", "液化天然气")
        case .fuelOil: LocalizedName("Fuel oil", "燃料油")
        case .electricity: LocalizedName("Electricity", "电力")
        case .hydrogen: LocalizedName("Hydrogen", "氢")
        }
    }

    /// True for fuels burnt in the vehicle (direct CO2, CH4, N2O and exhaust pollutants).
    public var isCombustion: Bool { self != .electricity && self != .hydrogen }
    /// CNG and LNG: their tailpipe CH4 (methane slip) and upstream leaks are fossil methane.
    var isNaturalGas: Bool { self == .cng || self == .lng }

    /// Unit of fuel-based activity input (`fuel-use.<segment>.<carrier>`).
    public var fuelUseUnit: String {
        switch self {
        case .cng: "10kNm3"
        case .electricity: "MWh"
        default: "t"
        }
    }

    /// Unit of the net calorific value input (`fuel.<carrier>.ncv`); nil for electricity.
    var ncvUnit: String? {
        switch self {
        case .cng: "GJ/10kNm3"
        case .electricity: nil
        default: "GJ/t"
        }
    }

    /// True for liquids whose vehicle intensity is in litres (density needed).
    var isLiquidByVolume: Bool { self == .gasoline || self == .diesel || self == .lpg }

    /// True for fuels with a sulphur content input (SO2 by mass balance).
    var hasSulphur: Bool { self == .gasoline || self == .diesel || self == .lpg || self == .fuelOil }
}

/// A vehicle technology (powertrain and fuel) within a mode.
public enum TransportTechnology: String, Sendable, Hashable, CaseIterable {
    /// Gasoline internal-combustion engine.
    case gasoline
    /// Diesel internal-combustion engine.
    case diesel
    /// Gasoline hybrid (not plug-in).
    case hybridGasoline = "hybrid-gasoline"
    /// Diesel hybrid (not plug-in).
    case hybridDiesel = "hybrid-diesel"
    /// LPG engine.
    case lpg
    /// CNG engine.
    case cng
    /// LNG engine.
    case lng
    /// Battery-electric (and overhead-line electric rail).
    case electric
    /// Hydrogen fuel cell.
    case hydrogen

    /// Bilingual name.
    public var name: LocalizedName {
        switch self {
        case .gasoline: LocalizedName("Gasoline", "汽油车")
        case .diesel: LocalizedName("Diesel", "柴油车")
        case .hybridGasoline: LocalizedName("Gasoline hybrid", "汽油混合动力车")
        case .hybridDiesel: LocalizedName("Diesel hybrid", "柴油混合动力车")
        case .lpg: LocalizedName("LPG", "液化石油气车")
        case .cng: LocalizedName("CNG", "压缩天然气车")
        case .lng: LocalizedName("LNG", "液化天然气车")
        case .electric: LocalizedName("Battery electric", "纯电动车")
        case .hydrogen: LocalizedName("Hydrogen fuel cell", "氢燃料电池车")
        }
    }

    /// The carrier the technology uses.
    public var carrier: TransportCarrier {
        switch self {
        case .gasoline, .hybridGasoline: .gasoline
        case .diesel, .hybridDiesel: .diesel
        case .lpg: .lpg
        case .cng: .cng
        case .lng: .lng
        case .electric: .electricity
        case .hydrogen: .hydrogen
        }
    }

    /// Unit of the intensity input `mode.<m>.tech.<t>.intensity` (per 100 vehicle-km).
    public var intensityUnit: String {
        switch self {
        case .gasoline, .diesel, .hybridGasoline, .hybridDiesel, .lpg: "L/100km"
        case .cng: "m3/100km"
        case .lng, .hydrogen: "kg/100km"
        case .electric: "kWh/100km"
        }
    }
}

/// Classes of exhaust-pollutant factors (EMEP/EEA Tier 1 vehicle groups).
enum PollutantClass: String, Sendable, Hashable, CaseIterable {
    case light, heavy, moto, rail, ship

    var name: LocalizedName {
        switch self {
        case .light: LocalizedName("light-duty vehicles", "轻型车")
        case .heavy: LocalizedName("heavy-duty vehicles", "重型车")
        case .moto: LocalizedName("motorcycles", "摩托车")
        case .rail: LocalizedName("locomotives", "机车")
        case .ship: LocalizedName("inland vessels", "内河船舶")
        }
    }
}
