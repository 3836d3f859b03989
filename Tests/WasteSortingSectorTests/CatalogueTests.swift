import ReductionTestSupport
import Testing
import ReductionCore
@testable import WasteSortingSector

/// The embedded catalogue, factor sets and labels: complete, bilingual and sourced.
struct CatalogueTests {
    static let catalogue = Result { try Catalogue(model: WasteSortingModel()) }

    @Test func catalogueDecodes() throws {
        let catalogue = try Self.catalogue.get()
        #expect(catalogue.measures.count >= 18)
        #expect(catalogue.defaultFactorSet == "ipcc2006-temperate-wet")
        // Four IPCC 2006 climate zones and the 2019 Refinement's type-specific DOCf (issue 17 item 5).
        #expect(catalogue.factorSets.count == 5)
    }

    @Test func everyMeasureIsBilingualAndSourced() throws {
        for measure in try Self.catalogue.get().measures {
            #expect(measure.name.isComplete, "\(measure.id) needs both names")
            if let description = measure.description { #expect(description.isComplete, "\(measure.id) description") }
            for (label, estimate) in measure.labelledEstimates {
                let source = estimate.source ?? ""
                #expect(!source.isEmpty, "\(measure.id) \(label) needs a source")
                #expect(estimate.low != nil && estimate.high != nil, "\(measure.id) \(label) needs low and high")
            }
        }
    }

    @Test func alternativesExcludeEachOther() throws {
        let measures = try Self.catalogue.get().measures
        let ids = Set(measures.map(\.id))
        for measure in measures {
            for other in measure.excludes {
                #expect(ids.contains(other))
                #expect(measures.first { $0.id == other }?.excludes.contains(measure.id) == true,
                        "\(other) should exclude \(measure.id) too")
            }
        }
    }

    @Test func everyFactorIsSourcedAndEveryLabelBilingual() throws {
        let model = WasteSortingModel()
        for spec in model.inputSpecs {
            #expect(spec.name.isComplete, "\(spec.key) needs both names")
            let source = spec.source ?? ""
            if spec.defaultValue != nil { #expect(!source.isEmpty, "\(spec.key) default needs a source") }
        }
        for set in try Self.catalogue.get().factorSets {
            #expect(set.name.isComplete)
            for (key, series) in set.inputs {
                let base = series.base ?? Estimate(0)
                let source = base.source ?? ""
                #expect(!source.isEmpty, "\(set.id) \(key) needs a source")
                #expect(base.low != nil && base.high != nil, "\(set.id) \(key) needs a range")
            }
        }
        for source in WasteLayout.sources {
            #expect(source.name.isComplete)
            #expect(Set(source.categories.map(\.scheme)) == [.ipcc2006, .crt])
        }
        for memo in WasteLayout.memos { #expect(memo.name.isComplete) }
        for type in WasteType.allCases { #expect(type.name.isComplete) }
        for route in ResidualRoute.allCases { #expect(route.name.isComplete) }
        for route in SeparateRoute.allCases { #expect(route.name.isComplete) }
        for site in LandfillSite.allCases { #expect(site.name.isComplete) }
        #expect(model.info.name.isComplete && model.info.activityName.isComplete)
    }

    @Test func factorSetsAgreeWithTheModelDefaults() throws {
        // Climate-independent keys repeat in every set and equal the model's default; only k differs.
        let model = WasteSortingModel()
        let sets = try Self.catalogue.get().factorSets
        // The 2019 set alone adds waste.<type>.docf (no model default: absent, landfill.docf applies).
        func shared(_ set: FactorSet) -> Set<String> { Set(set.inputs.keys.filter { !$0.hasSuffix(".docf") }) }
        for set in sets {
            #expect(shared(set) == shared(sets[0]), "\(set.id) covers the same keys")
            for (key, series) in set.inputs where !key.hasSuffix(".decay-rate") && !key.hasSuffix(".docf") {
                let central = series.base?.value ?? .nan
                #expect(isClose(central, model.spec(for: key)?.defaultValue ?? .nan), "\(set.id) \(key)")
            }
        }
        // The default set's k equal the model's defaults (boreal/temperate wet).
        let defaultSet = try #require(sets.first { $0.id == "ipcc2006-temperate-wet" })
        for type in WasteType.allCases where type.isDegradable {
            let k = defaultSet.inputs[WasteKey.decayRate(type)]?.base?.value ?? .nan
            #expect(isClose(k, WasteTypeDefaults.ipcc2006(type).decayRate), "\(type)")
        }
    }

    @Test func categoryCodesCarryTheirScheme() {
        let codes = WasteLayout.sources.map { source in
            source.categories.map { "\($0.scheme.rawValue) \($0.code)" }.joined(separator: ", ")
        }
        #expect(codes[WasteLayout.Source.landfillManaged.rawValue] == "IPCC2006 4.A.1, UNFCCC-CRT 5.A.1")
        #expect(codes[WasteLayout.Source.composting.rawValue] == "IPCC2006 4.B, UNFCCC-CRT 5.B.1")
        #expect(codes[WasteLayout.Source.incinerationEnergy.rawValue] == "IPCC2006 4.C.1, UNFCCC-CRT 5.C.1")
        #expect(codes[WasteLayout.Source.openBurning.rawValue] == "IPCC2006 4.C.2, UNFCCC-CRT 5.C.2")
    }
}
