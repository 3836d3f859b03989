/// Energy prices per physical unit of fuel (`CNY/L`, `CNY/t`, `CNY/m3`, `元/吨`), converted
/// to the core's `currency/GJ` with the plan's own fuel properties.
extension PlanLoader {
    /// GJ in one `unit` (a mass or volume) of `carrier`, from the inputs `fuel.<carrier>.ncv`
    /// (GJ per mass or volume unit) and, for a volume of a fuel whose NCV is per mass,
    /// `fuel.<carrier>.density` (t/m3), both at the plan's base year:
    /// ```
    /// GJ per unit = ncv [GJ/t] × (unit in t)                       for a mass unit
    ///             = ncv [GJ/t] × density [t/m3] × (unit in m3)     for a volume unit
    ///             = ncv [GJ/m3-unit] × (unit in that volume unit)  for gas NCVs per volume
    /// ```
    /// Nil when the plan has no such NCV (or density) or the units do not fit.
    static func energyContent(of carrier: String, per unit: String, inputs: [String: SeriesSpec],
                              units: [String: String], baseYear: Int) -> Double? {
        func value(_ key: String) -> Double? {
            guard let series = inputs[key] else { return nil }
            return series.expand(years: baseYear...baseYear, baseYear: baseYear).first
        }
        let ncvKey = "fuel.\(carrier).ncv"
        guard let ncv = value(ncvKey), ncv > 0, let ncvUnit = units[ncvKey],
              let (energy, per) = UnitConversion.parts(ncvUnit), let per,
              let toGJ = UnitConversion.factor(from: energy, to: "GJ") else { return nil }
        if let k = UnitConversion.factor(from: unit, to: per) { return ncv * toGJ * k }
        // A volume of a fuel whose NCV is per tonne: use its density.
        guard let density = value("fuel.\(carrier).density"), density > 0,
              let densityUnit = units["fuel.\(carrier).density"],
              let toTonnesPerM3 = UnitConversion.factor(from: densityUnit, to: "t/m3"),
              let perTonne = UnitConversion.factor(from: "t", to: per),
              let m3 = UnitConversion.factor(from: unit, to: "m3") else { return nil }
        return ncv * toGJ * perTonne * density * toTonnesPerM3 * m3
    }

    /// Decodes one price: any `money/energy` unit converts directly; `money/mass` or
    /// `money/volume` goes through ``energyContent(of:per:inputs:units:baseYear:)``. Its growth
    /// rates may carry a range (drawn as kind `price-growth`), written and checked as an input's.
    static func decodePrice(_ value: YAMLValue, carrier: String, currency: String, inputs: [String: SeriesSpec],
                            units: [String: String], baseYear: Int) throws(PlanError) -> SeriesSpec {
        let target = "\(currency)/GJ"
        guard let written = try value.writtenUnit(), UnitConversion.factor(from: written, to: target) == nil,
              let (money, per) = UnitConversion.parts(written), let per,
              UnitConversion.factor(from: "\(money)/GJ", to: target) != nil,
              UnitConversion.factor(from: per, to: "t") != nil || UnitConversion.factor(from: per, to: "m3") != nil
        else { return try value.series(unit: target, rangedGrowth: true) }
        guard let gjPerUnit = energyContent(of: carrier, per: per, inputs: inputs, units: units, baseYear: baseYear) else {
            throw PlanError(.unitMismatch,
                            "a price per '\(per)' of '\(carrier)' needs the fuel's NCV (fuel.\(carrier).ncv) and, for a volume, "
                                + "its density (fuel.\(carrier).density); give them, or give the price per GJ, kWh or tce",
                            at: (try value.optional("unit"))?.location ?? value.location)
        }
        var spec = try value.series(unit: written, rangedGrowth: true)
        let k = (UnitConversion.factor(from: "\(money)/GJ", to: target) ?? 1) / gjPerUnit
        spec.base = spec.base?.scaled(by: k)
        spec.points = spec.points.map { ($0.year, $0.value * k) }
        spec.unit = target
        return spec
    }
}
