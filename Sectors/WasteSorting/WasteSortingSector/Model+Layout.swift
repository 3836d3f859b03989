public import ReductionCore

/// The emission sources and memo items of the waste model, in output order.
///
/// Category codes carry their scheme: IPCC 2006 numbers waste as 4.A–4.C, the UNFCCC
/// CRT tables as 5.A–5.C. Waste incinerated with energy recovery is kept in 4.C.1 here as
/// the plan's sector boundary; IPCC 2006 (Vol 5 §5.1) would report it under Energy 1.A.1.
public enum WasteLayout {
    /// Source positions in ``sources``.
    public enum Source: Int, CaseIterable, Sendable {
        /// `landfill.managed` (4.A.1 / 5.A.1), `landfill.unmanaged` (4.A.2 / 5.A.2), `composting`
        /// (4.B / 5.B.1), `digestion` (4.B / 5.B.2), `incineration.energy-recovery` and
        /// `incineration.no-recovery` (4.C.1 / 5.C.1), `open-burning` (4.C.2 / 5.C.2).
        case landfillManaged, landfillUnmanaged, composting, digestion, incinerationEnergy, incineration, openBurning
    }

    /// Memo positions in ``memos``.
    public enum Memo: Int, CaseIterable, Sendable {
        /// tCH4, tCH4, MWh, MWh, MWh, tCO2, tCO2e, tCO2, t — in ``memos`` order.
        case methaneCommitment, methaneRecovered, wteElectricity, lfgElectricity, biogasElectricity
        /// `avoided.energy-recovery`, tCO2: grid emissions the recovered electricity may displace (not deducted).
        case avoidedEnergy
        /// `avoided.recycling`, tCO2e: emissions avoided by recycling (not deducted).
        case avoidedRecycling
        /// `incineration.biogenic-co2`, tCO2: biogenic CO2 of incineration and open burning (not counted).
        case biogenicCO2
        /// `recycling.tonnes`, t: materials separately collected for recycling.
        case recycled
    }

    static func codes(_ ipcc: String, _ crt: String) -> [CategoryCode] {
        [CategoryCode(.ipcc2006, ipcc), CategoryCode(.crt, crt)]
    }

    /// Emission sources: id, bilingual name, IPCC 2006 and CRT codes, activity in tonnes treated.
    public static let sources: [EmissionSource] = [
        EmissionSource(id: "landfill.managed",
                       name: LocalizedName("Managed landfills (sanitary and semi-aerobic)", "管理型填埋场（卫生填埋与准好氧）"),
                       categories: codes("4.A.1", "5.A.1"), activityUnit: "t"),
        EmissionSource(id: "landfill.unmanaged", name: LocalizedName("Unmanaged dumps", "非正规垃圾堆放点"),
                       categories: codes("4.A.2", "5.A.2"), activityUnit: "t"),
        EmissionSource(id: "composting", name: LocalizedName("Composting", "堆肥处理"),
                       categories: codes("4.B", "5.B.1"), activityUnit: "t"),
        EmissionSource(id: "digestion", name: LocalizedName("Anaerobic digestion at biogas facilities", "厌氧消化（沼气设施）"),
                       categories: codes("4.B", "5.B.2"), activityUnit: "t"),
        EmissionSource(id: "incineration.energy-recovery", name: LocalizedName("Incineration with energy recovery", "焚烧发电"),
                       categories: codes("4.C.1", "5.C.1"), activityUnit: "t"),
        EmissionSource(id: "incineration.no-recovery", name: LocalizedName("Incineration without energy recovery", "焚烧（无能量回收）"),
                       categories: codes("4.C.1", "5.C.1"), activityUnit: "t"),
        EmissionSource(id: "open-burning", name: LocalizedName("Open burning of waste", "垃圾露天焚烧"),
                       categories: codes("4.C.2", "5.C.2"), activityUnit: "t"),
    ]

    /// Memo items: reported beside the inventory, never added to it.
    public static let memos: [MemoItem] = [
        MemoItem(id: "landfill.methane-commitment",
                 name: LocalizedName("Lifetime CH4 commitment of the waste landfilled this year (decision timing)",
                                     "当年填埋垃圾的全生命周期甲烷排放承诺（决策口径）"), unit: "tCH4"),
        MemoItem(id: "landfill.methane-recovered", name: LocalizedName("Landfill CH4 recovered (flared or used)", "填埋气甲烷回收量（火炬或利用）"),
                 unit: "tCH4"),
        MemoItem(id: "energy.wte-electricity", name: LocalizedName("Electricity exported by waste-to-energy plants", "垃圾焚烧发电上网电量"),
                 unit: "MWh"),
        MemoItem(id: "energy.lfg-electricity", name: LocalizedName("Electricity from landfill gas", "填埋气发电量"), unit: "MWh"),
        MemoItem(id: "energy.biogas-electricity", name: LocalizedName("Electricity from digester biogas", "厌氧消化沼气发电量"), unit: "MWh"),
        MemoItem(id: "avoided.energy-recovery",
                 name: LocalizedName("Avoided grid emissions from energy recovery (not deducted)", "能量回收替代电网的避免排放（不抵扣）"),
                 unit: "tCO2"),
        MemoItem(id: "avoided.recycling", name: LocalizedName("Avoided emissions from recycling (not deducted)", "回收利用的避免排放（不抵扣）"),
                 unit: "tCO2e"),
        MemoItem(id: "incineration.biogenic-co2", name: LocalizedName("Biogenic CO2 from incineration and open burning", "焚烧与露天焚烧的生物源CO2"),
                 unit: "tCO2"),
        MemoItem(id: "recycling.tonnes", name: LocalizedName("Materials separately collected for recycling", "分类回收的可回收物"),
                 unit: "t"),
    ]

    /// The layout every waste plan uses (it does not depend on the plan's instances): the memos above
    /// followed by the shared coupling memos (`Coupling.memos`: electricity supplied, grid factor).
    public static let layout = OutputLayout(sources: sources, carriers: [], memos: memos + Coupling.memos)

    /// Memo index of the first coupling memo (electricity demand; supply is `+ 1`, grid factor `+ 4`).
    static let coupling = memos.count
}
