import ReductionCore

/// The model bound to one plan's keys: unit list, resolved indices and output layout.
struct CompiledPower: Sendable {
    struct UnitSlots: Sendable {
        var technology: Technology
        var id: String
        var capacity: Int, hours: Int, fuelRate: Int
        var ownUse: Int?, heat: Int?, heatRate: Int?, biomass: Int?, gas: Int?
        var so2: Int?, nox: Int?, pm: Int?
        /// Emission factors (kg/TJ) that replace the concentrations when given.
        var so2Factor: Int?, noxFactor: Int?, pmFactor: Int?
    }

    struct RenewableSlots: Sendable {
        var kind: NonFossilKind
        var capacity: Int, hours: Int
    }

    struct FuelSlots: Sendable {
        var ncv: Int?, carbon: Int?, oxidation: Int?, ch4: Int?, n2o: Int?, flueGas: Int?
        var defaults: FactorDefaults.FuelFactors
    }

    /// Memo items, in layout order.
    enum Memo: Int, CaseIterable {
        case gridFactor, heatFactor, generationCoal, generationGas, generationBiomass, generationNonFossil
        case imports, balancingImport, surplus, curtailed, storageRecovered
        case coalTonnes, coalTCE, biogenicCO2, importCO2, electricityCO2, heatCO2, heatCHP, heatBoilers
        case electricityIntensity

        var item: MemoItem {
            switch self {
            case .gridFactor: MemoItem(id: Coupling.supplyFactor, name: LocalizedName("Emission factor of electricity supplied (output)", "供电排放因子（输出）"), unit: "tCO2/MWh")
            case .heatFactor: MemoItem(id: "heat-ef", name: LocalizedName("Heat carbon intensity: CO2 allocated to heat ÷ heat supplied", "供热碳排放强度：分摊至供热的CO2÷供热量"), unit: "tCO2/GJ")
            case .generationCoal: MemoItem(id: "generation.coal", name: LocalizedName("Net generation from coal", "燃煤供电量"), unit: "MWh")
            case .generationGas: MemoItem(id: "generation.gas", name: LocalizedName("Net generation from gas", "燃气供电量"), unit: "MWh")
            case .generationBiomass: MemoItem(id: "generation.biomass", name: LocalizedName("Net generation from biomass", "生物质供电量"), unit: "MWh")
            case .generationNonFossil: MemoItem(id: "generation.non-fossil", name: LocalizedName("Wind, solar, hydro and nuclear supplied", "风光水核供电量"), unit: "MWh")
            case .imports: MemoItem(id: "imports", name: LocalizedName("Contracted imports", "计划外购电量"), unit: "MWh")
            case .balancingImport: MemoItem(id: "imports.balancing", name: LocalizedName("Balancing imports (coal fleet at maximum)", "平衡外购电量"), unit: "MWh")
            case .surplus: MemoItem(id: "surplus", name: LocalizedName("Surplus (exported)", "富余外送电量"), unit: "MWh")
            case .curtailed: MemoItem(id: "curtailed", name: LocalizedName("Wind and solar curtailed (before storage)", "风光弃电量（储能前）"), unit: "MWh")
            case .storageRecovered: MemoItem(id: "storage.recovered", name: LocalizedName("Curtailed energy delivered by storage", "储能消纳弃电量"), unit: "MWh")
            case .coalTonnes: MemoItem(id: "coal.tonnes", name: LocalizedName("Raw coal burned", "原煤消耗量"), unit: "t")
            case .coalTCE: MemoItem(id: "coal.tce", name: LocalizedName("Coal burned (standard coal)", "耗煤量（标准煤）"), unit: "tce")
            case .biogenicCO2: MemoItem(id: "co2.biogenic", name: LocalizedName("Biogenic CO2 (not in total)", "生物质CO2（不计入总量）"), unit: "tCO2")
            case .importCO2: MemoItem(id: "co2.imports", name: LocalizedName("CO2 embodied in imports (indirect, consumption view only)", "外购电隐含CO2（间接，仅计入消费口径）"), unit: "tCO2")
            case .electricityCO2: MemoItem(id: "co2.electricity", name: LocalizedName("CO2 allocated to electricity", "分摊至发电的CO2"), unit: "tCO2")
            case .heatCO2: MemoItem(id: "co2.heat", name: LocalizedName("CO2 allocated to heat", "分摊至供热的CO2"), unit: "tCO2")
            case .heatCHP: MemoItem(id: "heat.chp", name: LocalizedName("Heat from generating units", "机组供热量"), unit: "GJ")
            case .heatBoilers: MemoItem(id: "heat.boilers", name: LocalizedName("Heat from heat-only boilers", "供热锅炉供热量"), unit: "GJ")
            case .electricityIntensity:
                MemoItem(id: "intensity.electricity",
                         name: LocalizedName("Power carbon intensity: CO2 allocated to electricity ÷ local net generation (heat excluded)",
                                             "供电碳排放强度：分摊至发电的CO2÷本地供电量（不含供热）"),
                         unit: "tCO2/MWh")
            }
        }
    }

    let units: [UnitSlots]
    let renewables: [RenewableSlots]
    let fuels: [Fuel: FuelSlots]
    let system: [String: Int]
    let layout: OutputLayout
    /// Source index of the heat-only boilers (after the units).
    var boilerSource: Int { units.count }

    init(_ table: InputTable) throws(PlanError) {
        units = try Self.resolveUnits(table)
        renewables = try Self.resolveRenewables(table)
        var fuels: [Fuel: FuelSlots] = [:]
        for fuel in Fuel.allCases {
            func slot(_ field: PowerKeys.FuelField) -> Int? { table.index(of: PowerKeys.fuel(fuel, field)) }
            fuels[fuel] = FuelSlots(ncv: slot(.ncv), carbon: slot(.carbonContent), oxidation: slot(.oxidation),
                                    ch4: slot(.ch4), n2o: slot(.n2o), flueGas: slot(.flueGas),
                                    defaults: FactorDefaults.china(fuel))
        }
        self.fuels = fuels
        var system: [String: Int] = [:]
        for spec in ThermalPowerModel.systemSpecs { system[spec.key] = table.index(of: spec.key) }
        guard system[PowerKeys.demand] != nil else {
            throw PlanError(.missingKey, "missing required input '\(PowerKeys.demand)' (electricity to be supplied, MWh)",
                            at: SourceLocation(keyPath: "inputs.\(PowerKeys.demand)"))
        }
        self.system = system
        try Self.checkShares(units, table)

        var sources = units.map { unit in
            EmissionSource(id: "unit.\(unit.technology.rawValue).\(unit.id)",
                           name: LocalizedName("\(unit.technology.name.english): \(unit.id)", "\(unit.technology.name.chinese)：\(unit.id)"),
                           categories: unit.technology.categories, activityUnit: "GJ")
        }
        sources.append(EmissionSource(id: "heat.boilers", name: LocalizedName("Heat-only coal boilers", "燃煤供热锅炉"),
                                      categories: [CategoryCode(.ipcc2006, "1.A.1.a.iii"), CategoryCode(.crt, "1.A.1.a")],
                                      activityUnit: "GJ"))
        // Consumption view: net imports at their factor, exports deducted at the local factor.
        sources.append(EmissionSource(id: "imports.net", name: LocalizedName("Net imports (consumption view, indirect)", "净调入电力（消费口径，间接排放）"),
                                      categories: [], activityUnit: "MWh", scope: .indirect))
        var carriers = Fuel.allCases.map { EnergyCarrier(id: $0.carrierID, name: $0.name) }
        carriers.append(EnergyCarrier(id: "electricity", name: LocalizedName("Imported electricity", "外购电力")))
        layout = OutputLayout(sources: sources, carriers: carriers, memos: Memo.allCases.map(\.item) + Coupling.memos,
                              quantities: PowerQuantities.all)
    }

    /// Finds every `unit.<technology>.<id>.*` instance and resolves its fields.
    static func resolveUnits(_ table: InputTable) throws(PlanError) -> [UnitSlots] {
        var seen: [String] = []
        var technologyOf: [String: Technology] = [:]
        for key in table.keys where key.hasPrefix("unit.") {
            let parts = key.split(separator: ".", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 4 else {
                throw PlanError(.unknownKey, "'\(key)' is not of the form unit.<technology>.<id>.<field>",
                                at: SourceLocation(keyPath: "inputs.\(key)"))
            }
            guard let technology = Technology(rawValue: parts[1]) else {
                let known = Technology.allCases.map(\.rawValue).joined(separator: ", ")
                throw PlanError(.unknownKey, "unknown technology '\(parts[1])' in '\(key)' (expected one of: \(known))",
                                at: SourceLocation(keyPath: "inputs.\(key)"))
            }
            let name = "\(parts[1]).\(parts[2])"
            if technologyOf[name] == nil { seen.append(name) }
            technologyOf[name] = technology
        }
        var units: [UnitSlots] = []
        for name in seen {
            guard let technology = technologyOf[name] else { continue }
            let id = String(name.dropFirst(technology.rawValue.count + 1))
            func required(_ field: PowerKeys.Field, _ label: String) throws(PlanError) -> Int {
                let key = PowerKeys.unit(technology, id, field)
                guard let index = table.index(of: key) else {
                    throw PlanError(.missingKey, "unit '\(name)' has no '\(key)' (\(label))",
                                    at: SourceLocation(keyPath: "inputs.\(key)"))
                }
                return index
            }
            func optional(_ field: PowerKeys.Field) -> Int? { table.index(of: PowerKeys.unit(technology, id, field)) }
            units.append(UnitSlots(
                technology: technology, id: id,
                capacity: try required(.capacity, "capacity, MW"), hours: try required(.hours, "annual hours, h"),
                fuelRate: try required(.fuelRate, "net coal consumption rate, gce/kWh, or a heat rate in MJ/kWh"),
                ownUse: optional(.ownUse), heat: optional(.heat), heatRate: optional(.heatRate),
                biomass: optional(.biomassShare), gas: optional(.gasShare),
                so2: optional(.so2), nox: optional(.nox), pm: optional(.pm),
                so2Factor: optional(.so2Factor), noxFactor: optional(.noxFactor), pmFactor: optional(.pmFactor)))
        }
        return units
    }

    static func resolveRenewables(_ table: InputTable) throws(PlanError) -> [RenewableSlots] {
        var result: [RenewableSlots] = []
        var kinds: [String] = []
        for match in table.keys(matching: "renewable.*.capacity") + table.keys(matching: "renewable.*.hours") {
            guard let name = match.captures.first else { continue }
            guard NonFossilKind(rawValue: name) != nil else {
                let known = NonFossilKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw PlanError(.unknownKey, "unknown non-fossil kind '\(name)' in '\(match.key)' (expected one of: \(known))",
                                at: SourceLocation(keyPath: "inputs.\(match.key)"))
            }
            if !kinds.contains(name) { kinds.append(name) }
        }
        for name in kinds {
            guard let kind = NonFossilKind(rawValue: name) else { continue }
            for key in [PowerKeys.renewableCapacity(kind), PowerKeys.renewableHours(kind)] where table.index(of: key) == nil {
                throw PlanError(.missingKey, "non-fossil source '\(name)' needs both '\(PowerKeys.renewableCapacity(kind))' and '\(PowerKeys.renewableHours(kind))'; '\(key)' is missing",
                                at: SourceLocation(keyPath: "inputs.\(key)"))
            }
            if let capacity = table.index(of: PowerKeys.renewableCapacity(kind)), let hours = table.index(of: PowerKeys.renewableHours(kind)) {
                result.append(RenewableSlots(kind: kind, capacity: capacity, hours: hours))
            }
        }
        return result
    }

    /// Biomass and gas shares of one unit add up to at most 100 % in every year.
    static func checkShares(_ units: [UnitSlots], _ table: InputTable) throws(PlanError) {
        for unit in units {
            for year in table.years {
                let biomass = unit.biomass.map { table[$0, year] } ?? 0
                let gas = unit.gas.map { table[$0, year] } ?? 0
                if biomass + gas > 1 + 1e-6 {
                    let key = "unit.\(unit.technology.rawValue).\(unit.id).share.*"
                    throw PlanError(.shareOverflow,
                                    "the fuel shares '\(key)' must add up to at most 100 %, found \(((biomass + gas) * 100).formatted2) % in \(year)",
                                    at: SourceLocation(keyPath: "inputs.\(key)"))
                }
            }
        }
    }
}

extension Double {
    /// Two decimals, for messages.
    var formatted2: String {
        let scaled = (self * 100).rounded() / 100
        return "\(scaled)"
    }
}
