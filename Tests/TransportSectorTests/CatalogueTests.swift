import ReductionCore
import Testing
@testable import TransportSector

/// The embedded catalogue, factor sets and labels: complete, bilingual and sourced.
@Suite struct CatalogueTests {
    static let catalogue: Catalogue? = try? Catalogue(model: Support.model)

    @Test func catalogueDecodes() throws {
        let catalogue = try Catalogue(model: Support.model)
        #expect(catalogue.measures.count >= 18)
        #expect(catalogue.defaultFactorSet == "ipcc-2006")
        #expect(Set(catalogue.factorSets.map(\.id)) == ["ipcc-2006", "china-provincial", "china-land-transport-2015"])
    }

    @Test func everyMeasureHasBothNamesAndDescriptions() throws {
        for measure in try Catalogue(model: Support.model).measures {
            #expect(measure.name.isComplete, "\(measure.id) name")
            #expect(measure.description?.isComplete == true, "\(measure.id) description")
        }
    }

    /// Every number of every measure has a source; costs, lifetimes and penetration also a range.
    @Test func everyNumberHasASourceAndARange() throws {
        for measure in try Catalogue(model: Support.model).measures {
            let ranged: [(String, Estimate)] = [("capex", measure.capex), ("opex", measure.opex),
                                                ("lifetime", measure.lifetime),
                                                ("max penetration", measure.deployment.maxPenetration)]
            for (label, estimate) in ranged {
                #expect((estimate.source ?? "").isEmpty == false, "\(measure.id) \(label) has no source")
                #expect(estimate.low != nil && estimate.high != nil, "\(measure.id) \(label) has no low/high")
            }
            for change in measure.changes {
                for estimate in Self.estimates(of: change) {
                    let source = estimate.source ?? ""
                    #expect(source.isEmpty == false, "\(measure.id) change \(change.keys) has no source")
                    if !source.hasPrefix("definition") {
                        #expect(estimate.low != nil && estimate.high != nil, "\(measure.id) change \(change.keys) has no range")
                    }
                }
            }
        }
    }

    static func estimates(of change: InputChange) -> [Estimate] {
        switch change {
        case let .scale(_, by): [by]
        case let .shift(_, _, fraction, _): [fraction]
        case let .shiftAmount(_, _, amount, _): [amount]
        case let .add(_, amount): [amount]
        case let .grow(_, by): [by]
        case let .blend(_, target): [target]
        case let .capture(_, _, fraction): [fraction]
        }
    }

    /// Battery-electric, LNG and hybrid buses replace the same fleet; LNG and fuel-cell trucks the same segment.
    @Test func eitherOrAlternativesExcludeEachOther() throws {
        let catalogue = try Catalogue(model: Support.model)
        for group in [["bus-battery-electric", "bus-lng", "bus-hybrid"], ["truck-lng", "truck-fuel-cell"]] {
            for id in group {
                let excludes = Set(catalogue.measure(id)?.excludes ?? [])
                #expect(excludes == Set(group).subtracting([id]), "\(id) excludes \(excludes)")
            }
        }
    }

    @Test func everyFactorSetValueHasASource() throws {
        for set in try Catalogue(model: Support.model).factorSets {
            #expect(set.name.isComplete, "\(set.id) name")
            for (key, series) in set.inputs {
                #expect((series.base?.source ?? "").isEmpty == false, "\(set.id).\(key) has no source")
            }
        }
    }

    @Test func everyInputSpecIsBilingualAndEveryDefaultSourced() {
        for spec in Support.model.inputSpecs {
            #expect(spec.name.isComplete, "\(spec.key)")
            if spec.defaultValue != nil {
                #expect((spec.source ?? "").isEmpty == false, "\(spec.key) default has no source")
            }
        }
    }

    @Test func vocabularyIsBilingual() {
        let names = TransportMode.allCases.map(\.name) + TransportTechnology.allCases.map(\.name)
            + TransportCarrier.allCases.map(\.name) + TransportSegment.allCases.map(\.name)
            + [Support.model.info.name, Support.model.info.activityName]
        for name in names { #expect(name.isComplete, "\(name)") }
    }

    /// Sources, carriers and memos of the example's layout are bilingual too.
    @Test func layoutNamesAreBilingual() throws {
        let plan = try PlanLoader.loadExample(for: Support.model)
        let layout = try Support.model.compile(plan.inputTable()).layout
        for source in layout.sources { #expect(source.name.isComplete, "\(source.id)") }
        for carrier in layout.carriers { #expect(carrier.name.isComplete, "\(carrier.id)") }
        for memo in layout.memos { #expect(memo.name.isComplete, "\(memo.id)") }
    }
}
