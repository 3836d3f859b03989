import ReductionCore

/// The model quantities power measures' costs are given per (issue 12), in layout order:
/// `capacity.<technology>` (MW of generating units of each ``Technology``, the sum of the
/// plan's `unit.<technology>.*.capacity`), `capacity.<kind>` (MW of each ``NonFossilKind``,
/// `renewable.<kind>.capacity`) and `capacity.storage` (MW, `storage.capacity`).
///
/// Capacity is an input of this model (capacity × hours gives the energy, hours = 8,760 h ×
/// capacity factor, each with its source in the plan), so no capacity is inferred from
/// generation. Every quantity is in the layout for every plan (0 MW where a plan has no such
/// units), so a catalogue measure on a class the plan lacks deploys nothing.
enum PowerQuantities {
    /// Quantity index of `capacity.<technology>`.
    static func index(_ technology: Technology) -> Int {
        Technology.allCases.firstIndex(of: technology) ?? 0
    }

    /// Quantity index of `capacity.<kind>`.
    static func index(_ kind: NonFossilKind) -> Int {
        Technology.allCases.count + (NonFossilKind.allCases.firstIndex(of: kind) ?? 0)
    }

    /// Quantity index of `capacity.storage`.
    static var storage: Int { Technology.allCases.count + NonFossilKind.allCases.count }

    /// The quantities, in index order.
    static let all: [ModelQuantity] =
        Technology.allCases.map {
            ModelQuantity(id: "capacity.\($0.rawValue)",
                          name: LocalizedName("Installed capacity: \($0.name.english)", "装机容量：\($0.name.chinese)"), unit: "MW")
        }
        + NonFossilKind.allCases.map {
            ModelQuantity(id: "capacity.\($0.rawValue)",
                          name: LocalizedName("Installed capacity: \($0.name.english)", "装机容量：\($0.name.chinese)"), unit: "MW")
        }
        + [ModelQuantity(id: "capacity.storage", name: LocalizedName("Storage power", "储能功率"), unit: "MW")]
}
