import ReductionCore

/// The input keys of the transport model.
///
/// ASIF inputs (activity × share × intensity × fuel mix):
/// - `passenger.activity` (pkm), `freight.activity` (tkm): total activity;
/// - `passenger.mode.<mode>.share`, `freight.mode.<mode>.share`: modal split, each group sums to 1;
/// - `mode.<mode>.load`: activity per vehicle-km (passengers or tonnes per vehicle);
/// - `mode.<mode>.annual-km`: km a vehicle runs per year; vehicles in service = vehicle-km ÷
///   annual km (model quantities `vehicles.<mode>` and `vehicles.<mode>.<tech>`, the basis of
///   per-vehicle measure costs; `activity.<mode>` is the mode's pkm or tkm per year);
/// - `mode.<mode>.tech.<tech>.share`: technology mix of the mode's vehicle-km, sums to 1;
/// - `mode.<mode>.tech.<tech>.intensity`: energy per 100 vehicle-km in the technology's unit
///   (L, m³, kg or kWh per 100 km);
/// - `mode.<mode>.tech.<tech>.ch4-per-km`, `…n2o-per-km`: mileage-based CH4/N2O (mg/km),
///   the form of China's land-transport guideline.
///
/// - `mode.<mode>.tech.diesel.urea-solution`: litres of SCR urea solution per litre of diesel;
///   its CO2 (IPCC 2006 Vol 2 Ch 3 Eq. 3.2.2, counted by China's land-transport guideline) is
///   added to the mode's direct CO2.
///
/// Fuel-based inputs (when the bureau has fuel statistics): `fuel-use.<segment>.<carrier>`;
/// their road CH4/N2O take `fuel-statistics.road.<carrier>.ch4|n2o` (kg/TJ) when the factor set
/// gives them (China's sets, whose road factors are per km), else `combustion.road.<carrier>.*`.
///
/// Factors (set by the plan's factor set, or overridden): `fuel.<carrier>.ncv`,
/// `.carbon-content`, `.oxidation`, `.density`, `.sulphur`; `combustion.<segment>.<carrier>.ch4`
/// and `.n2o` (kg/TJ); `air.<class>.<carrier>.nox` and `.pm25` (g/GJ); `electricity.grid-factor`
/// (tCO2/MWh); `hydrogen.factor` (tCO2/t H2).
extension TransportModel {
    static func makeInputSpecs() -> [InputSpec] {
        var specs: [InputSpec] = [
            InputSpec("passenger.activity", unit: "pkm",
                      name: LocalizedName("Passenger transport activity", "客运周转量"), default: 0,
                      source: "none — give the city's passenger-km (0 when only fuel statistics are used)"),
            InputSpec("freight.activity", unit: "tkm",
                      name: LocalizedName("Freight transport activity", "货运周转量"), default: 0,
                      source: "none — give the city's tonne-km (0 when only fuel statistics are used)"),
            InputSpec("passenger.mode.*.share", unit: "share",
                      name: LocalizedName("Passenger mode share (of passenger-km)", "客运方式分担率（按人公里）"),
                      kind: .share),
            InputSpec("freight.mode.*.share", unit: "share",
                      name: LocalizedName("Freight mode share (of tonne-km)", "货运方式分担率（按吨公里）"),
                      kind: .share),
            InputSpec("mode.*.tech.*.share", unit: "share",
                      name: LocalizedName("Technology share of the mode's vehicle-km", "车型技术占比（按车公里）"),
                      kind: .share),
            InputSpec("mode.*.tech.*.ch4-per-km", unit: "mgCH4/km",
                      name: LocalizedName("Mileage-based CH4 factor", "按里程计的甲烷排放因子")),
            InputSpec("mode.*.tech.*.n2o-per-km", unit: "mgN2O/km",
                      name: LocalizedName("Mileage-based N2O factor", "按里程计的氧化亚氮排放因子")),
            GridFactorTable.gridFactorSpec,
            InputSpec("mode.*.tech.*.urea-solution", unit: "share",
                      name: LocalizedName("SCR urea solution (AUS 32) per litre of diesel", "柴油车SCR尿素溶液消耗量（每升柴油）"),
                      kind: .share),
            InputSpec("hydrogen.factor", unit: "tCO2/t",
                      name: LocalizedName("Emission factor of hydrogen supplied", "外购氢气排放因子"),
                      default: 11,
                      source: "assumption — grey hydrogen from natural-gas reforming, about 9–12 tCO2/t H2 (coal gasification about 20); give the supplier's value"),
        ]
        for mode in TransportMode.allCases where mode != .active {
            let load = defaultLoad(mode)
            specs.append(InputSpec("mode.\(mode.rawValue).load", unit: mode.loadUnit,
                                   name: LocalizedName("Load factor: \(mode.name.english)", "实载率：\(mode.name.chinese)"),
                                   default: load.value, source: load.source))
            let annualKm = defaultAnnualKm(mode)
            specs.append(InputSpec("mode.\(mode.rawValue).annual-km", unit: "km/vehicle",
                                   name: LocalizedName("Annual distance per vehicle: \(mode.name.english)",
                                                       "单车年行驶里程：\(mode.name.chinese)"),
                                   default: annualKm.value, source: annualKm.source))
        }
        for entry in defaultIntensities {
            let key = "mode.\(entry.mode.rawValue).tech.\(entry.tech.rawValue).intensity"
            specs.append(InputSpec(key, unit: entry.tech.intensityUnit,
                                   name: LocalizedName("Energy intensity: \(entry.mode.name.english), \(entry.tech.name.english)",
                                                       "单位里程能耗：\(entry.mode.name.chinese)，\(entry.tech.name.chinese)"),
                                   default: entry.value, source: entry.source))
        }
        for tech in TransportTechnology.allCases {
            specs.append(InputSpec("mode.*.tech.\(tech.rawValue).intensity", unit: tech.intensityUnit,
                                   name: LocalizedName("Energy intensity: \(tech.name.english)",
                                                       "单位里程能耗：\(tech.name.chinese)")))
        }
        specs += fuelSpecs()
        specs += combustionSpecs()
        specs += airSpecs()
        specs += upstreamSpecs()
        for carrier in TransportCarrier.allCases {
            specs.append(InputSpec("fuel-use.*.\(carrier.rawValue)", unit: carrier.fuelUseUnit,
                                   name: LocalizedName("Fuel used (fuel statistics): \(carrier.name.english)",
                                                       "燃料消费量（能源统计）：\(carrier.name.chinese)")))
        }
        return InputLimitRule.apply(limitRules, to: specs)
    }


    /// Fuel properties; defaults are the IPCC 2006 values (factor set `ipcc-2006`).
    static func fuelSpecs() -> [InputSpec] {
        let ipccNCV = "IPCC 2006 Vol 2 Ch 1 Table 1.2 (p. 1.18)"
        let ipccEF = "IPCC 2006 Vol 2 Ch 3 Table 3.2.1 (p. 3.16)"
        let ncv: [TransportCarrier: (Double, String)] = [
            .gasoline: (44.3, ipccNCV), .diesel: (43.0, ipccNCV), .lpg: (47.3, ipccNCV),
            .lng: (48.0, "\(ipccNCV), natural gas"), .fuelOil: (40.4, "\(ipccNCV), residual fuel oil"),
            .cng: (389.31, "China default for natural gas, 389.31 GJ/10⁴Nm³ (IPCC gives 48.0 TJ/Gg by mass; a national volume NCV is used, IPCC 2006 Vol 2 Ch 1 §1.4.1.2)"),
            .hydrogen: (120, "lower heating value of hydrogen ≈ 120 MJ/kg (physical constant, 119.96)"),
        ]
        // Carbon content = CO2 EF × 12/44 so that CC × OF × 44/12 reproduces the IPCC EF exactly.
        let carbon: [TransportCarrier: (Double, String)] = [
            .gasoline: (69.3 * 12 / 44 / 1000, "\(ipccEF): 69,300 kg CO2/TJ × 12/44"),
            .diesel: (74.1 * 12 / 44 / 1000, "\(ipccEF): 74,100 kg CO2/TJ × 12/44"),
            .lpg: (63.1 * 12 / 44 / 1000, "\(ipccEF): 63,100 kg CO2/TJ × 12/44"),
            .cng: (56.1 * 12 / 44 / 1000, "\(ipccEF): 56,100 kg CO2/TJ × 12/44"),
            .lng: (56.1 * 12 / 44 / 1000, "\(ipccEF): 56,100 kg CO2/TJ × 12/44"),
            .fuelOil: (77.4 * 12 / 44 / 1000, "IPCC 2006 Vol 2 Ch 1 Table 1.4: 77,400 kg CO2/TJ × 12/44"),
        ]
        let density: [TransportCarrier: (Double, String)] = [
            .gasoline: (0.73, "assumption — GB 17930 gasoline density range 720–775 kg/m³ at 20 °C (recalled)"),
            .diesel: (0.84, "China land-transport enterprise GHG guideline (2015), printed p. 15, as transcribed by a third party"),
            .lpg: (0.54, "assumption — liquid LPG density about 0.50–0.58 t/m³ (recalled)"),
        ]
        var specs: [InputSpec] = []
        for carrier in TransportCarrier.allCases {
            let id = carrier.rawValue, label = carrier.name
            if let unit = carrier.ncvUnit, let (value, source) = ncv[carrier] {
                specs.append(InputSpec("fuel.\(id).ncv", unit: unit,
                                       name: LocalizedName("Net calorific value: \(label.english)", "低位发热量：\(label.chinese)"),
                                       default: value, source: source))
            }
            if let (value, source) = carbon[carrier] {
                specs.append(InputSpec("fuel.\(id).carbon-content", unit: "tC/GJ",
                                       name: LocalizedName("Carbon content per GJ: \(label.english)", "单位热值含碳量：\(label.chinese)"),
                                       default: value, source: source))
                specs.append(InputSpec("fuel.\(id).oxidation", unit: "share",
                                       name: LocalizedName("Oxidation factor: \(label.english)", "碳氧化率：\(label.chinese)"),
                                       kind: .share, default: 1,
                                       source: "IPCC 2006 Vol 2 Ch 3 §3.2.1.2: emission factors assume full oxidation"))
            }
            if let (value, source) = density[carrier] {
                specs.append(InputSpec("fuel.\(id).density", unit: "t/m3",
                                       name: LocalizedName("Density: \(label.english)", "密度：\(label.chinese)"),
                                       default: value, source: source))
            }
            if carrier.hasSulphur {
                let fuelOil = carrier == .fuelOil
                specs.append(InputSpec("fuel.\(id).sulphur", unit: "mg/kg",
                                       name: LocalizedName("Sulphur content: \(label.english)", "硫含量：\(label.chinese)"),
                                       default: fuelOil ? 5000 : 10,
                                       source: fuelOil
                                           ? "assumption — 0.5 % sulphur cap for marine fuel oil (IMO 2020, recalled)"
                                           : "China VI fuel standards GB 17930-2016 / GB 19147-2016: sulphur ≤ 10 mg/kg (recalled)"))
            }
        }
        return specs
    }

    /// Fuel-based CH4 and N2O factors (kg/TJ) by segment and carrier; IPCC 2006 Tier 1 defaults.
    static func combustionSpecs() -> [InputSpec] {
        var specs: [InputSpec] = []
        for segment in TransportSegment.allCases {
            for carrier in TransportCarrier.allCases where carrier.isCombustion {
                let (ch4, n2o, source) = defaultCombustion(segment, carrier)
                let base = "combustion.\(segment.rawValue).\(carrier.rawValue)"
                let label = "\(segment.name.english), \(carrier.name.english)"
                let labelZH = "\(segment.name.chinese)，\(carrier.name.chinese)"
                specs.append(InputSpec("\(base).ch4", unit: "kgCH4/TJ",
                                       name: LocalizedName("CH4 factor: \(label)", "甲烷排放因子：\(labelZH)"),
                                       default: ch4, source: source))
                specs.append(InputSpec("\(base).n2o", unit: "kgN2O/TJ",
                                       name: LocalizedName("N2O factor: \(label)", "氧化亚氮排放因子：\(labelZH)"),
                                       default: n2o, source: source))
                if segment == .road {
                    let statistics = "fuel-statistics.*.\(carrier.rawValue)"
                    specs.append(InputSpec("\(statistics).ch4", unit: "kgCH4/TJ",
                                           name: LocalizedName("CH4 factor for fuel statistics: \(label)", "按燃料统计的甲烷排放因子：\(labelZH)")))
                    specs.append(InputSpec("\(statistics).n2o", unit: "kgN2O/TJ",
                                           name: LocalizedName("N2O factor for fuel statistics: \(label)", "按燃料统计的氧化亚氮排放因子：\(labelZH)")))
                }
            }
        }
        return specs
    }


    /// Exhaust NOx and PM2.5 factors (g/GJ) by vehicle class and carrier.
    static func airSpecs() -> [InputSpec] {
        var specs: [InputSpec] = []
        for entry in airDefaults {
            let base = "air.\(entry.vehicleClass.rawValue).\(entry.carrier.rawValue)"
            let label = "\(entry.vehicleClass.name.english), \(entry.carrier.name.english)"
            let labelZH = "\(entry.vehicleClass.name.chinese)，\(entry.carrier.name.chinese)"
            specs.append(InputSpec("\(base).nox", unit: "gNOx/GJ",
                                   name: LocalizedName("NOx factor: \(label)", "氮氧化物排放因子：\(labelZH)"),
                                   default: entry.nox, source: entry.source))
            specs.append(InputSpec("\(base).pm25", unit: "gPM2.5/GJ",
                                   name: LocalizedName("PM2.5 factor: \(label)", "PM2.5排放因子：\(labelZH)"),
                                   default: entry.pm25, source: entry.source))
        }
        return specs
    }


}
