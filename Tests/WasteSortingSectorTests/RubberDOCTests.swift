import ReductionCore
import Testing
@testable import WasteSortingSector

/// Issue 17 item 5: rubber and leather are treated as non-degrading in landfill (IPCC 2006
/// Vol 5 Table 2.4 prints their 39 % DOC in brackets: natural rubber is unlikely to degrade
/// anaerobically), as the sector's own source note said; the 39 % stays as the upper bound.
@Suite struct RubberDOCTests {
    @Test func defaultAndEverySetUseZero() throws {
        let spec = try #require(Fixture.model.spec(for: WasteKey.doc(.rubberLeather)))
        #expect(spec.defaultValue == 0)
        for set in try Catalogue(model: Fixture.model).factorSets {
            let doc = try #require(set.inputs[WasteKey.doc(.rubberLeather)]?.base)
            #expect(doc.value == 0, "\(set.id)")
            #expect(doc.high == 0.39, "\(set.id)")
        }
    }

    @Test func landfilledRubberMakesNoMethane() throws {
        // 1,000 t/yr of rubber to an anaerobic landfill for 30 years: DOC 0 → DDOCm 0 → no CH4.
        let table = Fixture.table(years: 2020...2050, Fixture.stream(1000, composition: [.rubberLeather: 1],
                                                                     route: .landfillAnaerobic))
        let output = try Fixture.model.compile(table)(table)
        let ch4 = (0..<output.layout.sources.count).reduce(0.0) { sum, source in
            sum + (2020...2050).reduce(0.0) { $0 + output.tonnes(.ch4NonFossil, source: source, year: $1) }
        }
        #expect(ch4 == 0)
    }
}
