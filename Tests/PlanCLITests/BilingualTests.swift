import Testing
import ReductionCore

/// Every name a planner or reviewer sees exists in English and Simplified Chinese.
@Suite("Bilingual names")
struct BilingualTests {
    @Test("every sector's names are complete in both languages", arguments: allSectors)
    func namesAreComplete(sector: SectorCase) throws {
        let model = sector.model
        #expect(model.info.name.isComplete && model.info.activityName.isComplete)
        for spec in model.inputSpecs {
            #expect(spec.name.isComplete, "input \(spec.key) lacks a name in one language: \(spec.name)")
        }
        let catalogue = try Catalogue(model: model)
        for set in catalogue.factorSets { #expect(set.name.isComplete, "factor set \(set.id)") }
        for measure in catalogue.measures {
            #expect(measure.name.isComplete, "measure \(measure.id)")
            #expect(measure.description?.isComplete ?? true, "description of \(measure.id)")
            // Chinese names are Chinese: at least one CJK ideograph.
            #expect(measure.name.chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "measure \(measure.id)")
        }
        let plan = try PlanLoader.loadExample(for: model)
        let layout = try model.compile(plan.inputTable()).layout
        for source in layout.sources { #expect(source.name.isComplete, "source \(source.id)") }
        for carrier in layout.carriers { #expect(carrier.name.isComplete, "carrier \(carrier.id)") }
        for memo in layout.memos { #expect(memo.name.isComplete, "memo \(memo.id)") }
        #expect(plan.header.title.isComplete && plan.header.jurisdiction.name.isComplete && plan.header.authority.isComplete)
        for target in plan.targets { #expect(target.name?.isComplete ?? true, "target \(target.id)") }
    }

    @Test func gasAndPollutantNamesAreComplete() {
        for gas in Gas.allCases { #expect(gas.name.isComplete) }
        for pollutant in Pollutant.allCases { #expect(pollutant.name.isComplete) }
    }
}
