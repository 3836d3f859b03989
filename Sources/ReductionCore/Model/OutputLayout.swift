/// An emission source: what emits, under which category codes, measured by what activity.
public struct EmissionSource: Sendable, Hashable {
    /// Stable id, e.g. `road.bus.diesel`; used by `capture` measures and in reports.
    public var id: String
    /// The source's bilingual name.
    public var name: LocalizedName
    /// The category in each scheme, e.g. IPCC 2006 `1.A.3.b` and CRT `1.A.3.b`.
    public var categories: [CategoryCode]
    /// The unit of the source's activity (``ModelOutput/sourceActivity``), e.g. `TJ`.
    public var activityUnit: String
    /// Direct (territorial) or indirect (purchased electricity and heat); see ``EmissionScope``.
    public var scope: EmissionScope

    /// Creates a source; `scope` defaults to direct.
    public init(id: String, name: LocalizedName, categories: [CategoryCode], activityUnit: String,
                scope: EmissionScope = .direct) {
        self.id = id
        self.name = name
        self.categories = categories
        self.activityUnit = activityUnit
        self.scope = scope
    }
}

/// An energy carrier whose use the model reports (GJ), valued at the plan's prices.
public struct EnergyCarrier: Sendable, Hashable {
    /// Id used for prices in plan files, e.g. `diesel`, `electricity`, `coal`.
    public var id: String
    /// The carrier's bilingual name.
    public var name: LocalizedName

    /// Creates a carrier.
    public init(id: String, name: LocalizedName) {
        self.id = id
        self.name = name
    }
}

/// A memo item: a quantity reported beside the inventory but never added to it
/// (avoided emissions from energy recovery, biogenic CO2, CO2 captured, …).
public struct MemoItem: Sendable, Hashable {
    /// The memo item's stable id, used in reports.
    public var id: String
    /// The memo item's bilingual name.
    public var name: LocalizedName
    /// e.g. `tCO2`, `tCO2e`, `MWh`.
    public var unit: String

    /// Creates a memo item reported in `unit`.
    public init(id: String, name: LocalizedName, unit: String) {
        self.id = id
        self.name = name
        self.unit = unit
    }
}

/// The shape of a model's output for one plan.
public struct OutputLayout: Sendable, Hashable {
    /// Emission sources; their order is the source index in ``ModelOutput``.
    public var sources: [EmissionSource]
    /// Energy carriers; their order is the carrier index in ``ModelOutput``.
    public var carriers: [EnergyCarrier]
    /// Memo items; their order is the memo index in ``ModelOutput``.
    public var memos: [MemoItem]
    /// Physical quantities measure costs can be given per unit of; their order is the
    /// quantity index in ``ModelOutput``.
    public var quantities: [ModelQuantity]

    /// Statements about this plan's boundary that every report prints with the sector's notes
    /// (e.g. transport's fuel boundary, tank-to-wheel or well-to-wheel).
    public var notes: [String] = []

    /// Creates a layout.
    public init(sources: [EmissionSource], carriers: [EnergyCarrier] = [], memos: [MemoItem] = [],
                quantities: [ModelQuantity] = []) {
        self.sources = sources
        self.carriers = carriers
        self.memos = memos
        self.quantities = quantities
    }

    /// The index of source `id`, or nil.
    public func sourceIndex(_ id: String) -> Int? { sources.firstIndex { $0.id == id } }
    /// The index of carrier `id`, or nil.
    public func carrierIndex(_ id: String) -> Int? { carriers.firstIndex { $0.id == id } }
    /// The index of memo item `id`, or nil.
    public func memoIndex(_ id: String) -> Int? { memos.firstIndex { $0.id == id } }
    /// The index of quantity `id`, or nil.
    public func quantityIndex(_ id: String) -> Int? { quantities.firstIndex { $0.id == id } }
}

/// Synthesized coding.
extension EmissionSource: Codable {}
/// Synthesized coding.
extension EnergyCarrier: Codable {}
/// Synthesized coding.
extension MemoItem: Codable {}
/// Synthesized coding.
extension OutputLayout: Codable {}
