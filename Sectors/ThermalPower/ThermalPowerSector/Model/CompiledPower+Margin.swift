import ReductionCore

extension CompiledPower {
    /// The margin a change of imports or exports displaces, per MWh, for the consumption view.
    ///
    /// Condensing coal takes the residual demand (see ``Dispatch``), so one more MWh imported
    /// (or one less exported) is one MWh less from the condensing fleet, pro rata:
    ///
    /// ```
    /// margin per MWh = Σ_condensing (electricity share of gas_u) / Σ_condensing net_u   (CO2, CH4, N2O)
    /// ```
    ///
    /// The plan declares the margin with `supply.import-margin-weight` w: net imports count at
    /// `w × local margin + (1 − w) × electricity.grid-factor`. w = 0 (default) is the
    /// location-based consumption view; w = 1 when imports displace the city's own condensing
    /// coal: buying ordinary grid power instead of running local coal is then a boundary shift,
    /// abating in the production (territorial) view and nothing in the consumption view.
    /// Where no condensing coal runs (a city served by imports) the margin is the grid factor.
    struct Margin {
        var net = 0.0, co2 = 0.0, ch4 = 0.0, n2o = 0.0

        /// Adds a condensing unit's net MWh and the electricity part of its gases.
        mutating func add(net unitNet: Double, electricityCO2: Double, source: Int, offset: Int, out: ModelOutput) {
            let year = out.years.lowerBound + offset
            let co2Total = out.tonnes(.co2, source: source, year: year)
            let share = co2Total > 0 ? min(max(electricityCO2 / co2Total, 0), 1) : 1
            net += unitNet
            co2 += electricityCO2
            ch4 += out.tonnes(.ch4NonFossil, source: source, year: year) * share
            n2o += out.tonnes(.n2o, source: source, year: year) * share
        }

        /// Tonnes per MWh of net imports: `w × local margin + (1 − w) × grid factor` (the grid
        /// factor is CO2 only); the grid factor alone without condensing output.
        func perMWh(gridFactor: Double, weight w: Double) -> (co2: Double, ch4: Double, n2o: Double) {
            guard net > 0, w > 0 else { return (gridFactor, 0, 0) }
            return (w * co2 / net + (1 - w) * gridFactor, w * ch4 / net, w * n2o / net)
        }
    }
}
