package import ReductionCore

/// The power sector as the conformance suite checks it: activity is every input in MWh, MW or
/// GJ. The example declares its coal fleet as the margin of imports; without it, the grid factor.
package let sector = SectorProfile(model: ThermalPowerModel(), locationBased: ["supply.import-margin-weight"]) { _, unit in
    ["MWh", "MW", "GJ"].contains(unit)
}
