/// The cost formulas reviewers check by hand.
public enum CostMetrics {
    /// Capital recovery factor: the share of an investment to pay each year so that `n`
    /// equal payments at rate `r` repay it.
    /// ```
    /// CRF(r, n) = r (1 + r)^n / ((1 + r)^n − 1)      (r > 0)
    /// CRF(0, n) = 1 / n
    /// ```
    /// Example: CRF(7 %, 15 y) = 0.109795. Returns nil for n ≤ 0 or r ≤ −1.
    public static func capitalRecoveryFactor(rate r: Double, years n: Double) -> Double? {
        guard n > 0, r > -1, r.isFinite, n.isFinite else { return nil }
        if abs(r) < 1e-12 { return 1 / n }
        let growth = pow1p(r, n)
        return r * growth / (growth - 1)
    }

    /// Annualised net cost of a measure in one year (currency per year):
    /// ```
    /// capex × CRF(r, n) + Δopex − energy saved × price
    /// ```
    /// `energyCostChange` is the change of energy spending (negative when energy is saved).
    /// One unit of ``Costing/annualNetCost(capex:opex:crf:units:energyCostChange:)``.
    public static func annualisedNetCost(capex: Double, rate: Double, lifetime: Double,
                                         deltaOpex: Double, energyCostChange: Double) -> Double? {
        guard let crf = capitalRecoveryFactor(rate: rate, years: lifetime) else { return nil }
        return Costing.annualNetCost(capex: capex, opex: deltaOpex, crf: crf, units: 1, energyCostChange: energyCostChange)
    }

    /// Cost per tonne abated (currency/tCO2e): annualised net cost / abatement in that year.
    /// Nil when the abatement is not positive. Negative means the measure saves money.
    ///
    /// Example: capex 1,000,000, Δopex +20,000/y, savings 150,000/y, 500 t/y, 8 %, 10 y:
    /// (1,000,000 × 0.149029 + 20,000 − 150,000) / 500 = 38.059 CNY/t.
    public static func costPerTonne(annualCost: Double, abatement: Double) -> Double? {
        abatement > 0 ? annualCost / abatement : nil
    }

    /// Discount factor `1 / (1 + r)^(year − referenceYear)`.
    public static func discountFactor(rate: Double, year: Int, referenceYear: Int) -> Double {
        1 / pow1p(rate, Double(year - referenceYear))
    }

    /// Net present value of a yearly flow `values[i]` in year `firstYear + i`, discounted to
    /// `referenceYear`: `Σ values[i] / (1 + r)^(firstYear + i − referenceYear)`.
    public static func presentValue(_ values: [Double], firstYear: Int, rate: Double, referenceYear: Int) -> Double {
        var sum = 0.0
        for (index, value) in values.enumerated() where value != 0 {
            sum += value * discountFactor(rate: rate, year: firstYear + index, referenceYear: referenceYear)
        }
        return sum
    }

    /// Levelised cost per tonne: `PV(net costs) / PV(tonnes)`; nil when PV(tonnes) ≤ 0.
    /// Identical to the annualised form for constant flows. With the private discount rate
    /// this is the break-even carbon price: the price at which the measure's NPV is zero.
    public static func levelisedCost(costs: [Double], tonnes: [Double], firstYear: Int,
                                     rate: Double, referenceYear: Int) -> Double? {
        let pvTonnes = presentValue(tonnes, firstYear: firstYear, rate: rate, referenceYear: referenceYear)
        guard pvTonnes > 0 else { return nil }
        return presentValue(costs, firstYear: firstYear, rate: rate, referenceYear: referenceYear) / pvTonnes
    }

    /// Simple payback in years: `capex / yearly net saving`, nil when nothing is saved.
    public static func simplePayback(capex: Double, yearlySaving: Double) -> Double? {
        guard yearlySaving > 0, capex >= 0 else { return nil }
        return capex / yearlySaving
    }

    /// `(1 + r)^n` for real n.
    static func pow1p(_ r: Double, _ n: Double) -> Double {
        exp(n * log1p(r))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
