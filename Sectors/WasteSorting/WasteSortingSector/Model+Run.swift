import ReductionCore

/// One run of the waste model over every year of an input table.
struct WasteRun {
    let keys: WasteKeys
    let table: InputTable

    /// Case lists and index maps, computed once (a synthesized `allCases` allocates on each use).
    static let types = WasteType.allCases
    static let sites = LandfillSite.allCases
    static let routes = ResidualRoute.allCases
    static let managed = sites.map(\.isManaged)
    /// For each residual route, the landfill site index it deposits into, if any.
    static let routeSite: [Int?] = routes.map { route in route.site.flatMap { sites.firstIndex(of: $0) } }
    static let incinerationEnergyRoute = routes.firstIndex(of: .incinerationEnergy) ?? 0
    static let incinerationRoute = routes.firstIndex(of: .incineration) ?? 0
    static let openBurningRoute = routes.firstIndex(of: .openBurning) ?? 0

    /// Tonnes (wet) of each waste type by destination in one year; reused from year to year.
    struct Flows {
        /// True for a historical year (only `history.landfilled.*` deposits).
        var isHistory = false
        /// MSW generated after prevention (t); 0 in historical years.
        var generated = 0.0
        /// `[site × types + type]`, sites in `LandfillSite.allCases` order.
        var landfill = [Double](repeating: 0, count: WasteRun.sites.count * WasteRun.types.count)
        var incinerationEnergy = Flows.zeros, incineration = Flows.zeros, openBurning = Flows.zeros
        var composting = Flows.zeros, digestion = Flows.zeros, recycled = Flows.zeros

        static var zeros: [Double] { [Double](repeating: 0, count: WasteRun.types.count) }

        mutating func reset() {
            isHistory = false
            generated = 0
            for index in landfill.indices { landfill[index] = 0 }
            for j in 0..<WasteRun.types.count {
                incinerationEnergy[j] = 0; incineration[j] = 0; openBurning[j] = 0
                composting[j] = 0; digestion[j] = 0; recycled[j] = 0
            }
        }

        func landfill(site s: Int, type j: Int) -> Double { landfill[s * WasteRun.types.count + j] }

        /// Tonnes deposited at sites that are managed (or not).
        func landfilled(managed: Bool) -> Double {
            var sum = 0.0
            for s in WasteRun.sites.indices where WasteRun.managed[s] == managed {
                for j in WasteRun.types.indices { sum += landfill(site: s, type: j) }
            }
            return sum
        }
    }

    func value(_ index: Int, _ offset: Int) -> Double { table[index, offset: offset] }

    /// The mass balance of year offset `i` (see ``WasteSortingModel``), written into `flows`.
    func flows(offset i: Int, into flows: inout Flows) {
        flows.reset()
        let typeCount = Self.types.count
        let year = table.years.lowerBound + i
        let lastHistoryYear = value(keys.lastYear, i)
        if lastHistoryYear > 0 && Double(year) <= lastHistoryYear {
            flows.isHistory = true
            for (s, index) in keys.history.enumerated() {
                let deposited = value(index, i)
                for j in 0..<typeCount { flows.landfill[s * typeCount + j] = deposited * value(keys.composition[j], i) }
            }
            return
        }
        let gross = value(keys.population, i) * value(keys.perCapita, i) * 365 / 1000
        var routeTotal = 0.0
        for index in keys.routes { routeTotal += value(index, i) }
        let routeScale = routeTotal > 0 ? 1 / routeTotal : 0
        for j in 0..<typeCount {
            let mass = gross * value(keys.composition[j], i) * (1 - value(keys.prevention[j], i))
            flows.generated += mass
            let rec = keys.recycling[j].map { value($0, i) } ?? 0
            let dig = keys.digestion[j].map { value($0, i) } ?? 0
            let com = keys.composting[j].map { value($0, i) } ?? 0
            // After measures the separate shares may add up to more than 100 %: scale them down.
            let sortedTotal = rec + dig + com
            let scale = sortedTotal > 1 ? 1 / sortedTotal : 1
            flows.recycled[j] = mass * rec * scale
            flows.digestion[j] = mass * dig * scale
            flows.composting[j] = mass * com * scale
            let residual = max(mass - flows.recycled[j] - flows.digestion[j] - flows.composting[j], 0)
            for (q, index) in keys.routes.enumerated() {
                let tonnes = residual * value(index, i) * routeScale
                if let s = Self.routeSite[q] {
                    flows.landfill[s * typeCount + j] = tonnes
                } else if q == Self.incinerationEnergyRoute {
                    flows.incinerationEnergy[j] = tonnes
                } else if q == Self.incinerationRoute {
                    flows.incineration[j] = tonnes
                } else if q == Self.openBurningRoute {
                    flows.openBurning[j] = tonnes
                }
            }
        }
    }
}
