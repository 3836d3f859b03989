public import ReductionCore

extension PlanResult {
    /// The grid emission factor (tCO2/MWh) this power plan produces, base year to horizon —
    /// for other sectors (electric vehicles, heat pumps, waste-to-energy credits).
    ///
    /// `(CO2 of local electricity by the heat-ratio allocation + imports × their factor) /
    /// electricity supplied`; nil when the result is not from ``ThermalPowerModel``.
    public func powerGridFactor(pathway: Bool = true) -> YearSeries? {
        guard let index = layout.memoIndex(Coupling.supplyFactor) else { return nil }
        return (pathway ? pathwayMemos : bauMemos)[index]
    }
}
