import ReductionCore

/// The input keys of the waste model. Every key is a dotted path a planner can name.
public enum WasteKey {
    /// Resident population (person).
    public static let population = "population"
    /// MSW generated per resident per day (kg/person/day).
    public static let perCapita = "generation.per-capita"
    /// Share of a type in generated MSW (wet weight); all types add up to 100 %.
    public static func composition(_ type: WasteType) -> String { "composition.\(type.rawValue).share" }
    /// Share of a type no longer generated (waste prevention).
    public static func prevention(_ type: WasteType) -> String { "prevention.\(type.rawValue).share" }
    /// Share of a type separately collected to `route`.
    public static func sorted(_ type: WasteType, _ route: SeparateRoute) -> String { "sorted.\(type.rawValue).\(route.rawValue)" }
    /// Share of residual (mixed) waste sent to `route`; all routes add up to 100 %.
    public static func route(_ route: ResidualRoute) -> String { "route.\(route.rawValue).share" }
    /// Degradable organic carbon, fraction of wet weight.
    public static func doc(_ type: WasteType) -> String { "waste.\(type.rawValue).doc" }
    /// Fraction of a type's DOC that decomposes (type-specific DOCf, 2019 Refinement); when a
    /// plan or factor set does not give it, ``docf`` applies to the type.
    public static func docf(_ type: WasteType) -> String { "waste.\(type.rawValue).docf" }
    /// First-order decay rate k (1/yr).
    public static func decayRate(_ type: WasteType) -> String { "waste.\(type.rawValue).decay-rate" }
    /// Dry matter, fraction of wet weight.
    public static func dryMatter(_ type: WasteType) -> String { "waste.\(type.rawValue).dry-matter" }
    /// Total carbon, fraction of dry weight.
    public static func carbon(_ type: WasteType) -> String { "waste.\(type.rawValue).carbon" }
    /// Fossil carbon, fraction of total carbon.
    public static func fossilCarbon(_ type: WasteType) -> String { "waste.\(type.rawValue).fossil-carbon" }
    /// Methane correction factor of a site type.
    public static func mcf(_ site: LandfillSite) -> String { "landfill.mcf.\(site.rawValue)" }
    /// MSW deposited at a site type in historical years (t/yr).
    public static func history(_ site: LandfillSite) -> String { "history.landfilled.\(site.rawValue)" }
    /// Avoided emissions per tonne recycled (tCO2e/t), memo only.
    public static func recyclingCredit(_ type: WasteType) -> String { "recycling.\(type.rawValue).credit" }
    /// Last historical year (0: none); up to it only `history.landfilled.*` is modelled.
    public static let historyLastYear = "history.last-year"
    /// Fraction of DOC that decomposes (DOCf).
    public static let docf = "landfill.docf"
    /// CH4 volume fraction of landfill gas (F).
    public static let methaneFraction = "landfill.methane-fraction"
    /// Share of CH4 generated at managed sites that is collected (R / generated).
    public static let gasCollection = "landfill.gas-collection"
    /// Share of collected gas burned for power; the rest is flared.
    public static let gasUtilisation = "landfill.gas-utilisation"
    /// Oxidation factor OX of managed landfill covers.
    public static let oxidation = "landfill.oxidation"
    /// Electricity per tonne of landfill CH4 used (MWh/tCH4).
    public static let lfgElectricity = "landfill.electricity-yield"
    /// Grid factor used for the avoided-emission memo (tCO2/MWh).
    public static let gridFactor = Coupling.gridFactor
    /// `<process>.<factor>` keys for incineration, open burning, composting and digestion.
    public static func process(_ process: String, _ factor: String) -> String { "\(process).\(factor)" }
}

extension WasteSortingModel {
    /// Every input the model reads, with unit, bilingual label, kind, default and source.
    static let specs: [InputSpec] = {
        var specs: [InputSpec] = [
            InputSpec(WasteKey.population, unit: "person", name: LocalizedName("Resident population", "常住人口")),
            InputSpec(WasteKey.perCapita, unit: "kg/person/day",
                      name: LocalizedName("MSW generated per resident per day", "人均生活垃圾产生量")),
        ]
        for type in WasteType.allCases {
            let d = WasteTypeDefaults.ipcc2006(type)
            specs.append(InputSpec(WasteKey.composition(type), unit: "share",
                                   name: LocalizedName("Composition: \(type.name.english)", "组分：\(type.name.chinese)"),
                                   kind: .share))
            specs.append(InputSpec(WasteKey.prevention(type), unit: "share",
                                   name: LocalizedName("Prevented share of \(type.name.english)", "\(type.name.chinese)源头减量比例"),
                                   kind: .share, default: 0, source: "no prevention unless a measure or the plan sets it"))
            for route in type.separateRoutes {
                specs.append(InputSpec(WasteKey.sorted(type, route), unit: "share",
                                       name: LocalizedName("\(type.name.english) separately collected to \(route.name.english.lowercased())",
                                                           "\(type.name.chinese)分类收集至\(route.name.chinese)"),
                                       kind: .share, default: 0, source: "no separate collection unless the plan sets it"))
            }
            if type.separateRoutes.contains(.recycling) {
                specs.append(InputSpec(WasteKey.recyclingCredit(type), unit: "tCO2e/t",
                                       name: LocalizedName("Avoided emissions per tonne of \(type.name.english) recycled (memo)",
                                                           "每吨\(type.name.chinese)回收的避免排放（备忘）"),
                                       default: recyclingCredit[type]?.value ?? 0, source: recyclingCredit[type]?.source))
            }
            if type.isDegradable {
                specs.append(InputSpec(WasteKey.doc(type), unit: "share",
                                       name: LocalizedName("DOC of \(type.name.english)", "\(type.name.chinese)可降解有机碳DOC"),
                                       kind: .share, default: d.doc,
                                       source: type == .rubberLeather
                                           ? "IPCC 2006 Vol 5 Ch 2 Table 2.4: 39 % printed in brackets, natural rubber unlikely to degrade anaerobically — treated as non-degrading in landfill (DOC 0)"
                                           : WasteTypeDefaults.docSource))
                specs.append(InputSpec(WasteKey.decayRate(type), unit: "1/yr",
                                       name: LocalizedName("Decay rate k of \(type.name.english)", "\(type.name.chinese)降解速率常数k"),
                                       default: d.decayRate,
                                       source: type == .rubberLeather
                                           ? "assumption — Table 3.3 has no rubber/leather row; wood/straw value used"
                                           : WasteTypeDefaults.decaySource))
            }
            specs.append(InputSpec(WasteKey.dryMatter(type), unit: "share",
                                   name: LocalizedName("Dry matter of \(type.name.english)", "\(type.name.chinese)干物质含量"),
                                   kind: .share, default: d.dryMatter, source: WasteTypeDefaults.docSource))
            specs.append(InputSpec(WasteKey.carbon(type), unit: "share",
                                   name: LocalizedName("Total carbon of dry \(type.name.english)", "\(type.name.chinese)干基总碳含量"),
                                   kind: .share, default: d.carbon, source: WasteTypeDefaults.carbonSource))
            specs.append(InputSpec(WasteKey.fossilCarbon(type), unit: "share",
                                   name: LocalizedName("Fossil share of carbon in \(type.name.english)", "\(type.name.chinese)化石碳比例"),
                                   kind: .share, default: d.fossilCarbon, source: WasteTypeDefaults.carbonSource))
        }
        for route in ResidualRoute.allCases {
            specs.append(InputSpec(WasteKey.route(route), unit: "share",
                                   name: LocalizedName("Residual waste to \(route.name.english.lowercased())", "混合垃圾去向：\(route.name.chinese)"),
                                   kind: .share))
        }
        for site in LandfillSite.allCases {
            specs.append(InputSpec(WasteKey.mcf(site), unit: "share",
                                   name: LocalizedName("Methane correction factor, \(site.name.english.lowercased())", "甲烷修正因子MCF：\(site.name.chinese)"),
                                   kind: .share, default: site.defaultMCF, source: "IPCC 2006 Vol 5 Ch 3 Table 3.1 (p 3.14)"))
            specs.append(InputSpec(WasteKey.history(site), unit: "t",
                                   name: LocalizedName("MSW deposited before the modelled years, \(site.name.english.lowercased())",
                                                       "历史填埋量：\(site.name.chinese)"),
                                   default: 0, source: "no historical deposits unless the plan gives them"))
        }
        specs += processSpecs
        return InputLimitRule.apply(limitRules, to: specs)
    }()

    /// Avoided emissions per tonne recycled (memo only), US EPA WARM v15 as a proxy.
    static let recyclingCredit: [WasteType: Estimate] = [
        .paper: Estimate(1.76, low: 0.5, high: 3.16, source: "US EPA WARM v15 paper 1.76, cardboard 3.16 kgCO2e/kg (proxy, not China-specific)"),
        .plastics: Estimate(1.4, low: 0.5, high: 1.6, source: "US EPA WARM v15 PET 1.37, HDPE 1.58 kgCO2e/kg (proxy)"),
        .metal: Estimate(3.1, low: 1.8, high: 8.1, source: "US EPA WARM v15 steel 1.83, aluminium 8.11 kgCO2e/kg; 80/20 steel/aluminium mix (assumption)"),
        .glass: Estimate(0.26, low: 0.1, high: 0.31, source: "US EPA WARM v15 glass 0.26 kgCO2e/kg (proxy)"),
        .textiles: Estimate(2.0, low: 0.5, high: 4.0, source: "assumption — no verified factor; wide range"),
        .wood: Estimate(0.5, low: 0, high: 1.0, source: "assumption — no verified factor; wide range"),
        .rubberLeather: Estimate(0.5, low: 0, high: 1.5, source: "assumption — no verified factor; wide range"),
    ]
}
