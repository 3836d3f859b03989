import ReductionCore

/// The waste model's input keys resolved to table positions once per plan.
final class WasteKeys: Sendable {
    let population: Int, perCapita: Int
    /// Per type (`WasteType.allCases` order).
    let composition: [Int], prevention: [Int]
    let recycling: [Int?], digestion: [Int?], composting: [Int?]
    let doc: [Int?], decayRate: [Int?]
    /// Type-specific DOCf (`waste.<type>.docf`); nil → ``docf`` (`landfill.docf`).
    let docfByType: [Int?]
    let dryMatter: [Int], carbon: [Int], fossilCarbon: [Int]
    let recyclingCredit: [Int?]
    /// Per residual route (`ResidualRoute.allCases` order).
    let routes: [Int]
    /// Per landfill site (`LandfillSite.allCases` order).
    let mcf: [Int], history: [Int]
    let lastYear: Int, docf: Int, methaneFraction: Int, gasCollection: Int, gasUtilisation: Int
    let oxidation: Int, lfgElectricity: Int, grid: Int
    let incOxidation: Int, incCH4: Int, incN2O: Int, incElectricity: Int
    let incSO2: Int, incNOx: Int, incPM: Int
    let obOxidation: Int, obCH4: Int, obN2O: Int, obSO2: Int, obNOx: Int, obPM: Int
    let compostCH4: Int, compostN2O: Int, digestCH4: Int, digestN2O: Int, digestElectricity: Int

    init(_ table: InputTable) throws(PlanError) {
        func need(_ key: String) throws(PlanError) -> Int {
            guard let index = table.index(of: key) else {
                throw PlanError(.missingKey, "the waste model needs input '\(key)'", at: SourceLocation(keyPath: "inputs.\(key)"))
            }
            return index
        }
        func needAll(_ keys: [String]) throws(PlanError) -> [Int] {
            var out: [Int] = []
            for key in keys { out.append(try need(key)) }
            return out
        }
        func optional(_ type: WasteType, _ route: SeparateRoute) throws(PlanError) -> Int? {
            type.separateRoutes.contains(route) ? try need(WasteKey.sorted(type, route)) : nil
        }
        let types = WasteType.allCases
        population = try need(WasteKey.population)
        perCapita = try need(WasteKey.perCapita)
        composition = try needAll(types.map(WasteKey.composition))
        prevention = try needAll(types.map(WasteKey.prevention))
        var recycling: [Int?] = [], digestion: [Int?] = [], composting: [Int?] = []
        var doc: [Int?] = [], decay: [Int?] = [], credit: [Int?] = [], docfByType: [Int?] = []
        for type in types {
            recycling.append(try optional(type, .recycling))
            digestion.append(try optional(type, .digestion))
            composting.append(try optional(type, .composting))
            doc.append(type.isDegradable ? try need(WasteKey.doc(type)) : nil)
            decay.append(type.isDegradable ? try need(WasteKey.decayRate(type)) : nil)
            let typeDocf = table.index(of: WasteKey.docf(type))
            if typeDocf != nil, !type.isDegradable {
                throw PlanError(.unknownKey, "'\(WasteKey.docf(type))': \(type.rawValue) has no degradable organic carbon, so no DOCf",
                                at: SourceLocation(keyPath: "inputs.\(WasteKey.docf(type))"))
            }
            docfByType.append(typeDocf)
            credit.append(type.separateRoutes.contains(.recycling) ? try need(WasteKey.recyclingCredit(type)) : nil)
        }
        self.recycling = recycling
        self.digestion = digestion
        self.composting = composting
        self.doc = doc
        decayRate = decay
        self.docfByType = docfByType
        recyclingCredit = credit
        dryMatter = try needAll(types.map(WasteKey.dryMatter))
        carbon = try needAll(types.map(WasteKey.carbon))
        fossilCarbon = try needAll(types.map(WasteKey.fossilCarbon))
        routes = try needAll(ResidualRoute.allCases.map(WasteKey.route))
        mcf = try needAll(LandfillSite.allCases.map(WasteKey.mcf))
        history = try needAll(LandfillSite.allCases.map(WasteKey.history))
        lastYear = try need(WasteKey.historyLastYear)
        docf = try need(WasteKey.docf)
        methaneFraction = try need(WasteKey.methaneFraction)
        gasCollection = try need(WasteKey.gasCollection)
        gasUtilisation = try need(WasteKey.gasUtilisation)
        oxidation = try need(WasteKey.oxidation)
        lfgElectricity = try need(WasteKey.lfgElectricity)
        grid = try need(WasteKey.gridFactor)
        incOxidation = try need("incineration.oxidation")
        incCH4 = try need("incineration.ch4-factor")
        incN2O = try need("incineration.n2o-factor")
        incElectricity = try need("incineration.electricity")
        incSO2 = try need("incineration.so2-factor")
        incNOx = try need("incineration.nox-factor")
        incPM = try need("incineration.pm25-factor")
        obOxidation = try need("open-burning.oxidation")
        obCH4 = try need("open-burning.ch4-factor")
        obN2O = try need("open-burning.n2o-factor")
        obSO2 = try need("open-burning.so2-factor")
        obNOx = try need("open-burning.nox-factor")
        obPM = try need("open-burning.pm25-factor")
        compostCH4 = try need("composting.ch4-factor")
        compostN2O = try need("composting.n2o-factor")
        digestCH4 = try need("digestion.ch4-factor")
        digestN2O = try need("digestion.n2o-factor")
        digestElectricity = try need("digestion.electricity")
    }
}
