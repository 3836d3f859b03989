public import ReductionCore

/// Input keys of the thermal-power model.
///
/// Generating units are named by the plan: `unit.<technology>.<id>.<field>`, e.g.
/// `unit.usc.binhai-1.capacity`. The technology is one of ``Technology`` and fixes the
/// unit's primary fuel and dispatch role; the id is the plan's own. Non-fossil sources are
/// `renewable.<kind>.capacity` / `.hours` with a kind from ``NonFossilKind``.
/// Everything else is a fixed key. Fields a unit does not give take the default of their spec.
public enum PowerKeys {
    /// The unit fields (after `unit.<technology>.<id>.`).
    public enum Field: String, Sendable, CaseIterable {
        /// MW; hours (h, gross scheduled).
        case capacity, hours
        /// Net coal consumption rate, gce/kWh supplied (供电煤耗); heat rates in MJ/kWh convert.
        case fuelRate = "fuel-rate"
        /// Own use (厂用电率), fraction of gross generation.
        case ownUse = "own-use"
        /// Heat supplied, GJ.
        case heat
        /// Heat-supply coal rate, kgce/GJ (供热煤耗).
        case heatRate = "heat-rate"
        /// Share of fuel energy from biomass.
        case biomassShare = "share.biomass"
        /// Shares of fuel energy from biomass and natural gas; the rest is the primary fuel.
        case gasShare = "share.gas"
        /// Flue-gas concentrations, mg/Nm3 at the reference O2.
        case so2, nox, pm
        /// Emission factors, kg/TJ of fuel; replace the concentrations when given.
        case so2Factor = "so2-factor"
        /// NOx emission factor, kg/TJ of fuel.
        case noxFactor = "nox-factor"
        /// PM emission factor, kg/TJ of fuel.
        case pmFactor = "pm-factor"
    }

    /// `unit.<technology>.<id>.<field>`.
    public static func unit(_ technology: Technology, _ id: String, _ field: Field) -> String {
        "unit.\(technology.rawValue).\(id).\(field.rawValue)"
    }

    /// `renewable.<kind>.capacity`.
    public static func renewableCapacity(_ kind: NonFossilKind) -> String { "renewable.\(kind.rawValue).capacity" }
    /// `renewable.<kind>.hours`.
    public static func renewableHours(_ kind: NonFossilKind) -> String { "renewable.\(kind.rawValue).hours" }

    /// Electricity to be supplied to the city, MWh (grid losses included).
    public static let demand = "demand.electricity"
    /// Contracted net imports from the provincial grid, MWh.
    public static let imports = "supply.import"
    /// Emission factor of grid imports and balancing imports, tCO2/MWh.
    public static let importFactor = Coupling.gridFactor
    /// Contracted non-fossil imports (zero emission factor), MWh.
    public static let greenImports = "supply.green-import"
    /// Share of wind and solar output curtailed before storage.
    public static let curtailment = "renewable.curtailment"
    /// Storage power, MW.
    public static let storageCapacity = "storage.capacity"
    /// Curtailed energy storage can absorb per MW and year, MWh/MW.
    public static let storageIntegration = "storage.integration"
    /// Storage round-trip efficiency.
    public static let storageEfficiency = "storage.efficiency"
    /// District and process heat demand, GJ; heat-only boilers cover what units do not.
    public static let heatDemand = "heat.demand"
    /// Efficiency of heat-only coal boilers.
    public static let boilerEfficiency = "heat.boiler-efficiency"
    /// Boiler flue-gas concentrations, mg/Nm3 at 6 % O2 (SO2, NOx, PM).
    public static let boilerSO2 = "heat.boiler.so2"
    /// See ``boilerSO2``.
    public static let boilerNOx = "heat.boiler.nox"
    /// See ``boilerSO2``.
    public static let boilerPM = "heat.boiler.pm"
    /// Upper bound on the hours of condensing coal units, h.
    public static let maxHours = "dispatch.max-hours"
    /// Weight of least-efficient-first dispatch (0 = pro rata), see ``Dispatch``.
    public static let meritWeight = "dispatch.merit-weight"
    /// The margin a change of imports displaces, tCO2/MWh (consumption view).
    public static let importMarginFactor = "supply.import-margin-factor"
    /// Weight w of that margin in the consumption view's factor of net imports:
    /// `w × margin + (1 − w) × electricity.grid-factor` (0 = location-based).
    public static let importMarginWeight = "supply.import-margin-weight"
    /// PM2.5 share of particulate emissions.
    public static let pm25Share = "pollutant.pm25-share"

    /// Per-fuel factor fields: `fuel.<fuel>.<field>`.
    public enum FuelField: String, Sendable, CaseIterable {
        /// NCV (GJ/t, gas GJ/10^4 Nm3), carbon content (tC/GJ), oxidation rate, CH4 and N2O (kg/TJ),
        /// dry flue gas at reference O2 (Nm3/GJ).
        case ncv
        /// Carbon content, tC/GJ.
        case carbonContent = "carbon-content"
        /// Oxidation rate, a fraction.
        case oxidation
        /// CH4 factor, kg/TJ.
        case ch4
        /// N2O factor, kg/TJ.
        case n2o
        /// Dry flue gas at the reference O2, Nm3/GJ.
        case flueGas = "flue-gas"
    }

    /// `fuel.<fuel>.<field>`.
    public static func fuel(_ fuel: Fuel, _ field: FuelField) -> String { "fuel.\(fuel.rawValue).\(field.rawValue)" }
}

extension ThermalPowerModel {
    /// Every input the model reads, with unit, bilingual label, kind, default and source.
    public var inputSpecs: [InputSpec] { Self.specs }

    static let assumption = "assumption — see Sectors/ThermalPower research notes; override with plan data"

    static let specs: [InputSpec] = InputLimitRule.apply(limitRules, to: unitSpecs + systemSpecs + fuelSpecs)

    /// The default of a unit field's spec (used for fields a unit does not list).
    static func unitDefault(_ field: PowerKeys.Field) -> Double {
        unitSpecs.first { $0.key == "unit.*.*.\(field.rawValue)" }?.defaultValue ?? 0
    }

    static let unitSpecs: [InputSpec] = [
        InputSpec("unit.*.*.capacity", unit: "MW", name: LocalizedName("Unit capacity", "机组装机容量")),
        InputSpec("unit.*.*.hours", unit: "h",
                  name: LocalizedName("Scheduled annual utilisation hours (gross)", "计划年利用小时数")),
        InputSpec("unit.*.*.fuel-rate", unit: "gce/kWh",
                  name: LocalizedName("Net coal consumption rate (heat rate as gce per kWh supplied)", "供电煤耗")),
        InputSpec("unit.*.*.own-use", unit: "share", name: LocalizedName("Own-use (auxiliary power) rate", "厂用电率"),
                  kind: .share, default: 0.05,
                  source: "CEC statistics: coal fleet auxiliary power about 4.5–6 % (assumption for units that give none)"),
        InputSpec("unit.*.*.heat", unit: "GJ", name: LocalizedName("Heat supplied", "供热量"), default: 0),
        InputSpec("unit.*.*.heat-rate", unit: "kgce/GJ", name: LocalizedName("Heat-supply coal rate", "供热煤耗"),
                  default: 39,
                  source: "34.12 / (η_boiler 0.90 × η_pipe 0.975) = 38.9 kgce/GJ (definition of 供热煤耗; efficiencies assumed)"),
        InputSpec("unit.*.*.share.biomass", unit: "share",
                  name: LocalizedName("Biomass share of fuel energy (co-firing)", "生物质掺烧比例（热量）"), kind: .share, default: 0),
        InputSpec("unit.*.*.share.gas", unit: "share",
                  name: LocalizedName("Natural-gas share of fuel energy", "天然气燃料比例（热量）"), kind: .share, default: 0),
        InputSpec("unit.*.*.so2", unit: "mg/Nm3", name: LocalizedName("SO2 flue-gas concentration", "二氧化硫排放浓度"),
                  default: 35, source: "ultra-low emission limit, 2015 NDRC/MEP/NEA work plan (coal units; gas 5, biomass 35)"),
        InputSpec("unit.*.*.nox", unit: "mg/Nm3", name: LocalizedName("NOx flue-gas concentration", "氮氧化物排放浓度"),
                  default: 50, source: "ultra-low emission limit, 2015 NDRC/MEP/NEA work plan (coal units; gas 30, biomass 100)"),
        InputSpec("unit.*.*.pm", unit: "mg/Nm3", name: LocalizedName("Particulate flue-gas concentration", "颗粒物排放浓度"),
                  default: 10, source: "ultra-low emission limit, 2015 NDRC/MEP/NEA work plan (coal units; gas 2, biomass 10)"),
        InputSpec("unit.*.*.so2-factor", unit: "kg/TJ",
                  name: LocalizedName("SO2 emission factor (instead of the concentration)", "二氧化硫排放因子（替代浓度法）")),
        InputSpec("unit.*.*.nox-factor", unit: "kg/TJ",
                  name: LocalizedName("NOx emission factor (instead of the concentration)", "氮氧化物排放因子（替代浓度法）")),
        InputSpec("unit.*.*.pm-factor", unit: "kg/TJ",
                  name: LocalizedName("Particulate emission factor (instead of the concentration)", "颗粒物排放因子（替代浓度法）")),
        InputSpec("renewable.*.capacity", unit: "MW", name: LocalizedName("Non-fossil capacity", "非化石能源装机容量")),
        InputSpec("renewable.*.hours", unit: "h", name: LocalizedName("Non-fossil utilisation hours", "非化石能源利用小时数")),
    ]

    static let systemSpecs: [InputSpec] = [
        InputSpec(PowerKeys.demand, unit: "MWh",
                  name: LocalizedName("Electricity to be supplied (incl. grid losses)", "全社会用电需求（含线损）")),
        InputSpec(PowerKeys.imports, unit: "MWh", name: LocalizedName("Net imports from the grid", "外购电量（电网）"), default: 0),
        GridFactorTable.gridFactorSpec,
        InputSpec(PowerKeys.greenImports, unit: "MWh", name: LocalizedName("Contracted non-fossil imports", "外购清洁电量"), default: 0),
        InputSpec(PowerKeys.curtailment, unit: "share", name: LocalizedName("Wind and solar curtailment rate", "风光弃电率"),
                  kind: .share, default: 0.03, source: "assumption — national wind/solar utilisation about 97 % in 2023 (NEA), rising with penetration"),
        InputSpec(PowerKeys.storageCapacity, unit: "MW", name: LocalizedName("Storage power capacity", "新型储能功率"), default: 0),
        InputSpec(PowerKeys.storageIntegration, unit: "MWh/MW",
                  name: LocalizedName("Curtailed energy storage absorbs per MW and year", "单位储能年消纳弃电量"), default: 300,
                  source: "assumption — 2-hour systems, about 150 full cycles a year on curtailed wind and solar"),
        InputSpec(PowerKeys.storageEfficiency, unit: "share", name: LocalizedName("Storage round-trip efficiency", "储能往返效率"),
                  kind: .share, default: 0.85, source: "assumption — LFP battery systems 85–90 % AC round trip"),
        InputSpec(PowerKeys.heatDemand, unit: "GJ", name: LocalizedName("District and process heat demand", "集中供热需求"), default: 0),
        InputSpec(PowerKeys.boilerEfficiency, unit: "share",
                  name: LocalizedName("Heat-only coal boiler efficiency", "燃煤供热锅炉效率"), kind: .share, default: 0.75,
                  source: "assumption — small chain-grate boilers 70–80 %"),
        InputSpec(PowerKeys.boilerSO2, unit: "mg/Nm3", name: LocalizedName("Boiler SO2 concentration", "锅炉二氧化硫浓度"),
                  default: 200, source: "GB 13271-2014 special emission limit for coal boilers (recalled; verify)"),
        InputSpec(PowerKeys.boilerNOx, unit: "mg/Nm3", name: LocalizedName("Boiler NOx concentration", "锅炉氮氧化物浓度"),
                  default: 200, source: "GB 13271-2014 special emission limit for coal boilers (recalled; verify)"),
        InputSpec(PowerKeys.boilerPM, unit: "mg/Nm3", name: LocalizedName("Boiler particulate concentration", "锅炉颗粒物浓度"),
                  default: 30, source: "GB 13271-2014 special emission limit for coal boilers (recalled; verify)"),
        InputSpec(PowerKeys.maxHours, unit: "h", name: LocalizedName("Maximum hours of condensing coal units", "燃煤机组最大利用小时数"),
                  default: 6500, source: "assumption — about 74 % capacity factor after maintenance outages"),
        InputSpec(PowerKeys.meritWeight, unit: "share",
                  name: LocalizedName("Weight of least-efficient-first dispatch (0 = pro rata)", "按能效排序调度权重（0为等比例）"),
                  kind: .share, default: 0, source: "assumption — equal utilisation hours practice"),
        InputSpec(PowerKeys.importMarginFactor, unit: "tCO2/MWh",
                  name: LocalizedName("Consumption view: emission factor of the margin imports displace", "消费口径：调入电力所替代的边际排放因子"),
                  default: GridFactorTable.latest(.fossil)?.value ?? 0.8273,
                  source: "national fossil-power factor: \(GridFactorTable.latest(.fossil)?.source ?? "MEE & NBS 2023") — or the city's own condensing coal"),
        InputSpec(PowerKeys.importMarginWeight, unit: "share",
                  name: LocalizedName("Consumption view: weight of that margin in the factor of net imports (0 = grid factor)",
                                      "消费口径：净调入电力因子中边际因子的权重（0为电网平均因子）"),
                  kind: .share, default: 0,
                  source: "plan choice — 0 counts net imports at electricity.grid-factor (location-based inventories); 1 when imports displace the margin above, so buying grid power instead of running local coal is a boundary shift"),
        InputSpec(PowerKeys.pm25Share, unit: "share", name: LocalizedName("PM2.5 share of particulate emissions", "PM2.5占颗粒物比例"),
                  kind: .share, default: 0.5,
                  source: "assumption — US EPA AP-42 Table 1.1-6 size distributions behind ESP/FGD, 0.3–0.8"),
    ]

    static let fuelSpecs: [InputSpec] = Fuel.allCases.flatMap { fuel -> [InputSpec] in
        let china = FactorDefaults.china(fuel)
        return [
            InputSpec(PowerKeys.fuel(fuel, .ncv), unit: fuel == .gas ? "GJ/10kNm3" : "GJ/t",
                      name: LocalizedName("\(fuel.name.english) net calorific value", "\(fuel.name.chinese)低位发热量"),
                      default: china.ncv.value, source: china.ncv.source),
            InputSpec(PowerKeys.fuel(fuel, .carbonContent), unit: "tC/GJ",
                      name: LocalizedName("\(fuel.name.english) carbon content per GJ", "\(fuel.name.chinese)单位热值含碳量"),
                      default: china.carbon.value, source: china.carbon.source),
            InputSpec(PowerKeys.fuel(fuel, .oxidation), unit: "share",
                      name: LocalizedName("\(fuel.name.english) oxidation rate", "\(fuel.name.chinese)碳氧化率"), kind: .share,
                      default: china.oxidation.value, source: china.oxidation.source),
            InputSpec(PowerKeys.fuel(fuel, .ch4), unit: "kgCH4/TJ",
                      name: LocalizedName("\(fuel.name.english) CH4 factor", "\(fuel.name.chinese)甲烷排放因子"),
                      default: china.ch4.value, source: china.ch4.source),
            InputSpec(PowerKeys.fuel(fuel, .n2o), unit: "kgN2O/TJ",
                      name: LocalizedName("\(fuel.name.english) N2O factor", "\(fuel.name.chinese)氧化亚氮排放因子"),
                      default: china.n2o.value, source: china.n2o.source),
            InputSpec(PowerKeys.fuel(fuel, .flueGas), unit: "Nm3/GJ",
                      name: LocalizedName("\(fuel.name.english) dry flue gas per GJ (reference O2)", "\(fuel.name.chinese)单位热量干烟气量（基准氧）"),
                      default: china.flueGas.value, source: china.flueGas.source),
        ]
    }
}
