package import ReductionCore

/// The textile sector as the conformance suite checks it: activity is each stage's output,
/// other fuel use, other wastewater and on-site PV; the residual mix and purchased heat are
/// indirect factors besides the grid.
package let sector = SectorProfile(model: TextileModel(), otherIndirectFactors: [Coupling.residualMixFactor, Coupling.heatFactor]) { key, _ in
    key.hasSuffix(".output") || key.hasSuffix(".other-use") || key == "wastewater.other-volume"
        || key == "electricity.onsite-pv"
}
