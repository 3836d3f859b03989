/// The one place a measure's annual net cost is computed (CONTRIBUTING.md, "Formulas"):
/// ```
/// annual net cost(t) = (capex per unit × CRF(r, life) + opex per unit-year) × units(t)
///                      + Σ_carriers Δenergy(t) × price(t)
/// ```
/// `units(t)` is what the measure deploys in year t: the after-run value of its basis
/// quantity minus the before-run value, or `p(t)` for a ``CostBasis/project``. The evaluator,
/// the Monte Carlo worker and ``CostMetrics`` all call these functions.
public enum Costing {
    /// Annual net cost of `units` deployed (currency/yr):
    /// `(capex × crf + opex) × units + energyCostChange`.
    ///
    /// Example: 100 e-buses × (450,000 CNY × CRF(5 %, 8 y) 0.154722 − 24,000 CNY/yr) − 3 M CNY/yr
    /// of energy saved = 100 × 45,625 − 3,000,000 = 1,562,494 CNY/yr.
    @inlinable
    public static func annualNetCost(capex: Double, opex: Double, crf: Double, units: Double,
                                     energyCostChange: Double) -> Double {
        (capex * crf + opex) * units + energyCostChange
    }

    /// Change of energy spending at one year offset (currency/yr): `Σ (after − before) × price`
    /// over carriers, skipping carriers without a price (NaN). Negative when energy is saved.
    @inlinable
    public static func energyCostChange(before: [Double], after: [Double], prices: [Double]) -> Double {
        var sum = 0.0
        for carrier in prices.indices where !prices[carrier].isNaN {
            sum += (after[carrier] - before[carrier]) * prices[carrier]
        }
        return sum
    }

    /// Investment spent in each year (currency): `capex × max(0, units(t) − units(t−1))`, with
    /// no units before the first year. It counts first deployments only; replacements at the
    /// end of a unit's life are in the annualised cost (CRF), not in this series.
    public static func investment(capex: Double, units: [Double]) -> [Double] {
        var previous = 0.0
        return units.map { value in
            defer { previous = value }
            return capex * max(0, value - previous)
        }
    }

    /// Cost per tonne under ``CostConvention/npvPerUndiscountedTonne``: the net present cost
    /// `Σ cost(t) / (1 + r)^(t − t0)` over the undiscounted tonnes `Σ tonnes(t)`; nil when the
    /// tonnes do not add up to more than 0.
    ///
    /// Example: costs 100 and 100 in years 0 and 1, 10 t in each, r = 10 %:
    /// (100 + 100 / 1.1) / 20 = 190.909 / 20 = 9.545 CNY/t (levelised: 190.909 / 19.091 = 10).
    public static func npvPerUndiscountedTonne(costs: [Double], tonnes: [Double], firstYear: Int,
                                               rate: Double, referenceYear: Int) -> Double? {
        let total = tonnes.reduce(0, +)
        guard total > 0 else { return nil }
        return CostMetrics.presentValue(costs, firstYear: firstYear, rate: rate, referenceYear: referenceYear) / total
    }
}

/// How a figure per tonne relates costs to tonnes over the years (reference notes, issue 17
/// item 9). Every cost per tonne the tools report names one.
public enum CostConvention: String, Sendable, Hashable, CaseIterable {
    /// Annual net cost in one year ÷ tonnes abated in that year (the MACC height).
    case annual
    /// PV(net costs) ÷ PV(tonnes) at the same rate: the levelised cost.
    case levelised = "pv-over-pv"
    /// PV(net costs) ÷ undiscounted tonnes: tonnes in later years weigh as much as today's.
    case npvPerUndiscountedTonne = "npv-over-undiscounted-tonnes"
}
