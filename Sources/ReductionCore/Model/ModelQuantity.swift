/// A physical quantity a sector model computes besides emissions and energy, named and
/// unit-tagged so that measure costs can be given per unit of it (CNY per battery-electric
/// bus, per t/yr of digestion capacity, per MW of PV).
///
/// A measure with a per-unit cost basis deploys, in year t, the after-run value of the
/// quantity minus its before-run value (see ``CostBasis``). Values are per year, in ``unit``.
public struct ModelQuantity: Sendable, Hashable {
    /// Stable id named by a measure's `basis`, e.g. `vehicles.bus.electric`.
    public var id: String
    /// The quantity's bilingual name.
    public var name: LocalizedName
    /// The quantity's unit, e.g. `vehicle`, `t/yr`, `MW`.
    public var unit: String

    /// Creates a quantity reported in `unit`.
    public init(id: String, name: LocalizedName, unit: String) {
        self.id = id
        self.name = name
        self.unit = unit
    }
}

/// Synthesized coding.
extension ModelQuantity: Codable {}
