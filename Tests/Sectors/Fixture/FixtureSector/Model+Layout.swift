public import ReductionCore

extension FixtureModel {
    /// Two sources (gas boilers, direct; heat-pump electricity, indirect), two carriers and the
    /// coupling memos, the same for every plan.
    public static let layout = OutputLayout(
        sources: [
            EmissionSource(id: "gas-boilers", name: LocalizedName("Gas boilers", "燃气锅炉"),
                           categories: [CategoryCode(.ipcc2006, "1.A.4.a"), CategoryCode(.crt, "1.A.4.a")], activityUnit: "GJ"),
            EmissionSource(id: "heat-pump-electricity", name: LocalizedName("Heat-pump electricity (indirect)", "热泵用电（间接排放）"),
                           categories: [CategoryCode(.ipcc2006, "1.A.1.a"), CategoryCode(.crt, "1.A.1.a")], activityUnit: "MWh",
                           scope: .indirect),
        ],
        carriers: [EnergyCarrier(id: "natural-gas", name: LocalizedName("Natural gas", "天然气")),
                   EnergyCarrier(id: "electricity", name: LocalizedName("Electricity", "电力"))],
        memos: Coupling.memos)
}
