import ReductionCore

/// One plan's inputs resolved to table positions: modes, technologies, fuels and sources.
/// Built once by ``TransportModel/compile(_:)``; ``run(_:_:)`` reads only dense indices.
struct TransportPlanLayout: Sendable {
    /// Factor positions of one carrier (nil when the table has no such key).
    struct Fuel: Sendable {
        var carrier: TransportCarrier
        var carrierIndex: Int
        var ncv: Int?
        var carbonContent: Int?
        var oxidation: Int?
        var density: Int?
        var sulphur: Int?
        /// Upstream (well-to-tank) factors; nil under tank-to-wheel.
        var upstreamCO2: Int? = nil
        var upstreamCH4: Int? = nil
        var methaneLeak: Int? = nil
    }

    /// Positions of everything one burn of fuel needs.
    struct Burn: Sendable {
        var fuel: Fuel
        var ch4: Int?
        var n2o: Int?
        var ch4PerKm: Int?
        var n2oPerKm: Int?
        var nox: Int?
        var pm25: Int?
        /// Output source for direct (combustion) or indirect (electricity, hydrogen) emissions.
        var source: Int
    }

    struct Technology: Sendable {
        var tech: TransportTechnology
        /// Position of the explicit share; nil when only the remainder applies.
        var share: Int?
        var intensity: Int
        /// The reference technology also takes `1 − Σ explicit shares`.
        var isReference: Bool
        var burn: Burn
        /// Quantity `vehicles.<mode>.<tech>`.
        var vehicles: Int = 0
        /// Position of `…urea-solution` (litres of SCR urea solution per litre of diesel), diesel only.
        var urea: Int? = nil
    }

    struct Mode: Sendable {
        var mode: TransportMode
        var share: Int
        var load: Int?
        var techs: [Technology]
        /// Direct source (holds the mode's activity); nil for walking and cycling.
        var source: Int?
        var memo: Int?
        /// Position of `mode.<mode>.annual-km`; nil for walking and cycling.
        var annualKm: Int? = nil
        /// Quantities `activity.<mode>` and `vehicles.<mode>` (nil for walking and cycling).
        var activityQuantity: Int = 0
        var vehicles: Int? = nil
    }

    struct Group: Sendable {
        var activity: Int?
        var modes: [Mode]
    }

    struct FuelUse: Sendable {
        var quantity: Int
        var burn: Burn
    }

    var layout: OutputLayout
    var groups: [Group]
    var fuelUses: [FuelUse]
    var grid: Int?
    var hydrogenFactor: Int?
    /// The indirect source `fuel-supply.well-to-tank`; nil under tank-to-wheel (``TransportModel/fuelBoundaryKey``).
    var upstream: Int?
    /// Memo index of the first shared coupling memo (``Coupling/memos``, appended last).
    var coupling = 0

    init(_ inputs: InputTable) throws(PlanError) {
        var sources: [EmissionSource] = []
        var memos: [MemoItem] = []
        var quantities: [ModelQuantity] = []
        let carriers = TransportCarrier.allCases.map { EnergyCarrier(id: $0.rawValue, name: $0.name) }
        grid = inputs.index(of: Coupling.gridFactor)
        hydrogenFactor = inputs.index(of: "hydrogen.factor")
        let wellToWheel = try Self.wellToWheel(inputs)
        upstream = nil
        if wellToWheel {
            upstream = sources.count
            sources.append(EmissionSource(
                id: "fuel-supply.well-to-tank",
                name: LocalizedName("Fuel supply (well-to-tank): upstream CO2 and fossil CH4 of the fuels burnt",
                                    "燃料供应（油井到油箱）：所用燃料的上游CO2与化石源甲烷"),
                categories: [], activityUnit: "GJ", scope: .indirect))
        }

        try Self.checkModeKeys(inputs)
        var groups: [Group] = []
        for kind in [TransportMode.Kind.passenger, .freight] {
            var modes: [Mode] = []
            let prefix = kind == .passenger ? "passenger" : "freight"
            let present = Set(inputs.instances(of: "\(prefix).mode.*.share"))
            for mode in TransportMode.allCases where present.contains(mode.rawValue) {
                guard let share = inputs.index(of: "\(prefix).mode.\(mode.rawValue).share") else { continue }
                let activityQuantity = Self.activityQuantity(mode, in: &quantities)
                guard mode != .active else {
                    modes.append(Mode(mode: mode, share: share, load: nil, techs: [], source: nil, memo: nil,
                                      activityQuantity: activityQuantity))
                    continue
                }
                guard let load = inputs.index(of: "mode.\(mode.rawValue).load") else {
                    throw PlanError(.missingKey, "mode '\(mode.rawValue)' has a share but no load factor 'mode.\(mode.rawValue).load' (\(mode.loadUnit))",
                                    at: SourceLocation(keyPath: "inputs.mode.\(mode.rawValue).load"))
                }
                try Self.checkPositive(inputs, load, key: "mode.\(mode.rawValue).load")
                guard let segment = mode.segment else { continue }
                let source = sources.count
                sources.append(EmissionSource(
                    id: "\(segment.rawValue).\(mode.rawValue)",
                    name: LocalizedName("\(mode.name.english) (direct combustion)", "\(mode.name.chinese)（直接燃烧）"),
                    categories: segment.categories, activityUnit: mode.activityUnit))
                let memo = memos.count
                memos.append(MemoItem(id: "vkm.\(mode.rawValue)",
                                      name: LocalizedName("Vehicle-km: \(mode.name.english)", "车公里：\(mode.name.chinese)"),
                                      unit: "vkm"))
                var techs: [Technology] = []
                let reference = mode.referenceTechnology
                for tech in TransportTechnology.allCases {
                    let base = "mode.\(mode.rawValue).tech.\(tech.rawValue)"
                    let techShare = inputs.index(of: "\(base).share")
                    guard techShare != nil || tech == reference else { continue }
                    guard let intensity = inputs.index(of: "\(base).intensity") else {
                        let why = techShare != nil
                            ? "'\(base).share' is given (or a measure moves vehicle-km to it)"
                            : "'\(tech.rawValue)' is the reference technology of '\(mode.rawValue)' (it takes the vehicle-km the other shares leave)"
                        throw PlanError(.missingKey, "\(why) but '\(base).intensity' (\(tech.intensityUnit)) is missing",
                                        at: SourceLocation(keyPath: "inputs.\(base).intensity"))
                    }
                    var target = source
                    if !tech.carrier.isCombustion {
                        target = Self.indirectSource(for: mode, carrier: tech.carrier, in: &sources)
                    }
                    let burn = Self.burn(inputs, carrier: tech.carrier, segment: segment, vehicleClass: mode.pollutantClass,
                                         perKm: base, source: target, wellToWheel: wellToWheel)
                    techs.append(Technology(tech: tech, share: techShare, intensity: intensity,
                                            isReference: tech == reference, burn: burn,
                                            vehicles: Self.vehicleQuantity(mode, tech, in: &quantities),
                                            urea: tech.carrier == .diesel ? inputs.index(of: "\(base).urea-solution") : nil))
                }
                let annualKm = inputs.index(of: "mode.\(mode.rawValue).annual-km")
                if let annualKm { try Self.checkPositive(inputs, annualKm, key: "mode.\(mode.rawValue).annual-km") }
                modes.append(Mode(mode: mode, share: share, load: load, techs: techs, source: source, memo: memo,
                                  annualKm: annualKm, activityQuantity: activityQuantity,
                                  vehicles: Self.vehicleQuantity(mode, nil, in: &quantities)))
            }
            let group = Group(activity: inputs.index(of: "\(prefix).activity"), modes: modes)
            try Self.checkModeShares(inputs, group: group, prefix: prefix)
            groups.append(group)
        }
        self.groups = groups

        var fuelUses: [FuelUse] = []
        for segment in TransportSegment.allCases {
            var direct: Int?
            for carrier in TransportCarrier.allCases {
                guard let quantity = inputs.index(of: "fuel-use.\(segment.rawValue).\(carrier.rawValue)") else { continue }
                let target: Int
                if carrier.isCombustion {
                    if direct == nil {
                        direct = sources.count
                        sources.append(EmissionSource(
                            id: "\(segment.rawValue).fuel-use",
                            name: LocalizedName("\(segment.name.english): fuel statistics", "\(segment.name.chinese)：按燃料统计"),
                            categories: segment.categories, activityUnit: "GJ"))
                    }
                    target = direct ?? 0
                } else {
                    target = sources.count
                    sources.append(EmissionSource(
                        id: "\(carrier.rawValue).\(segment.rawValue).fuel-use",
                        name: LocalizedName("\(segment.name.english): \(carrier.name.english.lowercased()) used (indirect)",
                                            "\(segment.name.chinese)：\(carrier.name.chinese)消费（间接排放）"),
                        categories: [], activityUnit: carrier == .electricity ? "MWh" : "t", scope: .indirect))
                }
                let vehicleClass = Self.fuelUseClass(segment, carrier)
                fuelUses.append(FuelUse(quantity: quantity,
                                        burn: Self.burn(inputs, carrier: carrier, segment: segment,
                                                        vehicleClass: vehicleClass, perKm: nil, source: target, wellToWheel: wellToWheel)))
            }
        }
        try Self.checkFuelUseKeys(inputs)
        self.fuelUses = fuelUses
        coupling = memos.count
        layout = OutputLayout(sources: sources, carriers: carriers, memos: memos + Coupling.memos, quantities: quantities)
        layout.notes = [Self.fuelBoundaryNote(wellToWheel: wellToWheel)]
    }

    /// Adds quantity `activity.<mode>` (pkm/yr or tkm/yr).
    static func activityQuantity(_ mode: TransportMode, in quantities: inout [ModelQuantity]) -> Int {
        quantities.append(ModelQuantity(id: "activity.\(mode.rawValue)",
                                        name: LocalizedName("Activity: \(mode.name.english)", "周转量：\(mode.name.chinese)"),
                                        unit: "\(mode.activityUnit)/yr"))
        return quantities.count - 1
    }

    /// Adds quantity `vehicles.<mode>` or `vehicles.<mode>.<tech>`: vehicle-km ÷ annual km per vehicle.
    static func vehicleQuantity(_ mode: TransportMode, _ tech: TransportTechnology?,
                                in quantities: inout [ModelQuantity]) -> Int {
        let id = tech.map { "vehicles.\(mode.rawValue).\($0.rawValue)" } ?? "vehicles.\(mode.rawValue)"
        let what = tech.map { " (\($0.rawValue))" } ?? ""
        quantities.append(ModelQuantity(id: id,
                                        name: LocalizedName("Vehicles in service: \(mode.name.english)\(what)",
                                                            "运营车辆数：\(mode.name.chinese)\(what)"),
                                        unit: "vehicle"))
        return quantities.count - 1
    }

    /// The indirect source of `mode` for `carrier` (electricity or hydrogen), added once.
    static func indirectSource(for mode: TransportMode, carrier: TransportCarrier,
                               in sources: inout [EmissionSource]) -> Int {
        let id = "\(carrier.rawValue).\(mode.rawValue)"
        if let existing = sources.firstIndex(where: { $0.id == id }) { return existing }
        sources.append(EmissionSource(
            id: id,
            name: LocalizedName("\(mode.name.english): \(carrier.name.english.lowercased()) used (indirect)",
                                "\(mode.name.chinese)：\(carrier.name.chinese)消费（间接排放）"),
            categories: [], activityUnit: carrier == .electricity ? "MWh" : "t", scope: .indirect))
        return sources.count - 1
    }

    static func burn(_ inputs: InputTable, carrier: TransportCarrier, segment: TransportSegment,
                     vehicleClass: PollutantClass?, perKm: String?, source: Int, wellToWheel: Bool) -> Burn {
        let id = carrier.rawValue
        let fuel = Fuel(carrier: carrier,
                        carrierIndex: TransportCarrier.allCases.firstIndex(of: carrier) ?? 0,
                        ncv: inputs.index(of: "fuel.\(id).ncv"),
                        carbonContent: inputs.index(of: "fuel.\(id).carbon-content"),
                        oxidation: inputs.index(of: "fuel.\(id).oxidation"),
                        density: inputs.index(of: "fuel.\(id).density"),
                        sulphur: inputs.index(of: "fuel.\(id).sulphur"),
                        upstreamCO2: wellToWheel ? inputs.index(of: "upstream.\(id).co2") : nil,
                        upstreamCH4: wellToWheel ? inputs.index(of: "upstream.\(id).ch4") : nil,
                        methaneLeak: wellToWheel ? inputs.index(of: "upstream.\(id).methane-leak") : nil)
        let combustion = "combustion.\(segment.rawValue).\(id)"
        // Fuel statistics (no km) take `fuel-statistics.<segment>.<carrier>.ch4|n2o` when the
        // factor set gives them (China's sets: their road factors are per km), else the fuel-based ones.
        let statistics = perKm == nil ? "fuel-statistics.\(segment.rawValue).\(id)" : nil
        func factor(_ gas: String) -> Int? {
            statistics.flatMap { inputs.index(of: "\($0).\(gas)") } ?? inputs.index(of: "\(combustion).\(gas)")
        }
        let air = vehicleClass.map { "air.\($0.rawValue).\(id)" }
        return Burn(fuel: fuel,
                    ch4: factor("ch4"), n2o: factor("n2o"),
                    ch4PerKm: perKm.flatMap { inputs.index(of: "\($0).ch4-per-km") },
                    n2oPerKm: perKm.flatMap { inputs.index(of: "\($0).n2o-per-km") },
                    nox: air.flatMap { inputs.index(of: "\($0).nox") },
                    pm25: air.flatMap { inputs.index(of: "\($0).pm25") },
                    source: source)
    }

    /// Pollutant class for fuel statistics: road diesel and gas count as heavy-duty.
    static func fuelUseClass(_ segment: TransportSegment, _ carrier: TransportCarrier) -> PollutantClass {
        switch segment {
        case .rail: .rail
        case .navigation: .ship
        case .road: carrier == .gasoline || carrier == .lpg ? .light : .heavy
        }
    }

    /// Every `mode.<m>.…` and `<group>.mode.<m>.share` key names a known mode and technology.
    static func checkModeKeys(_ inputs: InputTable) throws(PlanError) {
        let modes = TransportMode.allCases.map(\.rawValue)
        let techs = TransportTechnology.allCases.map(\.rawValue)
        for kind in [TransportMode.Kind.passenger, .freight] {
            let prefix = kind == .passenger ? "passenger" : "freight"
            for match in inputs.keys(matching: "\(prefix).mode.*.share") {
                let id = match.captures.first ?? ""
                guard let mode = TransportMode(rawValue: id), mode.kind == kind else {
                    let allowed = TransportMode.allCases.filter { $0.kind == kind }.map(\.rawValue).joined(separator: ", ")
                    throw PlanError(.unknownKey, "unknown \(kind.rawValue) mode '\(id)' (expected one of: \(allowed))",
                                    at: SourceLocation(keyPath: "inputs.\(match.key)"))
                }
            }
        }
        for key in inputs.keys where key.hasPrefix("mode.") {
            let parts = key.split(separator: ".").map(String.init)
            guard parts.count >= 3, modes.contains(parts[1]) else {
                throw PlanError(.unknownKey, "unknown mode '\(parts.count > 1 ? parts[1] : key)' in '\(key)' (expected one of: \(modes.joined(separator: ", ")))",
                                at: SourceLocation(keyPath: "inputs.\(key)"))
            }
            if parts[2] == "tech" {
                guard parts.count == 5, techs.contains(parts[3]) else {
                    throw PlanError(.unknownKey, "unknown technology '\(parts.count > 3 ? parts[3] : "")' in '\(key)' (expected one of: \(techs.joined(separator: ", ")))",
                                    at: SourceLocation(keyPath: "inputs.\(key)"))
                }
                if parts[1] == TransportMode.active.rawValue {
                    throw PlanError(.invalidValue, "walking and cycling ('active') has no vehicles; remove '\(key)'",
                                    at: SourceLocation(keyPath: "inputs.\(key)"))
                }
            }
        }
    }

    /// A used modal split (some share or activity > 0) adds up to 100 % in every year; an
    /// unused one (all zero, e.g. created by measures in a fuel-statistics plan) is ignored.
    static func checkModeShares(_ inputs: InputTable, group: Group, prefix: String) throws(PlanError) {
        let used = (0..<inputs.years.count).contains { offset in
            group.modes.contains { inputs[$0.share, offset: offset] > 0 }
                || (group.activity.map { inputs[$0, offset: offset] } ?? 0) > 0
        }
        guard used else { return }
        for offset in 0..<inputs.years.count {
            let sum = group.modes.reduce(0) { $0 + inputs[$1.share, offset: offset] }
            guard abs(sum - 1) <= 1e-6 else {
                let year = inputs.years.lowerBound + offset
                throw PlanError(.shareOverflow,
                                "the shares '\(prefix).mode.*.share' must add up to 100 %, found \((sum * 1e6).rounded() / 1e4) % in \(year)",
                                at: SourceLocation(keyPath: "inputs.\(prefix).mode.*.share"))
            }
        }
    }

    /// Every `fuel-use.<segment>.<carrier>` names a known segment.
    static func checkFuelUseKeys(_ inputs: InputTable) throws(PlanError) {
        for key in inputs.keys where key.hasPrefix("fuel-use.") {
            let parts = key.split(separator: ".").map(String.init)
            guard parts.count == 3, TransportSegment(rawValue: parts[1]) != nil else {
                let allowed = TransportSegment.allCases.map(\.rawValue).joined(separator: ", ")
                throw PlanError(.unknownKey, "unknown segment '\(parts.count > 1 ? parts[1] : key)' in '\(key)' (expected one of: \(allowed))",
                                at: SourceLocation(keyPath: "inputs.\(key)"))
            }
        }
    }

    /// A load factor must be positive in every year (it divides the activity).
    static func checkPositive(_ inputs: InputTable, _ index: Int, key: String) throws(PlanError) {
        for offset in 0..<inputs.years.count where !(inputs[index, offset: offset] > 0) {
            let year = inputs.years.lowerBound + offset
            throw PlanError(.invalidValue, "'\(key)' must be greater than 0 (it divides the activity), found \(inputs[index, offset: offset]) in \(year)",
                            at: SourceLocation(keyPath: "inputs.\(key)"))
        }
    }
}
