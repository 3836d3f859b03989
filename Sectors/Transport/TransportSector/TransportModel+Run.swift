import ReductionCore

extension TransportPlanLayout {
    /// GJ per kWh.
    static let gigajoulesPerKWh = 0.0036
    /// Mass ratio of CO2 to carbon.
    static let co2PerCarbon = 44.0 / 12.0
    /// Mass ratio of SO2 to sulphur.
    static let so2PerSulphur = 64.0 / 32.0

    /// Fills `output` from `table` (see ``TransportModel`` for the formulas).
    func run(_ table: InputTable, _ output: inout ModelOutput) {
        for offset in 0..<table.years.count {
            for group in groups {
                let total = group.activity.map { table[$0, offset: offset] } ?? 0
                for mode in group.modes {
                    let activity = total * table[mode.share, offset: offset]
                    output.addActivity(activity, offset: offset)
                    guard let source = mode.source else { continue }
                    output.addSourceActivity(activity, source: source, offset: offset)
                    let load = mode.load.map { table[$0, offset: offset] } ?? 0
                    let vkm = load > 0 ? activity / load : 0
                    if let memo = mode.memo { output.addMemo(vkm, memo: memo, offset: offset) }
                    var listed = 0.0
                    for tech in mode.techs { listed += tech.share.map { table[$0, offset: offset] } ?? 0 }
                    let remainder = max(0, 1 - listed)
                    for tech in mode.techs {
                        let share = (tech.share.map { table[$0, offset: offset] } ?? 0) + (tech.isReference ? remainder : 0)
                        let techVkm = vkm * share
                        let perHundred = techVkm * table[tech.intensity, offset: offset] / 100
                        let (gigajoules, tonnes) = Self.energy(ofVehicleQuantity: perHundred, tech: tech.tech,
                                                               fuel: tech.burn.fuel, table: table, offset: offset)
                        Self.burn(gigajoules: gigajoules, tonnes: tonnes, vkm: techVkm, tech.burn, table: table,
                                  offset: offset, grid: grid, hydrogen: hydrogenFactor, fuelStatistics: false,
                                  output: &output)
                    }
                }
            }
            for use in fuelUses {
                let quantity = table[use.quantity, offset: offset]
                let (gigajoules, tonnes) = Self.energy(ofFuelUse: quantity, fuel: use.burn.fuel, table: table, offset: offset)
                Self.burn(gigajoules: gigajoules, tonnes: tonnes, vkm: 0, use.burn, table: table,
                          offset: offset, grid: grid, hydrogen: hydrogenFactor, fuelStatistics: true,
                          output: &output)
            }
        }
    }

    /// Energy (GJ) and fuel mass (t; MWh for electricity) of a vehicle quantity in the
    /// technology's unit: L (× density × NCV), m³ of CNG (÷ 10⁴ × NCV per 10⁴Nm³),
    /// kg of LNG or hydrogen (÷ 1000 × NCV), kWh (× 0.0036).
    static func energy(ofVehicleQuantity quantity: Double, tech: TransportTechnology, fuel: TransportPlanLayout.Fuel,
                       table: InputTable, offset: Int) -> (gigajoules: Double, tonnes: Double) {
        let ncv = fuel.ncv.map { table[$0, offset: offset] } ?? 0
        switch tech.carrier {
        case .gasoline, .diesel, .lpg:
            let density = fuel.density.map { table[$0, offset: offset] } ?? 0
            let tonnes = quantity / 1000 * density
            return (tonnes * ncv, tonnes)
        case .cng:
            return (quantity / 10_000 * ncv, 0)
        case .lng, .hydrogen, .fuelOil:
            let tonnes = quantity / 1000
            return (tonnes * ncv, tonnes)
        case .electricity:
            return (quantity * gigajoulesPerKWh, quantity / 1000)
        }
    }

    /// Energy (GJ) and mass (t; MWh for electricity) of a fuel-statistics quantity.
    static func energy(ofFuelUse quantity: Double, fuel: TransportPlanLayout.Fuel,
                       table: InputTable, offset: Int) -> (gigajoules: Double, tonnes: Double) {
        let ncv = fuel.ncv.map { table[$0, offset: offset] } ?? 0
        switch fuel.carrier {
        case .cng: return (quantity * ncv, 0)
        case .electricity: return (quantity * 3.6, quantity)
        default: return (quantity * ncv, quantity)
        }
    }

    /// Books energy, gases and pollutants of one burn (or the indirect emissions of
    /// electricity and hydrogen) on its source. Fuel statistics also book their GJ as the
    /// direct source's activity (vehicle modes book passenger-km or tonne-km instead).
    static func burn(gigajoules: Double, tonnes: Double, vkm: Double, _ burn: Burn, table: InputTable, offset: Int,
                     grid: Int?, hydrogen: Int?, fuelStatistics: Bool, output: inout ModelOutput) {
        func value(_ index: Int?) -> Double { index.map { table[$0, offset: offset] } ?? 0 }
        let fuel = burn.fuel
        output.addEnergy(gigajoules, carrier: fuel.carrierIndex, offset: offset)
        switch fuel.carrier {
        case .electricity:
            output.addSourceActivity(tonnes, source: burn.source, offset: offset)
            output.addEmission(tonnes * value(grid), of: .co2, source: burn.source, offset: offset)
        case .hydrogen:
            output.addSourceActivity(tonnes, source: burn.source, offset: offset)
            output.addEmission(tonnes * value(hydrogen), of: .co2, source: burn.source, offset: offset)
        default:
            if fuelStatistics { output.addSourceActivity(gigajoules, source: burn.source, offset: offset) }
            let co2 = gigajoules * value(fuel.carbonContent) * value(fuel.oxidation) * co2PerCarbon
            output.addEmission(co2, of: .co2, source: burn.source, offset: offset)
            let ch4 = gigajoules * value(burn.ch4) * 1e-6 + vkm * value(burn.ch4PerKm) * 1e-9
            let n2o = gigajoules * value(burn.n2o) * 1e-6 + vkm * value(burn.n2oPerKm) * 1e-9
            output.addEmission(ch4, of: .ch4NonFossil, source: burn.source, offset: offset)
            output.addEmission(n2o, of: .n2o, source: burn.source, offset: offset)
            output.addPollutant(gigajoules * value(burn.nox) * 1e-6, of: .nox, source: burn.source, offset: offset)
            output.addPollutant(gigajoules * value(burn.pm25) * 1e-6, of: .pm25, source: burn.source, offset: offset)
            output.addPollutant(tonnes * value(fuel.sulphur) * 1e-6 * so2PerSulphur, of: .so2, source: burn.source, offset: offset)
        }
    }
}
