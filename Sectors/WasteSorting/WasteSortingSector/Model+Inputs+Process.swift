import ReductionCore

extension WasteSortingModel {
    /// Parameters of the treatment processes (landfill, incineration, open burning,
    /// composting, digestion) and of the memo items, with defaults and sources.
    static let processSpecs: [InputSpec] = {
        func spec(_ key: String, _ unit: String, _ en: String, _ zh: String,
                  _ kind: InputSpec.Kind = .nonNegative, _ value: Double, _ source: String) -> InputSpec {
            InputSpec(key, unit: unit, name: LocalizedName(en, zh), kind: kind, default: value, source: source)
        }
        let ch3 = "IPCC 2006 Vol 5 Ch 3 §3.2.3"
        let t41 = "IPCC 2006 Vol 5 Ch 4 Table 4.1 (wet weight)"
        return [
            spec(WasteKey.historyLastYear, "1", "Last year of historical landfill deposits (0: none)",
                 "历史填埋数据截止年份（0表示无）", .nonNegative, 0,
                 "no history unless the plan gives it; years up to this one use history.landfilled.*"),
            spec(WasteKey.docf, "share", "Fraction of DOC that decomposes (DOCf)", "可分解的DOC比例DOCf", .share, 0.5, ch3),
            // Optional per type (no default): the 2019 Refinement's type-specific DOCf; absent → landfill.docf.
            InputSpec("waste.*.docf", unit: "share",
                      name: LocalizedName("Fraction of the type's DOC that decomposes (type-specific DOCf; else landfill.docf)",
                                          "该类垃圾可分解的DOC比例（分类DOCf；未给出时用landfill.docf）"),
                      kind: .share,
                      source: "IPCC 2019 Refinement Vol 5 Ch 3 Table 3.0: DOCf by waste type (factor sets ipcc2019-*)"),
            spec(WasteKey.methaneFraction, "share", "CH4 fraction of landfill gas (F)", "填埋气中甲烷体积比F", .share, 0.5, ch3),
            spec(WasteKey.gasCollection, "share", "Landfill gas collected at managed sites (share of CH4 generated)",
                 "管理型填埋场填埋气收集率", .share, 0,
                 "assumption — none; China measured 8.3–27.9 % (wells), 65.3 % (geomembrane cover)"),
            spec(WasteKey.gasUtilisation, "share", "Collected landfill gas used for power (rest flared)",
                 "收集填埋气用于发电的比例（其余火炬燃烧）", .share, 0, "assumption — all flared unless set"),
            spec(WasteKey.oxidation, "share", "Oxidation factor OX of managed landfill covers", "管理型填埋场覆盖层氧化因子OX",
                 .share, 0, "IPCC 2006 Vol 5 Ch 3 Table 3.2 (p 3.15): 0 default, 0.1 for covers of CH4-oxidising material"),
            spec(WasteKey.lfgElectricity, "MWh/tCH4", "Electricity per tonne of landfill CH4 used", "每吨填埋气甲烷发电量",
                 .nonNegative, 4.3,
                 "Beijing Asuwei: 13 Mm³ LFG (50 % CH4, 0.717 kg/m³) → 20 GWh/yr (gov.cn 2007-05-10)"),
            spec("incineration.oxidation", "share", "Oxidation factor of incineration", "焚烧氧化率", .share, 1.0,
                 "IPCC 2006 Vol 5 Ch 5 Table 5.2 (MSW incineration OF 100 %)"),
            spec("incineration.ch4-factor", "gCH4/t", "CH4 per tonne incinerated (wet)", "焚烧CH4排放因子", .nonNegative, 0.2,
                 "IPCC 2006 Vol 5 Ch 5 Table 5.3: continuous stoker 0.2 kg/Gg wet"),
            spec("incineration.n2o-factor", "gN2O/t", "N2O per tonne incinerated (wet)", "焚烧N2O排放因子", .nonNegative, 50,
                 "IPCC 2006 Vol 5 Ch 5 Table 5.6: MSW continuous and semi-continuous 50 g/t wet"),
            spec("incineration.electricity", "MWh/t", "Electricity exported per tonne incinerated with energy recovery",
                 "每吨垃圾焚烧上网电量", .nonNegative, 0.28,
                 "NDRC 发改价格〔2012〕801号: 280 kWh per tonne settled at 0.65 CNY/kWh"),
            spec("incineration.so2-factor", "gSO2/t", "SO2 per tonne incinerated", "焚烧SO2排放因子", .nonNegative, 46.62,
                 "Chen et al. 2022, J Environ Manage 114732 (Shanghai CEMS 2017–2019)"),
            spec("incineration.nox-factor", "gNOx/t", "NOx per tonne incinerated", "焚烧NOx排放因子", .nonNegative, 812.68,
                 "Chen et al. 2022, J Environ Manage 114732 (Shanghai CEMS 2017–2019)"),
            spec("incineration.pm25-factor", "gPM2.5/t", "PM2.5 per tonne incinerated", "焚烧PM2.5排放因子", .nonNegative, 9.8,
                 "Chen et al. 2022, J Environ Manage 114732: total PM 9.80 g/t; PM2.5 taken as all of it (assumption)"),
            spec("open-burning.oxidation", "share", "Oxidation factor of open burning", "露天焚烧氧化率", .share, 0.58,
                 "IPCC 2006 Vol 5 Ch 5 Table 5.2 (open burning OF 58 %)"),
            spec("open-burning.ch4-factor", "gCH4/t", "CH4 per tonne burned in the open (wet)", "露天焚烧CH4排放因子",
                 .nonNegative, 6500, "IPCC 2006 Vol 5 Ch 5 §5.4.2: 6,500 g/t MSW wet"),
            spec("open-burning.n2o-factor", "gN2O/t", "N2O per tonne of dry matter burned in the open", "露天焚烧N2O排放因子（干基）",
                 .nonNegative, 150, "IPCC 2006 Vol 5 Ch 5 Table 5.6: 150 g/t dry matter"),
            spec("open-burning.so2-factor", "gSO2/t", "SO2 per tonne burned in the open", "露天焚烧SO2排放因子", .nonNegative, 500,
                 "Wiedinmyer et al. 2014, ES&T 48:9523, 0.5 g/kg"),
            spec("open-burning.nox-factor", "gNOx/t", "NOx per tonne burned in the open", "露天焚烧NOx排放因子", .nonNegative, 3740,
                 "Wiedinmyer et al. 2014, ES&T 48:9523, 3.74 g/kg"),
            spec("open-burning.pm25-factor", "gPM2.5/t", "PM2.5 per tonne burned in the open", "露天焚烧PM2.5排放因子",
                 .nonNegative, 7440, "Wang et al. 2018, 环境科学 39(8):3518: 2.72 (paper) – 7.44 (wood/bamboo) g/kg"),
            spec("composting.ch4-factor", "gCH4/t", "CH4 per tonne composted (wet)", "堆肥CH4排放因子", .nonNegative, 4000, t41),
            spec("composting.n2o-factor", "gN2O/t", "N2O per tonne composted (wet)", "堆肥N2O排放因子", .nonNegative, 300, t41),
            spec("digestion.ch4-factor", "gCH4/t", "CH4 per tonne digested (wet)", "厌氧消化CH4排放因子", .nonNegative, 1000, t41),
            spec("digestion.n2o-factor", "gN2O/t", "N2O per tonne digested (wet)", "厌氧消化N2O排放因子", .nonNegative, 0,
                 "IPCC 2006 Vol 5 Ch 4 Table 4.1: assumed negligible"),
            spec("digestion.electricity", "MWh/t", "Electricity from biogas per tonne digested", "每吨厌氧消化沼气发电量",
                 .nonNegative, 0.2,
                 "Yi et al. 2012 (J Cent South Univ 43(4):1584): 508 mL biogas/g VS; ~20 % VS and ~2 kWh/m³ assumed"),
            GridFactorTable.gridFactorSpec,
        ]
    }()
}
