import ReductionCore

/// Hard and plausible ranges of every waste input (see ``InputLimits``): outside the hard
/// range a plan is rejected, outside the plausible range the summary and the report warn.
/// The first matching rule wins; shares without a rule are 0–1. The figures quoted in these
/// sources size the ranges (not defaults) and are, unless a table is named, recalled from
/// the documents named rather than re-read.
extension WasteSortingModel {
    static let limitRules: [InputLimitRule] = [
        InputLimitRule(WasteKey.population, hard: 0...5e7, plausible: 1e4...3.5e7,
                       source: "NBS 7th census 2020: Chongqing, the most populous city, 3.2 × 10⁷ residents; no city has 5 × 10⁷"),
        InputLimitRule(WasteKey.perCapita, hard: 0...10, plausible: 0.3...2.5,
                       source: "IPCC 2006 Vol 5 Table 2.1: MSW generation 0.3–2.1 kg/cap/day by region (China 0.74 in 2000); Kaza et al. 2018 (What a Waste 2.0): 0.11–4.54 kg/cap/day world range"),
        InputLimitRule("waste.*.doc", hard: 0...1, plausible: 0...0.5,
                       source: "IPCC 2006 Vol 5 Table 2.4: DOC of wet waste 0.15 (food) to 0.43 (wood), upper bounds ≤ 0.54"),
        InputLimitRule("waste.*.decay-rate", hard: 0...2, plausible: 0...0.7,
                       source: "IPCC 2006 Vol 5 Table 3.3: k 0.02 (wood, dry temperate) to 0.4 (food, moist tropical), ranges up to 0.7"),
        InputLimitRule("waste.*.dry-matter", hard: 0...1, plausible: 0.2...1,
                       source: "IPCC 2006 Vol 5 Table 2.4: dry matter 40 % (food) to 100 % (plastics, glass, metal)"),
        InputLimitRule("recycling.*.credit", hard: -5...50, plausible: 0...15,
                       source: "US EPA WARM v15: recycling credits about 0.1–9 tCO2e/t (aluminium highest)"),
        InputLimitRule(WasteKey.historyLastYear, hard: 0...2200, plausible: 0...2200,
                       source: "a year (0: none)"),
        InputLimitRule("history.landfilled.*", hard: 0...1e9, plausible: 0...2e7,
                       source: "MOHURD urban-rural construction yearbook 2019: China landfilled about 1.5 × 10⁸ t of MSW; a city above 2 × 10⁷ t a year is implausible"),
        InputLimitRule(WasteKey.methaneFraction, hard: 0...1, plausible: 0.4...0.6,
                       source: "IPCC 2006 Vol 5 §3.2.3: F = 0.5 (range 0.4–0.6)"),
        InputLimitRule("waste.*.docf", hard: 0...1, plausible: 0.1...0.8,
                       source: "IPCC 2019 Refinement Vol 5 Ch 3 Table 3.0: 0.1 (slowly degrading: wood) to 0.7 (rapidly degrading: food, garden)"),
        InputLimitRule(WasteKey.docf, hard: 0...1, plausible: 0.1...0.8,
                       source: "IPCC 2006 Vol 5 §3.2.3: DOCf 0.5; 2019 Refinement Vol 5 Table 3.0: 0.1 (slowly) to 0.7 (highly decomposable)"),
        InputLimitRule(WasteKey.lfgElectricity, hard: 0...20, plausible: 2...6,
                       source: "assumption — 1 t CH4 = 50 GJ (LHV 50 MJ/kg); gas engines at 30–40 % give 4.2–5.6 MWh/t; 14 MWh/t is 100 %"),
        InputLimitRule("*.ch4-factor", hard: 0...1e6, plausible: 0...20000,
                       source: "IPCC 2006 Vol 5 Tables 4.1 and 5.3: composting 4,000 (0.03–8 kg), digestion 800 (0–8 kg), open burning 6,500 g CH4/t"),
        InputLimitRule("*.n2o-factor", hard: 0...1e5, plausible: 0...1000,
                       source: "IPCC 2006 Vol 5 Tables 4.1 and 5.4: composting 240 (0.06–0.6 kg), open burning 150, incineration up to about 60 g N2O/t"),
        InputLimitRule("*.electricity", hard: 0...5, plausible: 0...1,
                       source: "assumption — MSW incineration 0.3–0.6 MWh/t net (CAUES statistics), digestion 0.1–0.3 MWh/t; the energy in a tonne of MSW (about 8–10 GJ) caps it near 2.8"),
        InputLimitRule("*.so2-factor", hard: 0...1e6, plausible: 0...20000,
                       source: "EMEP/EEA Guidebook 2019, 5.C.1.a and 5.C.2: controlled incineration about 100 g, open burning about 500 g SO2/t"),
        InputLimitRule("*.nox-factor", hard: 0...1e6, plausible: 0...20000,
                       source: "EMEP/EEA Guidebook 2019, 5.C.1.a and 5.C.2: incineration about 1,000 g, open burning about 3,000 g NOx/t"),
        InputLimitRule("*.pm25-factor", hard: 0...1e6, plausible: 0...20000,
                       source: "EMEP/EEA Guidebook 2019, 5.C.1.a and 5.C.2: incineration a few g, open burning about 7,000 g PM2.5/t"),
        InputLimitRule(WasteKey.gridFactor, hard: 0...2, plausible: 0...1.2,
                       source: "MEE regional grid OM factors 2019 0.79–1.08 tCO2/MWh; lignite plants about 1.2; above 2 t/MWh is no fuel (a g/kWh value typed as t/MWh)"),
    ]
}
