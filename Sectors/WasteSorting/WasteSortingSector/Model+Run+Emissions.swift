import ReductionCore

extension WasteRun {
    typealias Src = WasteLayout.Source
    typealias Memo = WasteLayout.Memo

    /// Fills `output` for every year of the table. The landfill stocks (DDOCm accumulated)
    /// carry from one year to the next, so the run always covers the whole year range.
    func fill(_ output: inout ModelOutput) {
        let typeCount = Self.types.count
        var managedStock = [Double](repeating: 0, count: typeCount)
        var unmanagedStock = [Double](repeating: 0, count: typeCount)
        var flows = Flows()
        for i in 0..<table.years.count {
            self.flows(offset: i, into: &flows)
            landfill(flows, offset: i, managed: &managedStock, unmanaged: &unmanagedStock, into: &output)
            guard !flows.isHistory else { continue }
            output.addActivity(flows.generated, offset: i)
            combustion(flows, offset: i, into: &output)
            biological(flows, offset: i, into: &output)
        }
    }

    /// Landfill CH4 by first-order decay (Eq 3.1–3.6) and the lifetime commitment memo.
    func landfill(_ flows: Flows, offset i: Int, managed: inout [Double], unmanaged: inout [Double],
                  into output: inout ModelOutput) {
        let commonDocf = value(keys.docf, i), f = value(keys.methaneFraction, i)
        let collection = value(keys.gasCollection, i), ox = value(keys.oxidation, i)
        var generatedManaged = 0.0, generatedUnmanaged = 0.0
        var commitment = 0.0
        for j in Self.types.indices {
            guard let docIndex = keys.doc[j], let kIndex = keys.decayRate[j] else { continue }
            let doc = value(docIndex, i), k = value(kIndex, i)
            let docf = keys.docfByType[j].map { value($0, i) } ?? commonDocf
            var depositedManaged = 0.0, depositedUnmanaged = 0.0
            for s in Self.sites.indices {
                let ddocm = FirstOrderDecay.ddocm(tonnes: flows.landfill(site: s, type: j), doc: doc, docf: docf,
                                                  mcf: value(keys.mcf[s], i))
                if Self.managed[s] { depositedManaged += ddocm } else { depositedUnmanaged += ddocm }
            }
            let decomposedManaged = FirstOrderDecay.step(accumulated: &managed[j], deposited: depositedManaged, decayRate: k)
            let decomposedUnmanaged = FirstOrderDecay.step(accumulated: &unmanaged[j], deposited: depositedUnmanaged, decayRate: k)
            generatedManaged += FirstOrderDecay.methane(decomposed: decomposedManaged, methaneFraction: f)
            generatedUnmanaged += FirstOrderDecay.methane(decomposed: decomposedUnmanaged, methaneFraction: f)
            commitment += FirstOrderDecay.commitment(ddocm: depositedManaged, methaneFraction: f) * (1 - collection) * (1 - ox)
                + FirstOrderDecay.commitment(ddocm: depositedUnmanaged, methaneFraction: f)
        }
        let recovered = generatedManaged * collection
        output.addEmission((generatedManaged - recovered) * (1 - ox), of: .ch4NonFossil, source: Src.landfillManaged.rawValue, offset: i)
        output.addEmission(generatedUnmanaged, of: .ch4NonFossil, source: Src.landfillUnmanaged.rawValue, offset: i)
        output.addSourceActivity(flows.landfilled(managed: true), source: Src.landfillManaged.rawValue, offset: i)
        output.addSourceActivity(flows.landfilled(managed: false), source: Src.landfillUnmanaged.rawValue, offset: i)
        output.addMemo(commitment, memo: Memo.methaneCommitment.rawValue, offset: i)
        output.addMemo(recovered, memo: Memo.methaneRecovered.rawValue, offset: i)
        let electricity = recovered * value(keys.gasUtilisation, i) * value(keys.lfgElectricity, i)
        output.addMemo(electricity, memo: Memo.lfgElectricity.rawValue, offset: i)
        output.addMemo(electricity, memo: WasteLayout.coupling + 1, offset: i)
        output.addMemo(value(keys.grid, i), memo: WasteLayout.coupling + 4, offset: i)
        output.addMemo(electricity * value(keys.grid, i), memo: Memo.avoidedEnergy.rawValue, offset: i)
    }

    func carbon(_ j: Int, _ i: Int) -> WasteTreatment.Carbon {
        WasteTreatment.Carbon(dryMatter: value(keys.dryMatter[j], i), carbon: value(keys.carbon[j], i),
                              fossil: value(keys.fossilCarbon[j], i))
    }

    /// Incineration (with and without energy recovery) and open burning (Ch 5).
    func combustion(_ flows: Flows, offset i: Int, into output: inout ModelOutput) {
        let burns: [(tonnes: [Double], source: Src, open: Bool)] = [
            (flows.incinerationEnergy, .incinerationEnergy, false),
            (flows.incineration, .incineration, false),
            (flows.openBurning, .openBurning, true),
        ]
        for burn in burns {
            let of = value(burn.open ? keys.obOxidation : keys.incOxidation, i)
            var fossil = 0.0, biogenic = 0.0, dry = 0.0
            for j in burn.tonnes.indices where burn.tonnes[j] > 0 {
                let c = carbon(j, i)
                fossil += WasteTreatment.fossilCO2(tonnes: burn.tonnes[j], c, oxidation: of)
                biogenic += WasteTreatment.biogenicCO2(tonnes: burn.tonnes[j], c, oxidation: of)
                dry += burn.tonnes[j] * c.dryMatter
            }
            let wet = burn.tonnes.reduce(0, +)
            let source = burn.source.rawValue
            let ch4 = value(burn.open ? keys.obCH4 : keys.incCH4, i)
            // Open-burning N2O is per tonne of dry matter; incineration N2O per tonne wet.
            let n2o = burn.open ? WasteTreatment.gas(tonnes: dry, gramsPerTonne: value(keys.obN2O, i))
                : WasteTreatment.gas(tonnes: wet, gramsPerTonne: value(keys.incN2O, i))
            output.addEmission(fossil, of: .co2, source: source, offset: i)
            output.addEmission(WasteTreatment.gas(tonnes: wet, gramsPerTonne: ch4), of: .ch4NonFossil, source: source, offset: i)
            output.addEmission(n2o, of: .n2o, source: source, offset: i)
            output.addSourceActivity(wet, source: source, offset: i)
            output.addMemo(biogenic, memo: Memo.biogenicCO2.rawValue, offset: i)
            let pollutants: [(Pollutant, Int)] = burn.open
                ? [(.so2, keys.obSO2), (.nox, keys.obNOx), (.pm25, keys.obPM)]
                : [(.so2, keys.incSO2), (.nox, keys.incNOx), (.pm25, keys.incPM)]
            for (pollutant, index) in pollutants {
                output.addPollutant(WasteTreatment.gas(tonnes: wet, gramsPerTonne: value(index, i)), of: pollutant,
                                    source: source, offset: i)
            }
        }
        let electricity = flows.incinerationEnergy.reduce(0, +) * value(keys.incElectricity, i)
        output.addMemo(electricity, memo: Memo.wteElectricity.rawValue, offset: i)
        output.addMemo(electricity, memo: WasteLayout.coupling + 1, offset: i)
        output.addMemo(electricity * value(keys.grid, i), memo: Memo.avoidedEnergy.rawValue, offset: i)
    }

    /// Composting and anaerobic digestion (Ch 4, Table 4.1) and the recycling memos.
    func biological(_ flows: Flows, offset i: Int, into output: inout ModelOutput) {
        let composted = flows.composting.reduce(0, +), digested = flows.digestion.reduce(0, +)
        let compost = Src.composting.rawValue, digest = Src.digestion.rawValue
        output.addEmission(WasteTreatment.gas(tonnes: composted, gramsPerTonne: value(keys.compostCH4, i)),
                           of: .ch4NonFossil, source: compost, offset: i)
        output.addEmission(WasteTreatment.gas(tonnes: composted, gramsPerTonne: value(keys.compostN2O, i)),
                           of: .n2o, source: compost, offset: i)
        output.addEmission(WasteTreatment.gas(tonnes: digested, gramsPerTonne: value(keys.digestCH4, i)),
                           of: .ch4NonFossil, source: digest, offset: i)
        output.addEmission(WasteTreatment.gas(tonnes: digested, gramsPerTonne: value(keys.digestN2O, i)),
                           of: .n2o, source: digest, offset: i)
        output.addSourceActivity(composted, source: compost, offset: i)
        output.addSourceActivity(digested, source: digest, offset: i)
        let biogas = digested * value(keys.digestElectricity, i)
        output.addMemo(biogas, memo: Memo.biogasElectricity.rawValue, offset: i)
        output.addMemo(biogas, memo: WasteLayout.coupling + 1, offset: i)
        output.addMemo(biogas * value(keys.grid, i), memo: Memo.avoidedEnergy.rawValue, offset: i)
        var avoided = 0.0
        for (j, tonnes) in flows.recycled.enumerated() {
            if let credit = keys.recyclingCredit[j] { avoided += tonnes * value(credit, i) }
        }
        output.addMemo(avoided, memo: Memo.avoidedRecycling.rawValue, offset: i)
        output.addMemo(flows.recycled.reduce(0, +), memo: Memo.recycled.rawValue, offset: i)
    }
}
