package import ReductionCore

/// The fixture sector as the conformance suite checks it: the heat delivered is its activity.
package let sector = SectorProfile(model: FixtureModel()) { key, _ in key == FixtureKey.heatDemand }
