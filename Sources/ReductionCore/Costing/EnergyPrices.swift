/// One carrier's energy price on one price basis over the report years, in currency/GJ (prices
/// given per litre, tonne, m³ or kWh are converted when the plan is loaded).
public struct EnergyPrice: Sendable, Hashable {
    /// The carrier id (``EnergyCarrier/id``).
    public var carrier: String
    /// Social (resource cost) or private (what the buyer pays).
    public var basis: PriceBasis
    /// Currency/GJ per report year.
    public var values: YearSeries
    /// True when the plan gives no private price for the carrier and the social one stands in.
    public var privateFromSocial: Bool
}

extension PlanResult {
    /// The energy prices the costs rest on, per carrier of the model with a price, social then
    /// private, over the report years (currency/GJ). The same expansion the evaluator uses.
    public var energyPrices: [EnergyPrice] {
        let header = plan.header
        let years = header.reportYears
        var prices: [EnergyPrice] = []
        for carrier in layout.carriers {
            guard let social = plan.energyPrices[carrier.id] else { continue }
            let given = plan.privateEnergyPrices[carrier.id]
            for (basis, spec) in [(PriceBasis.social, social), (.private, given ?? social)] {
                prices.append(EnergyPrice(carrier: carrier.id, basis: basis,
                                          values: YearSeries(firstYear: years.lowerBound,
                                                             values: spec.expand(years: years, baseYear: header.baseYear)),
                                          privateFromSocial: basis == .private && given == nil))
            }
        }
        return prices
    }
}
