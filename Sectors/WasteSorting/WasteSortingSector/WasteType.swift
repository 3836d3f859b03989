public import ReductionCore

/// A component of municipal solid waste (MSW), as IPCC 2006 Vol 5 Ch 2 Table 2.4 lists them.
///
/// The id (`rawValue`) is the segment used in input keys, e.g. `composition.food.share`.
public enum WasteType: String, Sendable, Hashable, CaseIterable {
    /// Food waste (kitchen and market waste).
    case food
    /// Garden and park waste.
    case garden
    /// Paper and cardboard.
    case paper
    /// Wood.
    case wood
    /// Textiles.
    case textiles
    /// Plastics (fossil carbon).
    case plastics
    /// Rubber and leather (non-degrading in landfill, DOC 0).
    case rubberLeather = "rubber-leather"
    /// Glass (inert).
    case glass
    /// Metal (inert).
    case metal
    /// Other, inert waste (ash, ceramics, dust).
    case other

    /// Bilingual label.
    public var name: LocalizedName {
        switch self {
        case .food: LocalizedName("Food waste", "厨余垃圾（食物）")
        case .garden: LocalizedName("Garden and park waste", "园林绿化垃圾")
        case .paper: LocalizedName("Paper and cardboard", "纸类")
        case .wood: LocalizedName("Wood", "木竹类")
        case .textiles: LocalizedName("Textiles", "纺织类")
        case .plastics: LocalizedName("Plastics", "塑料类")
        case .rubberLeather: LocalizedName("Rubber and leather", "橡胶皮革类")
        case .glass: LocalizedName("Glass", "玻璃类")
        case .metal: LocalizedName("Metal", "金属类")
        case .other: LocalizedName("Other (inert, ash, dust)", "其他（惰性物、灰土）")
        }
    }

    /// Position in dense per-type arrays (`allCases` order).
    public var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// True when the type holds degradable organic carbon (DOC > 0 in Table 2.4), so it
    /// has `waste.<type>.doc` and `waste.<type>.decay-rate` inputs.
    public var isDegradable: Bool {
        switch self {
        case .food, .garden, .paper, .wood, .textiles, .rubberLeather: true
        case .plastics, .glass, .metal, .other: false
        }
    }

    /// The separate-collection routes a planner may send this type to
    /// (`sorted.<type>.<route>` inputs).
    public var separateRoutes: [SeparateRoute] {
        switch self {
        case .food: [.digestion, .composting]
        case .garden: [.digestion, .composting]
        case .wood: [.recycling, .composting]
        case .paper, .textiles, .plastics, .rubberLeather, .glass, .metal: [.recycling]
        case .other: []
        }
    }
}

/// IPCC 2006 default properties of a waste type, with their sources.
///
/// - `doc`: degradable organic carbon, fraction of wet weight (Vol 5 Ch 2 Table 2.4, p 2.14).
/// - `dryMatter`: dry matter, fraction of wet weight (Table 2.4).
/// - `carbon`: total carbon, fraction of dry weight (Table 2.4).
/// - `fossilCarbon`: fossil carbon, fraction of total carbon (Table 2.4).
/// - `decayRate`: k in 1/yr for the boreal/temperate wet zone (Vol 5 Ch 3 Table 3.3, p 3.17).
public struct WasteTypeDefaults: Sendable, Hashable {
    /// Degradable organic carbon, fraction of wet weight (Table 2.4).
    public var doc: Double
    /// The range of DOC Table 2.4 gives.
    public var docRange: ClosedRange<Double>
    /// Dry matter, fraction of wet weight.
    public var dryMatter: Double
    /// Total carbon, fraction of dry weight.
    public var carbon: Double
    /// Fossil carbon, fraction of total carbon.
    public var fossilCarbon: Double
    /// First-order decay rate k, 1/yr (boreal/temperate wet zone, Vol 5 Ch 3 Table 3.3).
    public var decayRate: Double

    /// Defaults for `type`.
    public static func ipcc2006(_ type: WasteType) -> WasteTypeDefaults {
        switch type {
        case .food: .init(doc: 0.15, docRange: 0.08...0.20, dryMatter: 0.40, carbon: 0.38, fossilCarbon: 0, decayRate: 0.185)
        case .garden: .init(doc: 0.20, docRange: 0.18...0.22, dryMatter: 0.40, carbon: 0.49, fossilCarbon: 0, decayRate: 0.10)
        case .paper: .init(doc: 0.40, docRange: 0.36...0.45, dryMatter: 0.90, carbon: 0.46, fossilCarbon: 0.01, decayRate: 0.06)
        case .wood: .init(doc: 0.43, docRange: 0.39...0.46, dryMatter: 0.85, carbon: 0.50, fossilCarbon: 0, decayRate: 0.03)
        case .textiles: .init(doc: 0.24, docRange: 0.20...0.40, dryMatter: 0.80, carbon: 0.50, fossilCarbon: 0.20, decayRate: 0.06)
        case .plastics: .init(doc: 0, docRange: 0...0, dryMatter: 1.0, carbon: 0.75, fossilCarbon: 1.0, decayRate: 0)
        // Table 2.4 prints rubber/leather DOC 39 % in brackets: natural rubber is unlikely to degrade
        // anaerobically, so landfill DOC is 0 (issue 17) with 0.39 as the upper bound.
        case .rubberLeather: .init(doc: 0, docRange: 0...0.39, dryMatter: 0.84, carbon: 0.67, fossilCarbon: 0.20, decayRate: 0.03)
        case .glass: .init(doc: 0, docRange: 0...0, dryMatter: 1.0, carbon: 0, fossilCarbon: 0, decayRate: 0)
        case .metal: .init(doc: 0, docRange: 0...0, dryMatter: 1.0, carbon: 0, fossilCarbon: 0, decayRate: 0)
        case .other: .init(doc: 0, docRange: 0...0, dryMatter: 0.90, carbon: 0.03, fossilCarbon: 1.0, decayRate: 0)
        }
    }

    /// Where the DOC and dry-matter defaults come from.
    public static let docSource = "IPCC 2006 Vol 5 Ch 2 Table 2.4 (p 2.14), DOC % of wet weight"
    /// Where the carbon and fossil-carbon defaults come from.
    public static let carbonSource = "IPCC 2006 Vol 5 Ch 2 Table 2.4 (p 2.14), total and fossil carbon of dry weight"
    /// Where the decay-rate defaults come from.
    public static let decaySource = "IPCC 2006 Vol 5 Ch 3 Table 3.3 (p 3.17), boreal/temperate wet (MAT ≤ 20 °C, MAP/PET > 1)"
}
