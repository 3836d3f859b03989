public import ReductionCore

extension TextileModel {
    /// Emission-source ids, in layout order.
    public enum SourceID: String, CaseIterable, Sendable {
        /// Coal burnt in boilers, thermal-oil heaters and elsewhere (1.A.2.l).
        case coal = "combustion.coal"
        /// Natural gas burnt (1.A.2.l).
        case naturalGas = "combustion.natural-gas"
        /// Fuel oil burnt (1.A.2.l).
        case fuelOil = "combustion.fuel-oil"
        /// Methane from wastewater treatment (4.D.2).
        case wastewater = "wastewater.ch4"
        /// Purchased grid electricity, market-based (indirect).
        case electricity = "indirect.electricity"
        /// Purchased steam and heat (indirect).
        case heat = "indirect.heat"
    }

    /// Energy-carrier ids (prices in a plan's `energyPrices` use these), in layout order.
    public enum CarrierID: String, CaseIterable, Sendable {
        /// Coal, GJ.
        case coal
        /// Natural gas, GJ.
        case naturalGas = "natural-gas"
        /// Fuel oil, GJ.
        case fuelOil = "fuel-oil"
        /// Grid electricity not covered by green certificates, GJ.
        case electricity
        /// Certified green electricity (priced with its premium), GJ.
        case greenElectricity = "green-electricity"
        /// Purchased steam and heat, GJ.
        case purchasedHeat = "purchased-heat"
    }

    /// Memo-item ids, in layout order.
    public enum MemoID: String, CaseIterable, Sendable {
        /// t CH4 recovered from the anaerobic reactor and destroyed.
        case ch4Recovered = "ch4-recovered"
        /// MWh of on-site solar electricity used.
        case solarPV = "solar-pv-used"
        /// tCO2 of all grid electricity at the grid-average factor (location-based).
        case locationBasedElectricity = "electricity.location-based"
        /// tce of purchased energy, electricity at its calorific equivalent.
        case comprehensiveEnergy = "comprehensive-energy"
        /// tce used by spinning (own electricity and fuel, plus its share of the steam system).
        case spinningEnergy = "energy.spinning"
        /// tce used by weaving and knitting.
        case weavingEnergy = "energy.weaving"
        /// tce used by dyeing and finishing.
        case dyeingEnergy = "energy.dyeing"
        /// tce used by garment making.
        case garmentsEnergy = "energy.garments"
    }

    /// Fuel combustion in textile mills: IPCC 2006 1.A.2.l, UNFCCC CRT 1.A.2.g.vi.
    static let textileCombustion = [CategoryCode(.ipcc2006, "1.A.2.l"), CategoryCode(.crt, "1.A.2.g.vi")]
    /// Industrial wastewater treatment and discharge: IPCC 2006 4.D.2, CRT 5.D.2.
    static let industrialWastewater = [CategoryCode(.ipcc2006, "4.D.2"), CategoryCode(.crt, "5.D.2")]
    /// Indirect emissions of purchased electricity and heat occur at power and heat plants,
    /// inventoried under 1.A.1.a in both schemes; here they are the park's scope-2 emissions.
    static let publicPowerAndHeat = [CategoryCode(.ipcc2006, "1.A.1.a"), CategoryCode(.crt, "1.A.1.a")]

    /// The output layout: sources, carriers and memo items (the same for every plan).
    public static let layout = OutputLayout(
        sources: [
            EmissionSource(id: SourceID.coal.rawValue,
                           name: LocalizedName("Fuel combustion: coal", "化石燃料燃烧：煤炭"),
                           categories: textileCombustion, activityUnit: "GJ"),
            EmissionSource(id: SourceID.naturalGas.rawValue,
                           name: LocalizedName("Fuel combustion: natural gas", "化石燃料燃烧：天然气"),
                           categories: textileCombustion, activityUnit: "GJ"),
            EmissionSource(id: SourceID.fuelOil.rawValue,
                           name: LocalizedName("Fuel combustion: fuel oil", "化石燃料燃烧：燃料油"),
                           categories: textileCombustion, activityUnit: "GJ"),
            EmissionSource(id: SourceID.wastewater.rawValue,
                           name: LocalizedName("Wastewater treatment methane", "废水处理甲烷排放"),
                           categories: industrialWastewater, activityUnit: "tCOD"),
            EmissionSource(id: SourceID.electricity.rawValue,
                           name: LocalizedName("Purchased electricity (indirect)", "净购入电力（间接排放）"),
                           categories: publicPowerAndHeat, activityUnit: "MWh", scope: .indirect),
            EmissionSource(id: SourceID.heat.rawValue,
                           name: LocalizedName("Purchased steam and heat (indirect)", "净购入热力（间接排放）"),
                           categories: publicPowerAndHeat, activityUnit: "GJ", scope: .indirect),
        ],
        carriers: [
            EnergyCarrier(id: CarrierID.coal.rawValue, name: LocalizedName("Coal", "煤炭")),
            EnergyCarrier(id: CarrierID.naturalGas.rawValue, name: LocalizedName("Natural gas", "天然气")),
            EnergyCarrier(id: CarrierID.fuelOil.rawValue, name: LocalizedName("Fuel oil", "燃料油")),
            EnergyCarrier(id: CarrierID.electricity.rawValue, name: LocalizedName("Grid electricity", "电网电力")),
            EnergyCarrier(id: CarrierID.greenElectricity.rawValue,
                          name: LocalizedName("Green electricity (certified)", "绿色电力（绿证）")),
            EnergyCarrier(id: CarrierID.purchasedHeat.rawValue, name: LocalizedName("Purchased steam and heat", "外购蒸汽与热力")),
        ],
        memos: [
            MemoItem(id: MemoID.ch4Recovered.rawValue,
                     name: LocalizedName("Methane recovered from wastewater and destroyed", "废水处理甲烷回收销毁量"),
                     unit: "tCH4"),
            MemoItem(id: MemoID.solarPV.rawValue,
                     name: LocalizedName("On-site solar electricity used", "自发自用光伏电量"), unit: "MWh"),
            MemoItem(id: MemoID.locationBasedElectricity.rawValue,
                     name: LocalizedName("Purchased electricity at the grid-average factor (incl. green power)",
                                         "按电网平均因子计的外购电力排放（含绿电）"),
                     unit: "tCO2"),
            MemoItem(id: MemoID.comprehensiveEnergy.rawValue,
                     name: LocalizedName("Comprehensive energy consumption (electricity at 0.1229 kgce/kWh)",
                                         "综合能源消费量（电力按当量值0.1229 kgce/kWh）"),
                     unit: "tce"),
        ] + ProcessStage.allCases.map { stage in
            MemoItem(id: "energy.\(stage.rawValue)",
                     name: LocalizedName("\(stage.name.english): comprehensive energy (incl. its share of steam supply)",
                                         "\(stage.name.chinese)工序综合能耗（含分摊的供热能耗）"),
                     unit: "tce")
        } + Coupling.memos)
}
