import ReductionTestSupport
import Testing
import ReductionCore
import ThermalPowerSector

@Suite("Catalogue, factor sets and bilingual names")
struct CatalogueTests {
    let model = ThermalPowerModel()

    @Test func catalogueDecodes() throws {
        let catalogue = try Catalogue(model: model)
        #expect(catalogue.measures.count >= 18)
        #expect(catalogue.defaultFactorSet == "china-2022")
        #expect(catalogue.factorSets.map(\.id).sorted() == ["china-2022", "china-compliance-fallback", "ipcc-2006-tier1"])
        // At least four instrument types are represented.
        #expect(Set(catalogue.measures.map(\.instrument)).count >= 4)
    }

    @Test func everyMeasureIsBilingual() throws {
        for measure in try Catalogue(model: model).measures {
            #expect(measure.name.isComplete, "measure \(measure.id) lacks a name")
            if let description = measure.description { #expect(description.isComplete, "measure \(measure.id) description") }
        }
    }

    /// The estimates a measure carries, labelled for messages.
    func numbers(_ measure: Measure) -> [(label: String, estimate: Estimate, needsRange: Bool)] {
        var list: [(String, Estimate, Bool)] = [
            ("lifetime", measure.lifetime, true),
            ("capex", measure.capex, measure.capex.value != 0),
            ("opex", measure.opex, measure.opex.value != 0),
            ("deployment.max", measure.deployment.maxPenetration, false),
        ]
        for (index, change) in measure.changes.enumerated() {
            switch change {
            case let .scale(key, by): list.append(("changes[\(index)] \(key)", by, by.value != -1))
            case let .add(key, amount): list.append(("changes[\(index)] \(key)", amount, true))
            case let .grow(key, by): list.append(("changes[\(index)] \(key)", by, true))
            case let .blend(key, target): list.append(("changes[\(index)] \(key)", target, false))
            case let .shift(from, _, fraction, _): list.append(("changes[\(index)] \(from)", fraction, true))
            case let .shiftAmount(from, _, amount, _): list.append(("changes[\(index)] \(from)", amount, true))
            case let .capture(source, _, fraction): list.append(("changes[\(index)] \(source)", fraction, true))
            }
        }
        return list
    }

    @Test func everyNumberHasASourceAndARange() throws {
        for measure in try Catalogue(model: model).measures {
            for number in numbers(measure) {
                let source = number.estimate.source ?? ""
                #expect(!source.isEmpty, "\(measure.id) \(number.label) has no source")
                if number.needsRange {
                    #expect(number.estimate.low != nil && number.estimate.high != nil,
                            "\(measure.id) \(number.label) has no low/high")
                }
            }
        }
    }

    @Test func alternativesExcludeEachOther() throws {
        let catalogue = try Catalogue(model: model)
        for measure in catalogue.measures {
            for other in measure.excludes {
                let alternative = try #require(catalogue.measure(other), "\(measure.id) excludes unknown \(other)")
                #expect(alternative.excludes.contains(measure.id), "\(other) should exclude \(measure.id) too")
            }
        }
    }

    @Test func factorSetsAreSourced() throws {
        for set in try Catalogue(model: model).factorSets {
            #expect(set.name.isComplete)
            for (key, series) in set.inputs {
                let source = series.base?.source ?? ""
                #expect(!source.isEmpty, "factor \(set.id) \(key) has no source")
            }
        }
    }

    @Test func everyLabelIsBilingual() throws {
        for spec in model.inputSpecs { #expect(spec.name.isComplete, "input \(spec.key)") }
        for technology in Technology.allCases { #expect(technology.name.isComplete) }
        for kind in NonFossilKind.allCases { #expect(kind.name.isComplete) }
        for fuel in Fuel.allCases { #expect(fuel.name.isComplete) }
        #expect(model.info.name.isComplete && model.info.activityName.isComplete)
        let plan = try PlanLoader.loadExample(for: model)
        let layout = try model.compile(plan.inputTable()).layout
        for source in layout.sources { #expect(source.name.isComplete, "source \(source.id)") }
        for carrier in layout.carriers { #expect(carrier.name.isComplete, "carrier \(carrier.id)") }
        for memo in layout.memos { #expect(memo.name.isComplete, "memo \(memo.id)") }
        #expect(plan.header.title.isComplete && plan.header.jurisdiction.name.isComplete && plan.header.authority.isComplete)
    }

    @Test func specDefaultsMatchTheChinaSet() throws {
        // The built-in defaults and the china-2022 set must not drift apart.
        let set = try #require(try Catalogue(model: model).factorSet("china-2022"))
        for (key, series) in set.inputs {
            let spec = try #require(model.spec(for: key))
            #expect(isClose(spec.defaultValue, series.base?.value ?? .nan), "\(key)")
        }
    }
}
