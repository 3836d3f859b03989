import ReductionCore

extension CompiledPower {
    /// Fuel factors for one year.
    struct FuelYear {
        var ncv, co2PerGJ, ch4, n2o, flueGas, biogenicPerGJ: Double
    }

    func fuelYear(_ fuel: Fuel, _ table: InputTable, _ offset: Int) -> FuelYear {
        guard let slots = fuels[fuel] else { return FuelYear(ncv: 0, co2PerGJ: 0, ch4: 0, n2o: 0, flueGas: 0, biogenicPerGJ: 0) }
        func read(_ index: Int?, _ fallback: Estimate) -> Double { index.map { table[$0, offset: offset] } ?? fallback.value }
        let perGJ = PowerFormulas.co2PerGigajoule(carbonContent: read(slots.carbon, slots.defaults.carbon),
                                                   oxidation: read(slots.oxidation, slots.defaults.oxidation))
        return FuelYear(ncv: read(slots.ncv, slots.defaults.ncv), co2PerGJ: fuel.isFossil ? perGJ : 0,
                        ch4: read(slots.ch4, slots.defaults.ch4), n2o: read(slots.n2o, slots.defaults.n2o),
                        flueGas: read(slots.flueGas, slots.defaults.flueGas), biogenicPerGJ: fuel.isFossil ? 0 : perGJ)
    }

    static let ownUseDefault = ThermalPowerModel.unitDefault(.ownUse)
    static let heatRateDefault = ThermalPowerModel.unitDefault(.heatRate)

    func value(_ table: InputTable, _ key: String, _ offset: Int) -> Double {
        if let index = system[key] { return table[index, offset: offset] }
        return ThermalPowerModel.systemSpecs.first { $0.key == key }?.defaultValue ?? 0
    }

    func unitValue(_ table: InputTable, _ index: Int?, _ offset: Int, _ fallback: Double) -> Double {
        index.map { table[$0, offset: offset] } ?? fallback
    }

    /// Totals of one year that feed the memo items.
    struct Totals {
        var generation: [Fuel: Double] = [:]
        var co2Electricity = 0.0, co2Heat = 0.0, biogenic = 0.0, coalGJ = 0.0, heatUnits = 0.0
    }

    func runYear(_ table: InputTable, _ offset: Int, _ out: inout ModelOutput) {
        let factors = Dictionary(uniqueKeysWithValues: Fuel.allCases.map { ($0, fuelYear($0, table, offset)) })
        let pm25 = min(max(value(table, PowerKeys.pm25Share, offset), 0), 1)

        // 1. Non-fossil supply, curtailment and storage.
        var firm = 0.0, variable = 0.0
        for source in renewables {
            let capacity = max(table[source.capacity, offset: offset], 0)
            out.addQuantity(capacity, quantity: PowerQuantities.index(source.kind), offset: offset)
            let output = capacity * max(table[source.hours, offset: offset], 0)
            if source.kind.isVariable { variable += output } else { firm += output }
        }
        let curtailed = variable * min(max(value(table, PowerKeys.curtailment, offset), 0), 1)
        let storage = max(value(table, PowerKeys.storageCapacity, offset), 0)
        out.addQuantity(storage, quantity: PowerQuantities.storage, offset: offset)
        let absorbable = storage * max(value(table, PowerKeys.storageIntegration, offset), 0)
        let recovered = min(curtailed, absorbable) * min(max(value(table, PowerKeys.storageEfficiency, offset), 0), 1)
        let nonFossil = firm + variable - curtailed + recovered
        let imports = max(value(table, PowerKeys.imports, offset), 0) + max(value(table, PowerKeys.greenImports, offset), 0)

        // 2. Net generation: scheduled units first, condensing coal on the residual.
        var generation = [Double](repeating: 0, count: units.count)
        var residualUnits: [Dispatch.Unit] = [], residualIndex: [Int] = []
        let maxHours = max(value(table, PowerKeys.maxHours, offset), 0)
        var scheduledTotal = 0.0
        for (index, unit) in units.enumerated() {
            let capacity = max(table[unit.capacity, offset: offset], 0)
            out.addQuantity(capacity, quantity: PowerQuantities.index(unit.technology), offset: offset)
            let netShare = 1 - min(max(unitValue(table, unit.ownUse, offset, Self.ownUseDefault), 0), 1)
            let scheduled = capacity * max(table[unit.hours, offset: offset], 0) * netShare
            if unit.technology.role == .scheduled {
                generation[index] = scheduled
                scheduledTotal += scheduled
            } else {
                residualUnits.append(Dispatch.Unit(scheduled: scheduled, maximum: capacity * maxHours * netShare,
                                                   coalRate: table[unit.fuelRate, offset: offset]))
                residualIndex.append(index)
            }
        }
        let demand = max(value(table, PowerKeys.demand, offset), 0)
        let dispatch = Dispatch.allocate(residual: demand - nonFossil - imports - scheduledTotal, units: residualUnits,
                                         meritWeight: value(table, PowerKeys.meritWeight, offset))
        for (slot, index) in residualIndex.enumerated() { generation[index] = dispatch.generation[slot] }

        // 3. Fuel, emissions and pollutants per unit.
        var totals = Totals()
        for (index, unit) in units.enumerated() {
            burnUnit(unit, source: index, net: generation[index], table: table, offset: offset,
                     factors: factors, pm25: pm25, totals: &totals, out: &out)
        }

        // 4. Heat-only boilers cover the heat demand the units leave.
        let boilerHeat = max(value(table, PowerKeys.heatDemand, offset) - totals.heatUnits, 0)
        let efficiency = max(value(table, PowerKeys.boilerEfficiency, offset), 0.01)
        let boilerFuel = boilerHeat / efficiency
        if let coal = factors[.coal] {
            let co2 = boilerFuel * coal.co2PerGJ
            out.addEmission(co2, of: .co2, source: boilerSource, offset: offset)
            out.addEmission(PowerFormulas.tier1(gigajoules: boilerFuel, kilogramsPerTJ: coal.ch4), of: .ch4NonFossil, source: boilerSource, offset: offset)
            out.addEmission(PowerFormulas.tier1(gigajoules: boilerFuel, kilogramsPerTJ: coal.n2o), of: .n2o, source: boilerSource, offset: offset)
            let flue = boilerFuel * coal.flueGas
            out.addPollutant(PowerFormulas.pollutant(flueGas: flue, concentration: value(table, PowerKeys.boilerSO2, offset)), of: .so2, source: boilerSource, offset: offset)
            out.addPollutant(PowerFormulas.pollutant(flueGas: flue, concentration: value(table, PowerKeys.boilerNOx, offset)), of: .nox, source: boilerSource, offset: offset)
            out.addPollutant(PowerFormulas.pollutant(flueGas: flue, concentration: value(table, PowerKeys.boilerPM, offset)) * pm25, of: .pm25, source: boilerSource, offset: offset)
            totals.co2Heat += co2
        }
        out.addSourceActivity(boilerFuel, source: boilerSource, offset: offset)
        out.addEnergy(boilerFuel, carrier: 0, offset: offset)
        totals.coalGJ += boilerFuel

        // 5. Imports, the grid and heat factors, memo items, activity.
        let importFactor = max(value(table, PowerKeys.importFactor, offset), 0)
        let gridImports = max(value(table, PowerKeys.imports, offset), 0) + dispatch.shortfall
        let fossilNet = generation.reduce(0, +)
        let supplied = nonFossil + imports + dispatch.shortfall + fossilNet
        let importCO2 = gridImports * importFactor
        out.addEnergy((imports + dispatch.shortfall) * 3.6, carrier: Fuel.allCases.count, offset: offset)
        let heatSupplied = totals.heatUnits + boilerHeat
        var memo = [Memo: Double]()
        memo[.gridFactor] = supplied > 0 ? (totals.co2Electricity + importCO2) / supplied : 0
        memo[.heatFactor] = heatSupplied > 0 ? totals.co2Heat / heatSupplied : 0
        // Power intensity: CO2 allocated to electricity (heat-supply ratio, see Dispatch.reportNotes)
        // over the local net generation (fossil and non-fossil; imports and their CO2 excluded).
        let localGeneration = fossilNet + nonFossil
        memo[.electricityIntensity] = localGeneration > 0 ? totals.co2Electricity / localGeneration : 0
        memo[.generationCoal] = totals.generation[.coal] ?? 0
        memo[.generationGas] = totals.generation[.gas] ?? 0
        memo[.generationBiomass] = totals.generation[.biomass] ?? 0
        memo[.generationNonFossil] = nonFossil
        memo[.imports] = imports
        memo[.balancingImport] = dispatch.shortfall
        memo[.surplus] = dispatch.surplus
        memo[.curtailed] = curtailed
        memo[.storageRecovered] = recovered
        let coalNCV = factors[.coal]?.ncv ?? 0
        memo[.coalTonnes] = coalNCV > 0 ? totals.coalGJ / coalNCV : 0
        memo[.coalTCE] = totals.coalGJ / PowerFormulas.gigajoulesPerTCE
        memo[.biogenicCO2] = totals.biogenic
        memo[.importCO2] = importCO2
        memo[.electricityCO2] = totals.co2Electricity
        memo[.heatCO2] = totals.co2Heat
        memo[.heatCHP] = totals.heatUnits
        memo[.heatBoilers] = boilerHeat
        for (item, amount) in memo { out.addMemo(amount, memo: item.rawValue, offset: offset) }
        // Consumption view (indirect source): net imports (grid imports − exports) at
        // w × declared margin + (1 − w) × grid factor, w = supply.import-margin-weight.
        let importSource = units.count + 1
        let net = gridImports - dispatch.surplus
        let weight = min(max(value(table, PowerKeys.importMarginWeight, offset), 0), 1)
        let marginFactor = weight * max(value(table, PowerKeys.importMarginFactor, offset), 0) + (1 - weight) * importFactor
        out.addEmission(net * marginFactor, of: .co2, source: importSource, offset: offset)
        out.addSourceActivity(net, source: importSource, offset: offset)
        out.addCoupling(Coupling.Flows(electricityDemand: imports + dispatch.shortfall, electricitySupply: supplied,
                                       heatSupply: heatSupplied, gridFactor: importFactor),
                        first: Memo.allCases.count, offset: offset)
        out.addActivity(supplied, offset: offset)
    }

    /// Fuel, gases and pollutants of one unit producing `net` MWh (and its heat).
    func burnUnit(_ unit: UnitSlots, source: Int, net: Double, table: InputTable, offset: Int,
                  factors: [Fuel: FuelYear], pm25: Double, totals: inout Totals, out: inout ModelOutput) {
        let heat = max(unitValue(table, unit.heat, offset, 0), 0)
        let powerFuel = PowerFormulas.fuelEnergy(megawattHours: net, coalRate: max(table[unit.fuelRate, offset: offset], 0))
        let heatFuel = PowerFormulas.fuelEnergy(heat: heat, heatCoalRate: max(unitValue(table, unit.heatRate, offset, Self.heatRateDefault), 0))
        let fuel = powerFuel + heatFuel
        let biomass = min(max(unitValue(table, unit.biomass, offset, 0), 0), 1)
        let gas = min(max(unitValue(table, unit.gas, offset, 0), 0), 1 - biomass)
        var shares: [Fuel: Double] = [.biomass: biomass, .gas: gas, .coal: 0]
        shares[unit.technology.primaryFuel, default: 0] += 1 - biomass - gas
        var co2 = 0.0, ch4 = 0.0, n2o = 0.0, flue = 0.0
        for (carrier, fuelKind) in Fuel.allCases.enumerated() {
            let share = shares[fuelKind] ?? 0
            guard share > 0, let factor = factors[fuelKind] else { continue }
            let energy = fuel * share
            co2 += energy * factor.co2PerGJ
            ch4 += PowerFormulas.tier1(gigajoules: energy, kilogramsPerTJ: factor.ch4)
            n2o += PowerFormulas.tier1(gigajoules: energy, kilogramsPerTJ: factor.n2o)
            flue += energy * factor.flueGas
            totals.biogenic += energy * factor.biogenicPerGJ
            totals.generation[fuelKind, default: 0] += net * share
            if fuelKind == .coal { totals.coalGJ += energy }
            out.addEnergy(energy, carrier: carrier, offset: offset)
        }
        out.addEmission(co2, of: .co2, source: source, offset: offset)
        out.addEmission(ch4, of: .ch4NonFossil, source: source, offset: offset)
        out.addEmission(n2o, of: .n2o, source: source, offset: offset)
        // Flue gas × concentration, or fuel × emission factor where the plan gives a factor.
        let defaults = unit.technology.defaultConcentrations
        func pollutant(_ concentration: Int?, _ fallback: Double, _ factor: Int?) -> Double {
            if let factor { return PowerFormulas.tier1(gigajoules: fuel, kilogramsPerTJ: max(table[factor, offset: offset], 0)) }
            return PowerFormulas.pollutant(flueGas: flue, concentration: max(unitValue(table, concentration, offset, fallback), 0))
        }
        out.addPollutant(pollutant(unit.so2, defaults.so2, unit.so2Factor), of: .so2, source: source, offset: offset)
        out.addPollutant(pollutant(unit.nox, defaults.nox, unit.noxFactor), of: .nox, source: source, offset: offset)
        out.addPollutant(pollutant(unit.pm, defaults.pm, unit.pmFactor) * pm25, of: .pm25, source: source, offset: offset)
        out.addSourceActivity(fuel, source: source, offset: offset)
        let electricityShare = fuel > 0 ? powerFuel / fuel : 1
        totals.co2Electricity += co2 * electricityShare
        totals.co2Heat += co2 * (1 - electricityShare)
        totals.heatUnits += heat
    }
}
