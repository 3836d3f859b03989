internal import ReductionCore

extension TextileModel {
    /// The dense positions of every key the model reads, resolved once per plan.
    struct Keys: Sendable {
        struct Stage: Sendable { var output, electricity, heat, directFuel, wastewater, mass: Int }
        struct FuelKeys: Sendable { var ncv, carbon, oxidation, ch4, n2o, so2, nox, pm25, otherUse: Int }

        var stages: [Stage]
        /// Share and efficiency per heat route (`HeatRoute.allCases` order; nil for purchased).
        var heatShare: [Int?]
        var heatEfficiency: [Int?]
        var distributionLoss: Int
        var directCoal, directOil: Int
        /// Per fuel, `Fuel.allCases` order.
        var fuels: [FuelKeys]
        var gridFactor, residualMix, heatFactor, greenShare, solarPV: Int
        /// Memo index of the first shared coupling memo (``Coupling/memos``, appended last).
        var coupling = TextileModel.layout.memos.count - Coupling.memos.count
        var otherVolume, codIn, codOut, sludge, b0, recovery, treatmentElectricity: Int
        /// Share (nil for aerobic, the remainder) and MCF per route, `TreatmentRoute.allCases` order.
        var routeShare: [Int?]
        var routeMCF: [Int]

        init(_ table: InputTable) throws(PlanError) {
            func index(_ key: String) throws(PlanError) -> Int {
                guard let found = table.index(of: key) else {
                    throw PlanError(.missingKey, "the textile model needs input '\(key)', which the plan does not have",
                                    at: SourceLocation(keyPath: "inputs.\(key)"))
                }
                return found
            }
            var stages: [Stage] = []
            for stage in ProcessStage.allCases {
                let k = stage.key
                stages.append(Stage(output: try index("\(k).output"), electricity: try index("\(k).electricity"),
                                    heat: try index("\(k).heat"), directFuel: try index("\(k).direct-fuel"),
                                    wastewater: try index("\(k).wastewater"), mass: try index("\(k).mass")))
            }
            self.stages = stages
            var shares: [Int?] = [], efficiencies: [Int?] = []
            for route in HeatRoute.allCases {
                if let key = route.shareKey { shares.append(try index(key)) } else { shares.append(nil) }
                if let key = route.efficiencyKey { efficiencies.append(try index(key)) } else { efficiencies.append(nil) }
            }
            heatShare = shares
            heatEfficiency = efficiencies
            distributionLoss = try index("heat.distribution-loss")
            directCoal = try index("direct.share.coal")
            directOil = try index("direct.share.fuel-oil")
            var fuels: [FuelKeys] = []
            for fuel in Fuel.allCases {
                let k = fuel.key
                fuels.append(FuelKeys(ncv: try index("\(k).ncv"), carbon: try index("\(k).carbon"),
                                      oxidation: try index("\(k).oxidation"), ch4: try index("\(k).ch4"),
                                      n2o: try index("\(k).n2o"), so2: try index("\(k).so2"), nox: try index("\(k).nox"),
                                      pm25: try index("\(k).pm25"), otherUse: try index("\(k).other-use")))
            }
            self.fuels = fuels
            gridFactor = try index(Coupling.gridFactor)
            residualMix = try index(Coupling.residualMixFactor)
            heatFactor = try index(Coupling.heatFactor)
            greenShare = try index("electricity.green-share")
            solarPV = try index("electricity.onsite-pv")
            otherVolume = try index("wastewater.other-volume")
            codIn = try index("wastewater.cod-in")
            codOut = try index("wastewater.cod-out")
            sludge = try index("wastewater.sludge-share")
            b0 = try index("wastewater.b0")
            recovery = try index("wastewater.recovery")
            treatmentElectricity = try index("wastewater.electricity")
            var routeShare: [Int?] = [], routeMCF: [Int] = []
            for route in TreatmentRoute.allCases {
                if let key = route.shareKey { routeShare.append(try index(key)) } else { routeShare.append(nil) }
                routeMCF.append(try index(route.mcfKey))
            }
            self.routeShare = routeShare
            self.routeMCF = routeMCF
        }
    }

    /// Fills `out` for the year offsets `offsets` of `t` (see ``TextileModel`` for the formulas).
    static func run(_ k: Keys, _ t: InputTable, _ out: inout ModelOutput, offsets: Range<Int>) {
        let gasIndex = Fuel.allCases.firstIndex(of: .naturalGas) ?? 1
        let coalIndex = Fuel.allCases.firstIndex(of: .coal) ?? 0
        let oilIndex = Fuel.allCases.firstIndex(of: .fuelOil) ?? 2
        let reactor = TreatmentRoute.allCases.firstIndex(of: .anaerobicReactor) ?? 2
        for y in offsets {
            func v(_ i: Int) -> Double { t[i, offset: y] }
            // Demand by stage.
            var heat = 0.0, electricityKWh = 0.0, direct = 0.0, wastewater = v(k.otherVolume), mass = 0.0
            for s in k.stages {
                let q = v(s.output)
                heat += q * v(s.heat)
                electricityKWh += q * v(s.electricity)
                direct += q * v(s.directFuel)
                wastewater += q * v(s.wastewater)
                mass += q * v(s.mass)
            }
            // Heat supply.
            let generated = TextileAccounting.generatedHeat(useful: heat, distributionLoss: v(k.distributionLoss))
            var fuelGJ = [Double](repeating: 0, count: Fuel.allCases.count)
            var ownShare = 0.0
            var heatElectricityGJ = 0.0
            for (r, route) in HeatRoute.allCases.enumerated() {
                guard let shareKey = k.heatShare[r], let efficiencyKey = k.heatEfficiency[r] else { continue }
                let share = min(max(v(shareKey), 0), 1)
                ownShare += share
                let input = TextileAccounting.inputEnergy(heat: generated * share, efficiency: v(efficiencyKey))
                if let fuel = route.fuel, let f = Fuel.allCases.firstIndex(of: fuel) {
                    fuelGJ[f] += input
                } else {
                    heatElectricityGJ += input
                }
            }
            let purchasedHeat = generated * max(1 - ownShare, 0)
            // Energy of the whole steam system (tce), shared among stages by useful heat.
            let heatSupplyTce = (fuelGJ.reduce(0, +) + purchasedHeat) / 29.3076
                + heatElectricityGJ / 0.0036 * TextileAccounting.kgcePerKWh / 1_000
            for (index, s) in k.stages.enumerated() {
                let q = v(s.output)
                let share = heat > 0 ? q * v(s.heat) / heat : 0
                let tce = q * v(s.electricity) * TextileAccounting.kgcePerKWh / 1_000 + q * v(s.directFuel) / 29.3076
                    + share * heatSupplyTce
                out.addMemo(tce, memo: 4 + index, offset: y)
            }
            // Direct process fuel: coal and oil shares, the rest natural gas.
            let directCoal = min(max(v(k.directCoal), 0), 1), directOil = min(max(v(k.directOil), 0), 1)
            fuelGJ[coalIndex] += direct * directCoal
            fuelGJ[oilIndex] += direct * directOil
            fuelGJ[gasIndex] += direct * max(1 - directCoal - directOil, 0)
            // Fuel combustion (China's form), CH4/N2O and air pollutants.
            var comprehensiveTce = 0.0
            for (f, keys) in k.fuels.enumerated() {
                let energy = fuelGJ[f] + v(keys.otherUse) * v(keys.ncv)
                out.addEmission(TextileAccounting.fuelCO2(energy: energy, carbonContent: v(keys.carbon),
                                                          oxidation: v(keys.oxidation)), of: .co2, source: f, offset: y)
                out.addEmission(TextileAccounting.tonnes(energy: energy, gramsPerGJ: v(keys.ch4)), of: .ch4NonFossil, source: f, offset: y)
                out.addEmission(TextileAccounting.tonnes(energy: energy, gramsPerGJ: v(keys.n2o)), of: .n2o, source: f, offset: y)
                out.addPollutant(TextileAccounting.tonnes(energy: energy, gramsPerGJ: v(keys.so2)), of: .so2, source: f, offset: y)
                out.addPollutant(TextileAccounting.tonnes(energy: energy, gramsPerGJ: v(keys.nox)), of: .nox, source: f, offset: y)
                out.addPollutant(TextileAccounting.tonnes(energy: energy, gramsPerGJ: v(keys.pm25)), of: .pm25, source: f, offset: y)
                out.addSourceActivity(energy, source: f, offset: y)
                out.addEnergy(energy, carrier: f, offset: y)
                comprehensiveTce += energy / 29.3076
            }
            // Wastewater: guideline CH4 by route, recovery on the anaerobic reactor.
            let removed = TextileAccounting.codRemoved(volume: wastewater, codIn: v(k.codIn), codOut: v(k.codOut))
            let sludge = removed * min(max(v(k.sludge), 0), 1)
            var routeShares = k.routeShare.map { $0.map { min(max(v($0), 0), 1) } ?? 0 }
            if let aerobic = TreatmentRoute.allCases.firstIndex(of: .aerobic) {
                routeShares[aerobic] = max(1 - routeShares.reduce(0, +), 0)
            }
            var methane = 0.0, recovered = 0.0
            for r in routeShares.indices {
                let generatedCH4 = TextileAccounting.wastewaterCH4(codRemoved: removed * routeShares[r],
                                                                   codInSludge: sludge * routeShares[r],
                                                                   b0: v(k.b0), mcf: v(k.routeMCF[r]))
                methane += generatedCH4
                if r == reactor { recovered = generatedCH4 * min(max(v(k.recovery), 0), 1) }
            }
            let wastewaterSource = TextileModel.SourceID.allCases.firstIndex(of: .wastewater) ?? 3
            out.addEmission(methane - recovered, of: .ch4NonFossil, source: wastewaterSource, offset: y)
            out.addSourceActivity(removed - sludge, source: wastewaterSource, offset: y)
            out.addMemo(recovered, memo: 0, offset: y)
            // Electricity: stages, electric heat, effluent treatment; less own PV; green share.
            electricityKWh += heatElectricityGJ / 0.0036 + wastewater * v(k.treatmentElectricity)
            let totalMWh = electricityKWh / 1_000
            let solar = min(max(v(k.solarPV), 0), totalMWh)
            let gridMWh = totalMWh - solar
            let greenMWh = gridMWh * min(max(v(k.greenShare), 0), 1)
            let electricitySource = TextileModel.SourceID.allCases.firstIndex(of: .electricity) ?? 4
            let heatSource = TextileModel.SourceID.allCases.firstIndex(of: .heat) ?? 5
            // Market-based: a green-power claim counts at zero only with the residual mix for the
            // rest (else the green attribute is counted twice); without a claim, the grid average.
            let restFactor = greenMWh > 0 ? v(k.residualMix) : v(k.gridFactor)
            out.addEmission((gridMWh - greenMWh) * restFactor, of: .co2, source: electricitySource, offset: y)
            out.addSourceActivity(gridMWh, source: electricitySource, offset: y)
            out.addEnergy((gridMWh - greenMWh) * 3.6, carrier: 3, offset: y)
            out.addEnergy(greenMWh * 3.6, carrier: 4, offset: y)
            out.addMemo(solar, memo: 1, offset: y)
            out.addMemo(gridMWh * v(k.gridFactor), memo: 2, offset: y)
            // Purchased heat.
            out.addEmission(purchasedHeat * v(k.heatFactor), of: .co2, source: heatSource, offset: y)
            out.addSourceActivity(purchasedHeat, source: heatSource, offset: y)
            out.addEnergy(purchasedHeat, carrier: 5, offset: y)
            comprehensiveTce += purchasedHeat / 29.3076 + gridMWh * 1_000 * TextileAccounting.kgcePerKWh / 1_000
            out.addMemo(comprehensiveTce, memo: 3, offset: y)
            out.addCoupling(Coupling.Flows(electricityDemand: gridMWh, heatDemand: purchasedHeat, gridFactor: v(k.gridFactor)),
                            first: k.coupling, offset: y)
            out.addActivity(mass, offset: y)
        }
    }
}
