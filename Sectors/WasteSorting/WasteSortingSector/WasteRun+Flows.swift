import ReductionCore

/// One run of the waste model over every year of an input table.
struct WasteRun {
    let keys: WasteKeys
    let table: InputTable

    /// Tonnes (wet) of each waste type by destination in one year.
    struct Flows {
        /// True for a historical year (only `history.landfilled.*` deposits).
        var isHistory = false
        /// MSW generated after prevention (t); 0 in historical years.
        var generated = 0.0
        /// `[site][type]`, sites in `LandfillSite.allCases` order.
        var landfill = [[Double]](repeating: [Double](repeating: 0, count: WasteType.allCases.count),
                                  count: LandfillSite.allCases.count)
        var incinerationEnergy = Flows.zeros, incineration = Flows.zeros, openBurning = Flows.zeros
        var composting = Flows.zeros, digestion = Flows.zeros, recycled = Flows.zeros

        static var zeros: [Double] { [Double](repeating: 0, count: WasteType.allCases.count) }

        func landfilled(_ site: LandfillSite) -> Double {
            landfill[LandfillSite.allCases.firstIndex(of: site) ?? 0].reduce(0, +)
        }
    }

    func value(_ index: Int, _ offset: Int) -> Double { table[index, offset: offset] }

    /// The mass balance of year offset `i` (see ``WasteSortingModel``).
    func flows(offset i: Int) -> Flows {
        var flows = Flows()
        let year = table.years.lowerBound + i
        let lastHistoryYear = value(keys.lastYear, i)
        let types = WasteType.allCases
        if lastHistoryYear > 0 && Double(year) <= lastHistoryYear {
            flows.isHistory = true
            for (s, index) in keys.history.enumerated() {
                let deposited = value(index, i)
                for j in types.indices { flows.landfill[s][j] = deposited * value(keys.composition[j], i) }
            }
            return flows
        }
        let gross = value(keys.population, i) * value(keys.perCapita, i) * 365 / 1000
        let routeShares = keys.routes.map { value($0, i) }
        let routeTotal = routeShares.reduce(0, +)
        let route = routeTotal > 0 ? routeShares.map { $0 / routeTotal } : routeShares
        for j in types.indices {
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
            for (q, residualRoute) in ResidualRoute.allCases.enumerated() {
                let tonnes = residual * route[q]
                switch residualRoute {
                case .incinerationEnergy: flows.incinerationEnergy[j] = tonnes
                case .incineration: flows.incineration[j] = tonnes
                case .openBurning: flows.openBurning[j] = tonnes
                case .landfillAnaerobic, .landfillSemiAerobic, .dumpDeep, .dumpShallow:
                    if let site = residualRoute.site, let s = LandfillSite.allCases.firstIndex(of: site) {
                        flows.landfill[s][j] = tonnes
                    }
                }
            }
        }
        return flows
    }
}
