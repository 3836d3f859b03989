import ReductionCore

extension TransportPlanLayout {
    /// GJ per kWh.
    static let gigajoulesPerKWh = 0.0036
    /// Mass ratio of CO2 to carbon.
    static let co2PerCarbon = 44.0 / 12.0
    /// CO2 from SCR urea solution, t per litre:
    /// `1.09 kg/L × 32.5 % urea × 12/60 × 44/12 / 1000 = 2.597 75 × 10⁻⁴`.
    /// IPCC 2006 Vol 2 Ch 3 Equation 3.2.2 (urea-based catalytic converters: CO2 = urea × 12/60 ×
    /// purity × 44/12, default purity 32.5 %); density of AUS 32 about 1.09 kg/L (ISO 22241-1, recalled).
    static let ureaSolutionCO2 = 1.09 * 0.325 * 12.0 / 60.0 * 44.0 / 12.0 / 1000

    /// Mass ratio of SO2 to sulphur.
    static let so2PerSulphur = 64.0 / 32.0

    /// Fills the year offsets `offsets` of `output` from `table` (see ``TransportModel`` for
    /// the formulas); every year depends only on that year's inputs. Results are summed per
    /// source in local buffers and written to `output` once per year.
    func run(_ table: InputTable, _ output: inout ModelOutput, offsets: Range<Int>) {
        var buffer = YearBuffer(sources: layout.sources.count, carriers: layout.carriers.count,
                                memos: layout.memos.count, quantities: layout.quantities.count)
        let years = table.years.count
        for offset in offsets where offset >= 0 && offset < years {
            let table = Inputs(values: table.values, years: years, offset: offset)
            buffer.clear()
            for group in groups {
                var total = 0.0
                if let index = group.activity { total = table[index] }
                for mode in group.modes {
                    let activity = total * table[mode.share]
                    buffer.activity += activity * mode.mode.convertedTurnoverWeight
                    buffer.quantities[mode.activityQuantity] += activity
                    guard let source = mode.source else { continue }
                    buffer.sourceActivity[source] += activity
                    var load = 0.0
                    if let index = mode.load { load = table[index] }
                    let vkm = load > 0 ? activity / load : 0
                    if let memo = mode.memo { buffer.memos[memo] += vkm }
                    let annualKm = table.value(mode.annualKm)
                    let perVehicle = annualKm > 0 ? 1 / annualKm : 0
                    if let vehicles = mode.vehicles { buffer.quantities[vehicles] += vkm * perVehicle }
                    var listed = 0.0
                    for tech in mode.techs {
                        if let index = tech.share { listed += table[index] }
                    }
                    let remainder = max(0, 1 - listed)
                    for tech in mode.techs {
                        var share = tech.isReference ? remainder : 0
                        if let index = tech.share { share += table[index] }
                        let techVkm = vkm * share
                        guard techVkm != 0 else { continue }
                        buffer.quantities[tech.vehicles] += techVkm * perVehicle
                        let perHundred = techVkm * table[tech.intensity] / 100
                        let (gigajoules, tonnes) = Self.energy(ofVehicleQuantity: perHundred, tech: tech.tech,
                                                               fuel: tech.burn.fuel, table: table)
                        burn(gigajoules: gigajoules, tonnes: tonnes, vkm: techVkm, tech.burn, table: table,
                             fuelStatistics: false, into: &buffer)
                        if let urea = tech.urea {
                            // SCR urea: litres of diesel × L solution per L × t CO2 per L solution.
                            buffer.co2[tech.burn.source] += perHundred * table[urea] * Self.ureaSolutionCO2
                        }
                    }
                }
            }
            for use in fuelUses {
                let quantity = table[use.quantity]
                let (gigajoules, tonnes) = Self.energy(ofFuelUse: quantity, fuel: use.burn.fuel, table: table)
                burn(gigajoules: gigajoules, tonnes: tonnes, vkm: 0, use.burn, table: table,
                     fuelStatistics: true, into: &buffer)
            }
            buffer.memos[coupling + 4] = table.value(grid)
            buffer.flush(into: &output, offset: offset)
        }
    }

    /// Energy (GJ) and fuel mass (t; MWh for electricity) of a vehicle quantity in the
    /// technology's unit: L (× density × NCV), m³ of CNG (÷ 10⁴ × NCV per 10⁴Nm³),
    /// kg of LNG or hydrogen (÷ 1000 × NCV), kWh (× 0.0036).
    static func energy(ofVehicleQuantity quantity: Double, tech: TransportTechnology, fuel: TransportPlanLayout.Fuel,
                       table: Inputs) -> (gigajoules: Double, tonnes: Double) {
        let ncv = table.value(fuel.ncv)
        switch tech.carrier {
        case .gasoline, .diesel, .lpg:
            let density = table.value(fuel.density)
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
                       table: Inputs) -> (gigajoules: Double, tonnes: Double) {
        let ncv = table.value(fuel.ncv)
        switch fuel.carrier {
        case .cng: return (quantity * ncv, 0)
        case .electricity: return (quantity * 3.6, quantity)
        default: return (quantity * ncv, quantity)
        }
    }

    /// Books energy, gases and pollutants of one burn (or the indirect emissions of
    /// electricity and hydrogen) on its source. Fuel statistics also book their GJ as the
    /// direct source's activity (vehicle modes book passenger-km or tonne-km instead).
    func burn(gigajoules: Double, tonnes: Double, vkm: Double, _ burn: Burn, table: Inputs,
              fuelStatistics: Bool, into buffer: inout YearBuffer) {
        let value = table.value
        let fuel = burn.fuel, source = burn.source
        buffer.energy[fuel.carrierIndex] += gigajoules
        switch fuel.carrier {
        case .electricity:
            buffer.sourceActivity[source] += tonnes
            buffer.co2[source] += tonnes * value(grid)
            buffer.memos[coupling] += tonnes
        case .hydrogen:
            buffer.sourceActivity[source] += tonnes
            buffer.co2[source] += tonnes * value(hydrogenFactor)
        default:
            if fuelStatistics { buffer.sourceActivity[source] += gigajoules }
            buffer.co2[source] += gigajoules * value(fuel.carbonContent) * value(fuel.oxidation) * Self.co2PerCarbon
            // Tailpipe CH4 of natural-gas vehicles is unburnt fuel (methane slip): fossil methane.
            let tailpipeCH4 = gigajoules * value(burn.ch4) * 1e-6 + vkm * value(burn.ch4PerKm) * 1e-9
            if fuel.carrier.isNaturalGas { buffer.ch4Fossil[source] += tailpipeCH4 } else { buffer.ch4[source] += tailpipeCH4 }
            if let upstream {
                // Well-to-wheel: the fuel's supply chain (kg/GJ) and upstream gas leaks (t CH4 per t CH4 delivered).
                buffer.sourceActivity[upstream] += gigajoules
                buffer.co2[upstream] += gigajoules * value(fuel.upstreamCO2) * 1e-3
                buffer.ch4Fossil[upstream] += gigajoules * value(fuel.upstreamCH4) * 1e-3
                    + gigajoules / TransportModel.methaneNCV * value(fuel.methaneLeak)
            }
            buffer.n2o[source] += gigajoules * value(burn.n2o) * 1e-6 + vkm * value(burn.n2oPerKm) * 1e-9
            buffer.nox[source] += gigajoules * value(burn.nox) * 1e-6
            buffer.pm25[source] += gigajoules * value(burn.pm25) * 1e-6
            buffer.so2[source] += tonnes * value(fuel.sulphur) * 1e-6 * Self.so2PerSulphur
        }
    }
}

/// One year's view of the input table: `table[key]` reads the key's value in that year.
struct Inputs {
    let values: [Double]
    let years: Int
    let offset: Int

    subscript(index: Int) -> Double { values[index * years + offset] }

    /// The value of an optional key (0 when the plan has no such key).
    func value(_ index: Int?) -> Double {
        guard let index else { return 0 }
        return values[index * years + offset]
    }
}

/// One year's results per source and carrier, written to the output in one pass.
struct YearBuffer {
    var co2: [Double], ch4: [Double], ch4Fossil: [Double], n2o: [Double]
    var nox: [Double], pm25: [Double], so2: [Double]
    var sourceActivity: [Double]
    var energy: [Double]
    var memos: [Double]
    var quantities: [Double]
    var activity = 0.0

    init(sources: Int, carriers: Int, memos: Int, quantities: Int) {
        co2 = Array(repeating: 0, count: sources)
        ch4 = co2; ch4Fossil = co2; n2o = co2; nox = co2; pm25 = co2; so2 = co2; sourceActivity = co2
        energy = Array(repeating: 0, count: carriers)
        self.memos = Array(repeating: 0, count: memos)
        self.quantities = Array(repeating: 0, count: quantities)
    }

    mutating func clear() {
        for index in co2.indices {
            co2[index] = 0; ch4[index] = 0; ch4Fossil[index] = 0; n2o[index] = 0
            nox[index] = 0; pm25[index] = 0; so2[index] = 0; sourceActivity[index] = 0
        }
        for index in energy.indices { energy[index] = 0 }
        for index in memos.indices { memos[index] = 0 }
        for index in quantities.indices { quantities[index] = 0 }
        activity = 0
    }

    func flush(into output: inout ModelOutput, offset: Int) {
        for source in co2.indices {
            output.addEmission(co2[source], of: .co2, source: source, offset: offset)
            output.addEmission(ch4[source], of: .ch4NonFossil, source: source, offset: offset)
            output.addEmission(ch4Fossil[source], of: .ch4Fossil, source: source, offset: offset)
            output.addEmission(n2o[source], of: .n2o, source: source, offset: offset)
            output.addPollutant(nox[source], of: .nox, source: source, offset: offset)
            output.addPollutant(pm25[source], of: .pm25, source: source, offset: offset)
            output.addPollutant(so2[source], of: .so2, source: source, offset: offset)
            output.addSourceActivity(sourceActivity[source], source: source, offset: offset)
        }
        for carrier in energy.indices { output.addEnergy(energy[carrier], carrier: carrier, offset: offset) }
        for memo in memos.indices { output.addMemo(memos[memo], memo: memo, offset: offset) }
        for quantity in quantities.indices { output.addQuantity(quantities[quantity], quantity: quantity, offset: offset) }
        output.addActivity(activity, offset: offset)
    }
}
