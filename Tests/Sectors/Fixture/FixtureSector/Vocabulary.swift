/// The input keys of the fixture sector (one district heating network).
enum FixtureKey {
    /// Useful heat delivered, GJ a year: the sector's activity.
    static let heatDemand = "heat.demand"
    /// Share of the heat delivered by electric heat pumps; gas boilers deliver the rest.
    static let heatPumpShare = "heat.share.heat-pump"
    /// Heat-pump coefficient of performance, GJ heat per GJ electricity.
    static let coefficientOfPerformance = "heat-pump.cop"
    /// Gas-boiler efficiency, GJ heat per GJ gas.
    static let boilerEfficiency = "boiler.efficiency"
    /// CO2 per GJ of natural gas burnt.
    static let gasFactor = "gas.co2-factor"
}

/// The fixture's emission sources, in layout order.
enum FixtureSource: Int, CaseIterable {
    case gasBoilers, heatPumpElectricity
}
