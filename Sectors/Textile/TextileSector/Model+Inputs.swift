public import ReductionCore

extension TextileModel {
    /// Every input the textile model reads. Keys are concrete (no `*`): stages, heat routes,
    /// fuels and treatment routes are fixed vocabularies with bilingual names.
    public var inputSpecs: [InputSpec] { Self.specs }

    /// Built once, like the other sectors' specs: `spec(for:)` reads `inputSpecs` for every key,
    /// and rebuilding the list (with its limit rules) on each read took 83 % of a report's
    /// CPU time (perf, release build, a fuzzed template plan).
    static let specs: [InputSpec] = InputLimitRule.apply(
        limitRules, to: stageSpecs + heatSpecs + fuelSpecs + electricitySpecs + wastewaterSpecs)

    /// Central defaults per stage: (electricity kWh, heat GJ, direct fuel GJ, wastewater m³,
    /// mass t) per unit of production, with where each comes from.
    static func stageDefaults(_ stage: ProcessStage) -> (electricity: Double, heat: Double, directFuel: Double,
                                                         wastewater: Double, mass: Double, source: String) {
        switch stage {
        case .spinning:
            (3_000, 0.5, 0, 0, 1,
             "Koç & Kaplan 2007, Fibres & Textiles in Eastern Europe 15(4): ring frame 1.32–1.36 kWh/kg for 20 tex combed yarn, 30 % of mill electricity (air-conditioning 39 %); coarser counts lower — central 3,000 kWh/t (range 2,000–4,500); heat: assumption — humidification and heat-setting")
        case .weaving:
            (1_800, 1.0, 0, 0, 1,
             "assumption — weaving/knitting 1,000–3,500 kWh/t (air-jet looms and air-conditioning), sizing steam ~1 GJ/t; Palamutcu 2010, Energy 35:2945 measured stage SEC (values not read)")
        case .dyeing:
            (25, 0.60, 0.12, 1.26, 0.024,
             "印染行业规范条件(2017年版) caps woven-fabric comprehensive energy at 30 kgce/100 m (0.879 GJ) and fresh water at 1.6 t/100 m; split assumed: 0.60 GJ heat + 0.12 GJ direct fuel + 25 kWh per 100 m, wastewater 1.4 t × 90 %; mass: assumption — 100 m × 1.6 m × 150 g/m²")
        case .garments:
            (2_500, 5, 0, 0, 3,
             "Çay 2018, Energy 159: 0.78–1.44 MJ per knitted garment from finished fabric; split assumed 0.25 kWh electricity + 0.5 MJ pressing steam per piece; mass: assumption — 300 g/piece")
        }
    }

    static var stageSpecs: [InputSpec] {
        ProcessStage.allCases.flatMap { stage -> [InputSpec] in
            let d = stageDefaults(stage)
            let n = stage.name, u = stage.unit
            return [
                InputSpec("\(stage.key).output", unit: u,
                          name: LocalizedName("\(n.english) output", "\(n.chinese)产量"),
                          default: 0, source: "plan input — production statistics of the park (\(stage.unitName.english))"),
                InputSpec("\(stage.key).electricity", unit: "kWh/\(u)",
                          name: LocalizedName("\(n.english): electricity per unit", "\(n.chinese)单位产品电耗"),
                          default: d.electricity, source: d.source),
                InputSpec("\(stage.key).heat", unit: "GJ/\(u)",
                          name: LocalizedName("\(n.english): steam and hot water per unit (at point of use)",
                                              "\(n.chinese)单位产品蒸汽与热水用量（用能端）"),
                          default: d.heat, source: d.source),
                InputSpec("\(stage.key).direct-fuel", unit: "GJ/\(u)",
                          name: LocalizedName("\(n.english): fuel burnt directly in process per unit",
                                              "\(n.chinese)单位产品工艺直接燃料消耗"),
                          default: d.directFuel, source: d.source),
                InputSpec("\(stage.key).wastewater", unit: "m3/\(u)",
                          name: LocalizedName("\(n.english): wastewater per unit", "\(n.chinese)单位产品废水产生量"),
                          default: d.wastewater, source: d.source),
                InputSpec("\(stage.key).mass", unit: "t/\(u)",
                          name: LocalizedName("\(n.english): tonnes of product per unit", "\(n.chinese)单位产品质量"),
                          default: d.mass, source: d.source),
            ]
        }
    }

    static var heatSpecs: [InputSpec] {
        var specs: [InputSpec] = []
        for route in HeatRoute.allCases {
            if let key = route.shareKey {
                specs.append(InputSpec(key, unit: "share",
                                       name: LocalizedName("Share of heat from \(route.name.english.lowercased())",
                                                           "\(route.name.chinese)供热占比"),
                                       kind: .share, default: 0,
                                       source: "plan input — the remainder is purchased steam or heat"))
            }
        }
        let efficiencies: [(HeatRoute, Double, String)] = [
            (.coal, 0.78, "assumption — Chinese industrial chain-grate coal boilers 70–85 %"),
            (.gas, 0.88, "assumption — industrial gas boilers 85–94 % (LHV)"),
            (.oil, 0.85, "assumption — industrial oil boilers 82–90 %"),
            (.electric, 0.98, "assumption — resistance/electrode boilers 95–99 %"),
        ]
        for (route, value, source) in efficiencies {
            specs.append(InputSpec(route.efficiencyKey ?? "", unit: "share",
                                   name: LocalizedName("\(route.name.english): efficiency", "\(route.name.chinese)热效率"),
                                   kind: .share, default: value, source: source))
        }
        specs.append(InputSpec("heat-pump.cop", unit: "GJ/GJ",
                               name: LocalizedName("Industrial heat pumps: coefficient of performance", "工业热泵性能系数（COP）"),
                               default: 3.0,
                               source: "assumption — 2.2–4 for 60–95 °C process water; SPH ThermBooster COP 4.0 (vendor); EECA NZ: heat pumps suit < 100 °C"))
        specs.append(InputSpec("heat.distribution-loss", unit: "share",
                               name: LocalizedName("Steam distribution and trap losses", "蒸汽管网与疏水阀损失率"),
                               kind: .share, default: 0.10,
                               source: "assumption — 5–20 %; US DOE Steam Tip 1: 15–30 % of traps fail without a maintenance programme"))
        for fuel in [Fuel.coal, .fuelOil] {
            specs.append(InputSpec("direct.share.\(fuel.rawValue)", unit: "share",
                                   name: LocalizedName("Share of direct process fuel that is \(fuel.name.english.lowercased())",
                                                       "工艺直接燃料中\(fuel.name.chinese)占比"),
                                   kind: .share, default: 0,
                                   source: "plan input — the remainder is natural gas"))
        }
        return specs
    }

    static var fuelSpecs: [InputSpec] {
        // EMEP/EEA Guidebook 2019, 1.A.2 Tier 1 (Tables 3-2 solid, 3-3 gaseous, 3-4 other liquid fuels).
        let emep = "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.2 Tier 1, "
        let pollutants: [Fuel: (so2: Double, nox: Double, pm25: Double, table: String)] = [
            .coal: (900, 173, 108, "Table 3-2 solid fuels (SOx 450–1000, NOx 150–200, PM2.5 60–220 g/GJ); uncontrolled — override for desulphurised boilers"),
            .naturalGas: (0.67, 74, 0.78, "Table 3-3 gaseous fuels (SOx 0.4–0.94, NOx 46–103, PM2.5 0.47–1.09 g/GJ)"),
            .fuelOil: (47, 513, 20, "Table 3-4 'other' liquid fuels (SOx 28–66, NOx 308–718, PM2.5 12–28 g/GJ)"),
        ]
        var specs: [InputSpec] = []
        for fuel in Fuel.allCases {
            let n = fuel.name
            let p = pollutants[fuel] ?? (0, 0, 0, "")
            specs += [
                InputSpec("\(fuel.key).ncv", unit: "GJ/\(fuel.physicalUnit)",
                          name: LocalizedName("\(n.english): net calorific value", "\(n.chinese)低位发热量")),
                InputSpec("\(fuel.key).carbon", unit: "tC/GJ",
                          name: LocalizedName("\(n.english): carbon content per GJ", "\(n.chinese)单位热值含碳量")),
                InputSpec("\(fuel.key).oxidation", unit: "share",
                          name: LocalizedName("\(n.english): carbon oxidation rate", "\(n.chinese)碳氧化率"), kind: .share),
                InputSpec("\(fuel.key).ch4", unit: "gCH4/GJ",
                          name: LocalizedName("\(n.english): CH4 per GJ burnt", "\(n.chinese)单位热值CH4排放"),
                          default: 0, source: "China's enterprise method counts CO2 only from combustion; the ipcc-2006 factor set fills IPCC 2006 Vol 2 Table 2.3"),
                InputSpec("\(fuel.key).n2o", unit: "gN2O/GJ",
                          name: LocalizedName("\(n.english): N2O per GJ burnt", "\(n.chinese)单位热值N2O排放"),
                          default: 0, source: "China's enterprise method counts CO2 only from combustion; the ipcc-2006 factor set fills IPCC 2006 Vol 2 Table 2.3"),
                InputSpec("\(fuel.key).so2", unit: "gSO2/GJ",
                          name: LocalizedName("\(n.english): SO2 per GJ burnt", "\(n.chinese)单位热值SO2排放"),
                          default: p.so2, source: emep + p.table),
                InputSpec("\(fuel.key).nox", unit: "gNOx/GJ",
                          name: LocalizedName("\(n.english): NOx per GJ burnt", "\(n.chinese)单位热值NOx排放"),
                          default: p.nox, source: emep + p.table),
                InputSpec("\(fuel.key).pm25", unit: "gPM2.5/GJ",
                          name: LocalizedName("\(n.english): PM2.5 per GJ burnt", "\(n.chinese)单位热值PM2.5排放"),
                          default: p.pm25, source: emep + p.table),
                InputSpec("\(fuel.key).other-use", unit: fuel.physicalUnit,
                          name: LocalizedName("\(n.english): other use not covered by stage intensities",
                                              "\(n.chinese)其他消费量（未计入工序单耗部分）"),
                          default: 0, source: "plan input — e.g. energy statistics of mills or canteens"),
            ]
        }
        return specs
    }

    static var electricitySpecs: [InputSpec] {
        [
            GridFactorTable.gridFactorSpec,
            GridFactorTable.residualMixSpec,
            InputSpec(Coupling.heatFactor, unit: "tCO2/GJ",
                      name: LocalizedName("Purchased heat CO2 factor", "外购热力二氧化碳排放因子"),
                      default: 0.11,
                      source: "0.11 tCO2/GJ, default of China's enterprise GHG accounting guidelines for purchased heat (transcribed in calculator constants DEFAULT_HEAT_EMISSION_FACTOR); plan-settable"),
            InputSpec("electricity.green-share", unit: "share",
                      name: LocalizedName("Share of purchased electricity bought as certified green power",
                                          "外购电力中绿电（绿证）占比"),
                      kind: .share, default: 0,
                      source: "plan input — green electricity certificates are the sole proof of renewable attributes (NDRC/MoF/NEA Doc. 1044, 2023)"),
            InputSpec("electricity.onsite-pv", unit: "MWh",
                      name: LocalizedName("On-site solar PV generation used in the park", "园区自发自用光伏发电量"),
                      default: 0, source: "plan input"),
        ]
    }

    static var wastewaterSpecs: [InputSpec] {
        let table68 = "IPCC 2006 Vol 5 Ch 6 Table 6.8 (industrial wastewater MCF)"
        let mcf: [TreatmentRoute: Double] = [
            .aerobic: 0, .aerobicOverloaded: 0.3, .anaerobicReactor: 0.8, .shallowLagoon: 0.2, .deepLagoon: 0.8,
        ]
        var specs: [InputSpec] = [
            InputSpec("wastewater.other-volume", unit: "m3",
                      name: LocalizedName("Wastewater treated from sources outside the stage intensities",
                                          "其他来源废水处理量"),
                      default: 0, source: "plan input"),
            InputSpec("wastewater.cod-in", unit: "kgCOD/m3",
                      name: LocalizedName("COD of wastewater entering treatment", "进水COD浓度"),
                      default: 1.5, source: "assumption — dyeing effluent 0.8–3 kg COD/m³"),
            InputSpec("wastewater.cod-out", unit: "kgCOD/m3",
                      name: LocalizedName("COD of treated effluent", "出水COD浓度"),
                      default: 0.2, source: "GB 4287-2012 纺织染整工业水污染物排放标准, indirect-discharge COD limit 200 mg/L (direct 80 mg/L)"),
            InputSpec("wastewater.sludge-share", unit: "share",
                      name: LocalizedName("Share of removed COD leaving with sludge", "以污泥形式去除的COD占比"),
                      kind: .share, default: 0, source: "plan input — the guideline's S term; 0 is conservative"),
            InputSpec("wastewater.b0", unit: "kgCH4/kgCOD",
                      name: LocalizedName("Maximum methane producing capacity (B0)", "甲烷最大产生能力（B0）"),
                      default: 0.25, source: "IPCC 2006 Vol 5 Ch 6: 0.25 kg CH4/kg COD"),
            InputSpec("wastewater.recovery", unit: "share",
                      name: LocalizedName("Share of anaerobic-reactor CH4 recovered and destroyed", "厌氧反应器甲烷回收销毁比例"),
                      kind: .share, default: 0, source: "plan input — the guideline's recovered-CH4 term"),
            InputSpec("wastewater.electricity", unit: "kWh/m3",
                      name: LocalizedName("Electricity per m³ of wastewater treated", "吨水处理电耗"),
                      default: 0, source: "plan input — 0 when treatment electricity is in the stage intensities"),
        ]
        for route in TreatmentRoute.allCases {
            if let key = route.shareKey {
                specs.append(InputSpec(key, unit: "share",
                                       name: LocalizedName("Share of removed COD treated by \(route.name.english.lowercased())",
                                                           "\(route.name.chinese)去除COD占比"),
                                       kind: .share, default: 0,
                                       source: "plan input — the remainder is well-managed aerobic treatment"))
            }
            specs.append(InputSpec(route.mcfKey, unit: "share",
                                   name: LocalizedName("\(route.name.english): methane correction factor", "\(route.name.chinese)甲烷修正因子"),
                                   kind: .share, default: mcf[route] ?? 0, source: table68))
        }
        return specs
    }
}
