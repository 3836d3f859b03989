package import ReductionCore

/// The waste-sorting sector as the conformance suite checks it: activity is the population
/// and the waste landfilled before the base year.
package let sector = SectorProfile(model: WasteSortingModel()) { key, _ in
    key == "population" || key.hasPrefix("history.landfilled.")
}
