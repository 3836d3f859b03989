/// An amount of money in one currency at one price year (real terms).
///
/// Adding money of different currencies or price years is a typed error
/// (`PlanError.Code.currencyMismatch`), never a silent number.
public struct Money: Sendable, Hashable, CustomStringConvertible {
    /// The amount in `currency` at `priceYear` prices.
    public var amount: Double
    /// ISO 4217 code, e.g. `CNY`.
    public var currency: String
    /// The year whose prices the amount is expressed in.
    public var priceYear: Int

    /// Creates an amount in `currency` at `priceYear` prices.
    public init(_ amount: Double, _ currency: String, priceYear: Int) {
        self.amount = amount
        self.currency = currency
        self.priceYear = priceYear
    }

    /// `self + other`, or a `currencyMismatch` error when currency or price year differ.
    public func adding(_ other: Money) throws(PlanError) -> Money {
        guard currency == other.currency, priceYear == other.priceYear else {
            throw PlanError(.currencyMismatch,
                            "cannot add \(other.currency) (\(other.priceYear) prices) to \(currency) (\(priceYear) prices)")
        }
        return Money(amount + other.amount, currency, priceYear: priceYear)
    }

    /// Scales the amount.
    public static func * (money: Money, factor: Double) -> Money {
        Money(money.amount * factor, money.currency, priceYear: money.priceYear)
    }

    /// Money per tonne of CO2e, e.g. a cost per tonne abated.
    public static func / (money: Money, tonnes: CO2e) -> CostPerTonne {
        CostPerTonne(money.amount / tonnes.value(in: .tonne), money.currency, priceYear: money.priceYear)
    }

    /// `<amount> <currency> (<priceYear> prices)`.
    public var description: String { "\(amount) \(currency) (\(priceYear) prices)" }
}

/// Money per tonne of CO2e (the typed ratio of `Money / CO2e`).
public struct CostPerTonne: Sendable, Hashable, CustomStringConvertible {
    /// Money per tCO2e in `currency` at `priceYear` prices.
    public var value: Double
    /// ISO 4217 code, e.g. `CNY`.
    public var currency: String
    /// The year whose prices the value is expressed in.
    public var priceYear: Int

    /// Creates a cost per tonne in `currency` at `priceYear` prices.
    public init(_ value: Double, _ currency: String, priceYear: Int) {
        self.value = value
        self.currency = currency
        self.priceYear = priceYear
    }

    /// The unit label, e.g. `CNY/tCO2e`.
    public var unit: String { "\(currency)/tCO2e" }
    /// `<value> <currency>/tCO2e`.
    public var description: String { "\(value) \(unit)" }
}
