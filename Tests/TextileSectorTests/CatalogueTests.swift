import Testing
import ReductionCore
@testable import TextileSector

@Suite("Embedded catalogue, factor sets and vocabulary")
struct CatalogueTests {
    let model = TextileModel()
    /// The catalogue's measures (empty if it fails to decode, which `catalogueDecodes` reports).
    static let measures: [Measure] = (try? Catalogue(model: TextileModel()))?.measures ?? []

    @Test func catalogueDecodes() throws {
        let catalogue = try Catalogue(model: model)
        #expect(catalogue.measures.count >= 18)
        #expect(Set(catalogue.factorSets.map(\.id)) == ["china", "ipcc-2006"])
        #expect(catalogue.defaultFactorSet == "china")
        // Either-or: the coal-boiler alternatives name each other.
        let alternatives = ["coal-boiler-to-gas", "coal-boiler-to-electric", "coal-boiler-to-heat-pump", "central-chp-steam"]
        for id in alternatives {
            let measure = try #require(catalogue.measure(id))
            #expect(Set(measure.excludes) == Set(alternatives).subtracting([id]))
        }
    }

    /// Every number a reviewer sees carries a source and a low–high range.
    @Test(arguments: CatalogueTests.measures)
    func everyMeasureIsBilingualAndSourced(_ measure: Measure) {
        #expect(measure.name.isComplete, "\(measure.id): name needs en and zh-Hans")
        if let description = measure.description { #expect(description.isComplete, "\(measure.id): description") }
        for (label, estimate) in measure.labelledEstimates {
            #expect((estimate.source ?? "").isEmpty == false, "\(measure.id).\(label) has no source")
            #expect(estimate.low != nil && estimate.high != nil, "\(measure.id).\(label) has no low/high")
        }
    }

    @Test func factorSetsAreSourced() throws {
        for set in try Catalogue(model: model).factorSets {
            #expect(set.name.isComplete)
            for (key, series) in set.inputs {
                #expect((series.base.flatMap(\.source) ?? "").isEmpty == false, "\(set.id).\(key) has no source")
            }
            // The fuel CO2 parameters come from every set; the grid factor from the shared table.
            for fuel in Fuel.allCases {
                for parameter in ["ncv", "carbon", "oxidation"] { #expect(set.inputs["\(fuel.key).\(parameter)"] != nil) }
            }
            #expect(set.inputs[Coupling.gridFactor] == nil)
        }
    }

    @Test func everyLabelIsBilingual() {
        #expect(model.info.name.isComplete && model.info.activityName.isComplete)
        for spec in model.inputSpecs {
            #expect(spec.name.isComplete, "\(spec.key)")
            if spec.defaultValue != nil { #expect((spec.source ?? "").isEmpty == false, "\(spec.key) default has no source") }
        }
        let layout = TextileModel.layout
        for item in layout.sources.map(\.name) + layout.carriers.map(\.name) + layout.memos.map(\.name) {
            #expect(item.isComplete, "\(item)")
        }
        let vocabulary = ProcessStage.allCases.flatMap { [$0.name, $0.unitName] } + Fuel.allCases.flatMap { [$0.name, $0.physicalUnitName] }
            + HeatRoute.allCases.map(\.name) + TreatmentRoute.allCases.map(\.name)
        for name in vocabulary { #expect(name.isComplete, "\(name)") }
    }

    @Test func categoryCodesInBothSchemes() {
        let codes = Dictionary(uniqueKeysWithValues: TextileModel.layout.sources.map { source in
            (source.id, Dictionary(uniqueKeysWithValues: source.categories.map { ($0.scheme, $0.code) }))
        })
        #expect(codes["combustion.natural-gas"]?[.ipcc2006] == "1.A.2.l")
        #expect(codes["combustion.natural-gas"]?[.crt] == "1.A.2.g.vi")
        #expect(codes["wastewater.ch4"]?[.ipcc2006] == "4.D.2")
        #expect(codes["wastewater.ch4"]?[.crt] == "5.D.2")
        #expect(codes.values.allSatisfy { $0.count == 2 })
    }
}
