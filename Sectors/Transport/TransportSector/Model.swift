public import ReductionCore

/// The urban and regional transport model: ASIF activity model plus fuel statistics.
///
/// For every passenger mode *m* (and likewise freight with tonne-km) and technology *t*:
/// ```
/// activity_m  = A × S_m                              (pkm or tkm)
/// vkm_m,t     = activity_m / load_m × F_m,t          (vehicle-km)
/// fuel_m,t    = vkm_m,t × I_m,t / 100                (L, m³, kg or kWh)
/// energy_m,t  = fuel_m,t → GJ                        (L × density × NCV, m³ × NCV, kWh × 0.0036)
/// CO2         = GJ × CC × OF × 44/12                 (t; CC in tC/GJ, OF the oxidation share)
/// CH4, N2O    = GJ × EF(kg/TJ) × 10⁻⁶ + vkm × EF(mg/km) × 10⁻⁹   (t)
/// electricity = kWh / 1000 × grid factor             (tCO2, indirect)
/// hydrogen    = kg / 1000 × hydrogen factor          (tCO2, indirect)
/// ```
/// Fuel statistics (`fuel-use.<segment>.<carrier>`, t / 10⁴Nm³ / MWh) go through the same
/// factors: `GJ = quantity × NCV`. With IPCC 2006 (set `ipcc-2006`) 1,000 t diesel gives
/// 1000 × 43.0 GJ/t × 74.1 kg/GJ = 3,186.3 t CO2; with China's provincial defaults
/// (set `china-provincial`) 1000 × 42.652 × 0.0202 × 0.98 × 44/12 = 3,095.91 t CO2.
///
/// Direct emissions are reported under IPCC 2006 / CRT 1.A.3.b (road), 1.A.3.c (rail) and
/// 1.A.3.d (navigation); electricity and hydrogen are separate indirect sources without an
/// IPCC category. Combustion CH4 of oil products counts as non-fossil methane (CONTRIBUTING.md, "Formulas"); the
/// tailpipe CH4 of CNG and LNG vehicles is unburnt natural gas (methane slip) and counts as fossil
/// methane (AR6 GWP 29.8). `boundary.fuel: well-to-wheel` adds each fuel's supply chain (see
/// `Model+Upstream.swift`); the default is tank-to-wheel. Exhaust NOx and
/// PM2.5 are `GJ × g/GJ`; SO2 is `2 × sulphur × fuel mass` (SO2/S = 64/32).
///
/// Shares: a modal split in use (any share or its activity above 0) must add up to 100 % in
/// every year. A technology mix may add up to less: the mode's
/// ``TransportMode/referenceTechnology`` (metro: electric; buses, trucks, trains and vessels:
/// diesel; taxis, cars and two-wheelers: gasoline) takes the remaining `1 − Σ shares`, so a
/// measure that moves vehicle-km into a technology the plan did not list stays consistent.
/// Every technology with a share needs an intensity; common mode–technology pairs have
/// sourced defaults (see `transport-plan catalogue`).
///
/// The sector activity metric (the denominator of intensity targets) is converted turnover
/// (换算周转量): tonne-km + rail and metro passenger-km + road passenger-km ÷ 10, walking and
/// cycling excluded (``TransportMode/convertedTurnoverWeight``).
public struct TransportModel: SectorModel {
    /// The sector's id (`transport`), names, activity metric and default target boundary (direct + indirect).
    public let info = SectorInfo(
        id: "transport",
        name: LocalizedName("Transport", "交通运输"),
        activityName: LocalizedName("Converted turnover (tonne-km + rail pkm + road pkm ÷ 10; walking and cycling excluded)",
                                    "换算周转量（吨公里＋铁路人公里＋公路人公里÷10，不含步行和自行车）"),
        activityUnit: "converted tkm",
        // Transport plans count the electricity and hydrogen their vehicles use.
        defaultTargetBoundary: .total)

    public let inputSpecs: [InputSpec]

    /// Creates the model with its input specs (keys, units, defaults with sources, ranges).
    public init() {
        inputSpecs = TransportModel.makeInputSpecs()
    }

    /// Modal splits and technology mixes add up to at most 100 %. A modal split in use must
    /// add up to exactly 100 % (checked by ``compile(_:)``); a technology mix may leave a
    /// remainder, which the mode's ``TransportMode/referenceTechnology`` takes.
    public var shareGroups: [ShareGroup] {
        [ShareGroup("passenger.mode.*.share"),
         ShareGroup("freight.mode.*.share"),
         ShareGroup("mode.{}.tech.*.share")]
    }

    /// The embedded catalogue (`measures.yaml`), factor sets (`factors.yaml`) and example plan.
    public var data: SectorData {
        SectorData(measures: PackageResources.measures_yaml,
                   factors: PackageResources.factors_yaml,
                   example: PackageResources.example_yaml)
    }

    /// Resolves the plan's keys once; throws a `PlanError` naming the key when a mode or
    /// technology is unknown, a technology has no intensity, or a mode has no share.
    public func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        let plan = try TransportPlanLayout(inputs)
        // Every year depends only on that year's inputs (no fleet carried over), so the
        // uncertainty engine may compute just the years it needs.
        return CompiledModel(layout: plan.layout, yearByYear: { table, output, offsets in
            plan.run(table, &output, offsets: offsets)
        })
    }
}
