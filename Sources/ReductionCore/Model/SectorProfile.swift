/// What the sector conformance suite needs to know about a sector besides its model: which
/// inputs are activity data and which factors are indirect.
///
/// Every sector library declares one in its `Sector.swift` (`package let sector`); the
/// `SectorRegistry` build plugin lists them for the test targets that check every sector.
package struct SectorProfile: Sendable, CustomStringConvertible {
    /// The sector's model.
    package var model: any SectorModel
    /// True for the inputs that scale with activity (key, model unit): scaled together, they
    /// must scale every emission by the same factor.
    package var isActivity: @Sendable (_ key: String, _ unit: String) -> Bool
    /// Input keys of indirect factors other than the grid (zeroed with it).
    package var otherIndirectFactors: [String]
    /// Plan inputs removed to make indirect emissions location-based (grid factor only).
    package var locationBased: [String]

    /// A profile; `otherIndirectFactors` and `locationBased` default to none.
    package init(model: any SectorModel, otherIndirectFactors: [String] = [], locationBased: [String] = [],
                 isActivity: @escaping @Sendable (_ key: String, _ unit: String) -> Bool) {
        self.model = model
        self.isActivity = isActivity
        self.otherIndirectFactors = otherIndirectFactors
        self.locationBased = locationBased
    }

    /// The sector id.
    package var description: String { model.info.id }
}
