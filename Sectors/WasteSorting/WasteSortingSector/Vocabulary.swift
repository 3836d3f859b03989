public import ReductionCore

/// Where separately collected (source-sorted) waste goes: `sorted.<type>.<route>` inputs.
public enum SeparateRoute: String, Sendable, Hashable, CaseIterable {
    /// Material recycling (outside the inventory; avoided emissions are a memo item).
    case recycling
    /// Anaerobic digestion at a biogas facility (IPCC 4.B, CRT 5.B.2).
    case digestion
    /// Centralised composting (IPCC 4.B, CRT 5.B.1).
    case composting

    /// Bilingual label.
    public var name: LocalizedName {
        switch self {
        case .recycling: LocalizedName("Recycling", "回收利用")
        case .digestion: LocalizedName("Anaerobic digestion", "厌氧消化")
        case .composting: LocalizedName("Composting", "堆肥")
        }
    }
}

/// Where mixed residual waste (what is left after separate collection) goes:
/// `route.<id>.share` inputs, which add up to 100 %.
public enum ResidualRoute: String, Sendable, Hashable, CaseIterable {
    /// Managed anaerobic (sanitary) landfill, MCF 1.0.
    case landfillAnaerobic = "landfill-anaerobic"
    /// Managed semi-aerobic landfill, MCF 0.5.
    case landfillSemiAerobic = "landfill-semi-aerobic"
    /// Unmanaged deep dump (≥ 5 m) or high water table, MCF 0.8.
    case dumpDeep = "dump-deep"
    /// Unmanaged shallow dump (< 5 m), MCF 0.4.
    case dumpShallow = "dump-shallow"
    /// Incineration with energy recovery (IPCC 4.C.1).
    case incinerationEnergy = "incineration-energy"
    /// Incineration without energy recovery (IPCC 4.C.1).
    case incineration = "incineration"
    /// Open burning (IPCC 4.C.2).
    case openBurning = "open-burning"

    /// Bilingual label.
    public var name: LocalizedName {
        switch self {
        case .landfillAnaerobic: LocalizedName("Managed anaerobic (sanitary) landfill", "卫生填埋（厌氧）")
        case .landfillSemiAerobic: LocalizedName("Managed semi-aerobic landfill", "准好氧填埋")
        case .dumpDeep: LocalizedName("Unmanaged dump, deep (≥ 5 m) or high water table", "非正规堆放点（深，≥5米）")
        case .dumpShallow: LocalizedName("Unmanaged dump, shallow (< 5 m)", "非正规堆放点（浅，<5米）")
        case .incinerationEnergy: LocalizedName("Incineration with energy recovery", "焚烧发电")
        case .incineration: LocalizedName("Incineration without energy recovery", "焚烧（无能量回收）")
        case .openBurning: LocalizedName("Open burning", "露天焚烧")
        }
    }

    /// The landfill site type this route deposits into, if it is a disposal route.
    public var site: LandfillSite? {
        switch self {
        case .landfillAnaerobic: .anaerobic
        case .landfillSemiAerobic: .semiAerobic
        case .dumpDeep: .dumpDeep
        case .dumpShallow: .dumpShallow
        case .incinerationEnergy, .incineration, .openBurning: nil
        }
    }
}

/// A solid-waste disposal site type of IPCC 2006 Vol 5 Ch 3 Table 3.1, with its methane
/// correction factor (MCF) default.
public enum LandfillSite: String, Sendable, Hashable, CaseIterable {
    /// Managed anaerobic.
    case anaerobic
    /// Managed semi-aerobic.
    case semiAerobic = "semi-aerobic"
    /// Unmanaged, deep or high water table.
    case dumpDeep = "dump-deep"
    /// Unmanaged, shallow.
    case dumpShallow = "dump-shallow"

    /// Bilingual label.
    public var name: LocalizedName {
        switch self {
        case .anaerobic: LocalizedName("Managed anaerobic landfill", "卫生填埋场（厌氧）")
        case .semiAerobic: LocalizedName("Managed semi-aerobic landfill", "准好氧填埋场")
        case .dumpDeep: LocalizedName("Unmanaged deep dump", "非正规深堆放点")
        case .dumpShallow: LocalizedName("Unmanaged shallow dump", "非正规浅堆放点")
        }
    }

    /// True for managed sites: gas collection (R) and cover oxidation (OX) apply there.
    public var isManaged: Bool { self == .anaerobic || self == .semiAerobic }

    /// MCF default, IPCC 2006 Vol 5 Ch 3 Table 3.1 (p 3.14).
    public var defaultMCF: Double {
        switch self {
        case .anaerobic: 1.0
        case .semiAerobic: 0.5
        case .dumpDeep: 0.8
        case .dumpShallow: 0.4
        }
    }
}
