import ReductionCore

extension FixtureModel {
    /// The input rows `run` reads, resolved once per plan.
    struct Rows: Sendable {
        let demand, share, cop, efficiency, gas, grid: Int

        init(_ inputs: InputTable) throws(PlanError) {
            func row(_ key: String) throws(PlanError) -> Int {
                guard let index = inputs.index(of: key) else {
                    throw PlanError(.missingKey, "the plan has no '\(key)'", at: SourceLocation(keyPath: "inputs.\(key)"))
                }
                return index
            }
            demand = try row(FixtureKey.heatDemand)
            share = try row(FixtureKey.heatPumpShare)
            cop = try row(FixtureKey.coefficientOfPerformance)
            efficiency = try row(FixtureKey.boilerEfficiency)
            gas = try row(FixtureKey.gasFactor)
            grid = try row(Coupling.gridFactor)
        }
    }

    /// One year: gas = D (1 − s) / η, electricity = D s / COP (GJ, ÷ 3.6 for MWh),
    /// CO2 = gas × factor (direct) + MWh × grid factor (indirect).
    static func run(_ rows: Rows, _ table: InputTable, _ output: inout ModelOutput, offsets: Range<Int>) {
        let first = layout.memos.count - Coupling.memos.count
        for offset in offsets {
            let demand = table[rows.demand, offset: offset], share = table[rows.share, offset: offset]
            let gas = demand * (1 - share) / table[rows.efficiency, offset: offset]
            let megawattHours = demand * share / table[rows.cop, offset: offset] / 3.6
            let grid = table[rows.grid, offset: offset]
            output.addEmission(gas * table[rows.gas, offset: offset], of: .co2, source: FixtureSource.gasBoilers.rawValue, offset: offset)
            output.addEmission(megawattHours * grid, of: .co2, source: FixtureSource.heatPumpElectricity.rawValue, offset: offset)
            output.addSourceActivity(gas, source: FixtureSource.gasBoilers.rawValue, offset: offset)
            output.addSourceActivity(megawattHours, source: FixtureSource.heatPumpElectricity.rawValue, offset: offset)
            output.addEnergy(gas, carrier: 0, offset: offset)
            output.addEnergy(megawattHours * 3.6, carrier: 1, offset: offset)
            output.addActivity(demand, offset: offset)
            output.addCoupling(Coupling.Flows(electricityDemand: megawattHours, gridFactor: grid), first: first, offset: offset)
        }
    }
}
