import ReductionCore

/// Hard and plausible ranges of every textile input (see ``InputLimits``): outside the hard
/// range a plan is rejected, outside the plausible range the summary and the report warn.
/// The first matching rule wins; shares without a rule are 0–1. The figures quoted in these
/// sources size the ranges (not defaults) and are, unless a table is named, recalled from
/// the documents named rather than re-read.
extension TextileModel {
    static let limitRules: [InputLimitRule] = {
        let national = "NBS 2022: China produced about 2.9 × 10⁷ t of yarn, 4.7 × 10¹⁰ m of fabric (4.7 × 10⁸ units of 100 m) and 2.2 × 10¹⁰ garments (2.2 × 10⁶ units of 10k pieces)"
        return [
            InputLimitRule("stage.*.output", hard: 0...1e9, plausible: 0...5e7,
                           source: "\(national); a park's output above the national total in any stage unit is impossible"),
            InputLimitRule("stage.*.electricity", hard: 0...1e6, plausible: 1...20000,
                           source: "stage defaults 25 kWh/100 m (dyeing) to 3,000 kWh/t (spinning); Koç & Kaplan 2007: ring spinning up to about 4,500 kWh/t"),
            InputLimitRule("stage.*.heat", hard: 0...10000, plausible: 0...100,
                           source: "印染行业规范条件(2017年版): ≤ 30 kgce/100 m (0.88 GJ); knit dyeing up to about 40 GJ/t; stage defaults 0.5–5 GJ per unit"),
            InputLimitRule("stage.*.direct-fuel", hard: 0...10000, plausible: 0...100,
                           source: "as stage heat: 印染行业规范条件(2017年版) ≤ 0.88 GJ/100 m comprehensive energy"),
            InputLimitRule("stage.*.wastewater", hard: 0...100000, plausible: 0...1000,
                           source: "印染行业规范条件(2017年版): fresh water ≤ 1.6 t/100 m; knit dyeing about 100 m³/t"),
            InputLimitRule("stage.*.mass", hard: 0...100, plausible: 0...10,
                           source: "stage defaults: 1 t/t, 0.024 t/100 m, 3 t/10k pieces"),
            InputLimitRule("heat-pump.cop", hard: 0...20, plausible: 1.5...6,
                           source: "assumption — industrial heat pumps COP 2.2–4 for 60–95 °C (the spec's default note); above about 6 for a 60 K lift exceeds practical Carnot shares"),
            InputLimitRule("fuel.natural-gas.ncv", hard: 0...1000, plausible: 320...420,
                           source: "GB/T 2589-2020: natural gas 32.2–38.9 MJ/m³; China default 389.31 GJ/10⁴ Nm³"),
            InputLimitRule("fuel.*.ncv", hard: 0...60, plausible: 10...45,
                           source: "GB/T 2589-2020 / IPCC 2006 Vol 2 Table 1.2: raw coal 20.9, fuel oil 40.4–41.8 GJ/t; lignite down to about 11"),
            InputLimitRule("fuel.*.carbon", hard: 0...0.04, plausible: 0.0145...0.0300,
                           source: "IPCC 2006 Vol 2 Table 1.3: natural gas 15.3, fuel oil 21.1, coals 25.8–27.6 kgC/GJ (95 % bounds to 29.1)"),
            InputLimitRule("fuel.*.oxidation", hard: 0...1, plausible: 0.9...1,
                           source: "IPCC 2006 Vol 2 §1.4.2.1: 1 by default; China's enterprise guidelines 98–100 %"),
            InputLimitRule("fuel.*.ch4", hard: 0...10000, plausible: 0...300,
                           source: "IPCC 2006 Vol 2 Table 2.3: manufacturing industries 1–10 g CH4/GJ (wood up to 30; upper bounds ≤ 100)"),
            InputLimitRule("fuel.*.n2o", hard: 0...10000, plausible: 0...50,
                           source: "IPCC 2006 Vol 2 Table 2.3: manufacturing industries 0.1–1.5 g N2O/GJ (upper bounds ≤ 20)"),
            InputLimitRule("fuel.*.so2", hard: 0...100000, plausible: 0...2000,
                           source: "EMEP/EEA Guidebook 2019 1.A.2 Tables 3-2…3-4: SOx up to 1,000 g/GJ (solid fuels)"),
            InputLimitRule("fuel.*.nox", hard: 0...100000, plausible: 0...1500,
                           source: "EMEP/EEA Guidebook 2019 1.A.2 Tables 3-2…3-4: NOx up to 718 g/GJ"),
            InputLimitRule("fuel.*.pm25", hard: 0...100000, plausible: 0...500,
                           source: "EMEP/EEA Guidebook 2019 1.A.2 Tables 3-2…3-4: PM2.5 up to 220 g/GJ (solid fuels)"),
            InputLimitRule("fuel.*.other-use", hard: 0...1e9, plausible: 0...1e7,
                           source: "assumption — a textile park burning above 10⁷ t (or 10⁴ Nm³) a year would be one of China's largest energy users"),
            InputLimitRule("electricity.residual-mix-factor", hard: 0...2, plausible: 0...1.2,
                           source: "MEE & NBS 2023 residual mix 0.6096 tCO2/MWh (national grid average without certified green power); the same physical bounds as the grid factor"),
            InputLimitRule("heat.factor", hard: 0...1, plausible: 0...0.2,
                           source: "assumption — purchased steam or hot water from coal boilers emits about 0.10–0.12 tCO2/GJ (China's enterprise guidelines use 0.11); 1 t/GJ exceeds any fuel"),
            InputLimitRule("electricity.grid-factor", hard: 0...2, plausible: 0...1.2,
                           source: "MEE regional grid OM factors 2019 0.79–1.08 tCO2/MWh; lignite plants about 1.2; above 2 t/MWh is no fuel (a g/kWh value typed as t/MWh)"),
            InputLimitRule("factor.heat", hard: 0...1, plausible: 0...0.2,
                           source: "China's enterprise guidelines' purchased-heat default 0.11 tCO2/GJ; a coal boiler at 60 % efficiency about 0.16"),
            InputLimitRule("electricity.onsite-pv", hard: 0...1e8, plausible: 0...1e6,
                           source: "assumption — 1,000 MWh per MW of roof PV a year; a park with 1 GW of PV is implausible"),
            InputLimitRule("wastewater.other-volume", hard: 0...1e10, plausible: 0...1e8,
                           source: "assumption — a park treating above 10⁸ m³ a year (274,000 m³/d) exceeds the largest dyeing parks"),
            InputLimitRule("wastewater.cod-in", hard: 0...100, plausible: 0.1...10,
                           source: "assumption — dyeing effluent 0.8–3 kg COD/m³ (spec default note); above 100 kg/m³ is no wastewater"),
            InputLimitRule("wastewater.cod-out", hard: 0...100, plausible: 0...0.5,
                           source: "GB 4287-2012: indirect-discharge COD limit 200 mg/L (direct 80 mg/L)"),
            InputLimitRule("wastewater.b0", hard: 0...0.6, plausible: 0.2...0.3,
                           source: "IPCC 2006 Vol 5 Ch 6 §6.2.3: B0 0.25 kg CH4/kg COD; stoichiometric maximum 0.25 (0.6 for BOD)"),
            InputLimitRule("wastewater.electricity", hard: 0...50, plausible: 0...5,
                           source: "assumption — municipal and industrial treatment 0.3–1.5 kWh/m³"),
        ]
    }()
}
