public import ReductionCore

/// A fuel burned by generating units and heat-only boilers.
public enum Fuel: String, Sendable, Hashable, CaseIterable {
    /// Coal, natural gas and solid biomass (straw, wood).
    case coal, gas, biomass

    /// Bilingual label.
    public var name: LocalizedName {
        switch self {
        case .coal: LocalizedName("Coal", "煤炭")
        case .gas: LocalizedName("Natural gas", "天然气")
        case .biomass: LocalizedName("Biomass", "生物质")
        }
    }

    /// True for fuels whose CO2 counts in the inventory (biomass CO2 is a memo item,
    /// IPCC 2006 Vol. 2 Ch. 2 §2.3.3.4).
    public var isFossil: Bool { self != .biomass }

    /// The energy carrier id used for prices in plan files.
    public var carrierID: String { rawValue }
}

/// How a unit is dispatched (see ``Dispatch``).
public enum DispatchRole: String, Sendable, Hashable {
    /// Runs its scheduled hours: heat-led CHP, gas units on contract, biomass units.
    case scheduled
    /// Condensing coal: supplies the residual demand after non-fossil output, imports and
    /// scheduled units.
    case residual
}

/// The technology class of a generating unit; the first `*` of `unit.*.*.<field>` keys.
///
/// The class fixes the unit's primary fuel, its dispatch role and its IPCC category
/// (1.A.1.a.i electricity generation or 1.A.1.a.ii combined heat and power).
public enum Technology: String, Sendable, Hashable, CaseIterable {
    /// Coal units below 300 MW (mostly subcritical, 135–200 MW).
    case smallCoal = "small-coal"
    /// Subcritical and supercritical condensing coal units (300–600 MW class).
    case subcritical
    /// Supercritical condensing coal units (300–600 MW class).
    case supercritical
    /// Ultra-supercritical coal (超超临界).
    case usc
    /// Coal-fired combined heat and power (extraction or back-pressure).
    case coalCHP = "coal-chp"
    /// Natural-gas combined cycle.
    case gasCC = "gas-cc"
    /// Natural-gas combined heat and power.
    case gasCHP = "gas-chp"
    /// Dedicated biomass units.
    case biomass

    /// Bilingual label.
    public var name: LocalizedName {
        switch self {
        case .smallCoal: LocalizedName("Small coal units (< 300 MW)", "小型燃煤机组（30万千瓦以下）")
        case .subcritical: LocalizedName("Subcritical coal units", "亚临界燃煤机组")
        case .supercritical: LocalizedName("Supercritical coal units", "超临界燃煤机组")
        case .usc: LocalizedName("Ultra-supercritical coal units", "超超临界燃煤机组")
        case .coalCHP: LocalizedName("Coal-fired CHP units", "燃煤热电联产机组")
        case .gasCC: LocalizedName("Gas combined-cycle units", "燃气-蒸汽联合循环机组")
        case .gasCHP: LocalizedName("Gas-fired CHP units", "燃气热电联产机组")
        case .biomass: LocalizedName("Biomass units", "生物质发电机组")
        }
    }

    /// The fuel the unit burns unless `share.gas` / `share.biomass` say otherwise.
    public var primaryFuel: Fuel {
        switch self {
        case .gasCC, .gasCHP: .gas
        case .biomass: .biomass
        default: .coal
        }
    }

    /// Condensing coal units take the residual demand; all others run their scheduled hours.
    public var role: DispatchRole {
        switch self {
        case .smallCoal, .subcritical, .supercritical, .usc: .residual
        default: .scheduled
        }
    }

    /// True for combined heat and power classes.
    public var isCHP: Bool { self == .coalCHP || self == .gasCHP }

    /// Category codes: IPCC 2006 1.A.1.a.i (electricity) or 1.A.1.a.ii (CHP); CRT 1.A.1.a.
    public var categories: [CategoryCode] {
        [CategoryCode(.ipcc2006, isCHP ? "1.A.1.a.ii" : "1.A.1.a.i"), CategoryCode(.crt, "1.A.1.a")]
    }

    /// Flue-gas concentrations (mg/Nm3, dry, at the fuel's reference O2) used when a plan
    /// gives none for a unit: SO2, NOx, PM.
    ///
    /// Coal: the ultra-low emission limits 35 / 50 / 10 mg/Nm3 at 6 % O2 (NDRC, MEP, NEA 2015
    /// work plan on ultra-low emission and energy saving of coal power; 93 % of coal capacity
    /// complied by end-2021 per CEC). Gas: 5 / 30 / 2 mg/Nm3 at 15 % O2 (assumption — sulphur-free
    /// pipeline gas, dry low-NOx burners; GB 13223-2011 gas-turbine NOx limit 50). Biomass:
    /// 35 / 100 / 10 at 6 % O2 (assumption — GB 13223-2011 biomass boilers with SNCR and bag filter).
    public var defaultConcentrations: (so2: Double, nox: Double, pm: Double) {
        switch primaryFuel {
        case .coal: (35, 50, 10)
        case .gas: (5, 30, 2)
        case .biomass: (35, 100, 10)
        }
    }
}

/// A non-fossil source whose output is taken before any fossil unit (`renewable.*.capacity`).
public enum NonFossilKind: String, Sendable, Hashable, CaseIterable {
    /// Wind, utility solar, distributed solar, hydro and nuclear.
    case wind, solar
    /// Distributed (rooftop) solar.
    case distributedSolar = "distributed-solar"
    /// Hydropower.
    case hydro
    /// Nuclear power.
    case nuclear

    /// Bilingual label.
    public var name: LocalizedName {
        switch self {
        case .wind: LocalizedName("Wind power", "风电")
        case .solar: LocalizedName("Utility-scale solar PV", "集中式光伏")
        case .distributedSolar: LocalizedName("Distributed solar PV", "分布式光伏")
        case .hydro: LocalizedName("Hydropower", "水电")
        case .nuclear: LocalizedName("Nuclear power", "核电")
        }
    }

    /// Wind and solar output can be curtailed (`renewable.curtailment`); hydro and nuclear not.
    public var isVariable: Bool { self == .wind || self == .solar || self == .distributedSolar }
}
