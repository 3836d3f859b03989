package import ReductionCore

/// The transport sector as the conformance suite checks it: activity is every
/// `*.activity` (passenger-km, tonne-km) and fuel-use input; hydrogen has its own factor.
package let sector = SectorProfile(model: TransportModel(), otherIndirectFactors: ["hydrogen.factor"]) { key, _ in
    key.hasSuffix(".activity") || key.hasPrefix("fuel-use.")
}
