import Testing
@testable import PlanCLI
import ReductionCore
import ThermalPowerSector

/// Issue 12: `catalogue` lists each sector's model quantities and every measure's cost basis;
/// `template` names the basis of every catalogue measure's cost.
@Suite("Cost bases in catalogue and template")
struct CostBasisListingTests {
    @Test("catalogue lists the model quantities with unit and meaning", arguments: allSectors)
    func catalogueListsQuantities(sector: SectorCase) throws {
        var listing = CatalogueListing(catalogue: try Catalogue(model: sector.model), language: .english)
        listing.quantities = try Costing.basisQuantities(of: sector.model)
        let quantities = try #require(listing.quantities)
        // Transport and power compute named quantities; waste and textile costs rest on energy,
        // source activities and memo items, which every model offers.
        #expect(quantities.isEmpty == ["waste", "textile"].contains(sector.model.info.id))
        let text = listing.render()
        #expect(text.contains("Model quantities a cost basis may name (\(quantities.count))"))
        // Rows as the table shows them (the text wraps long cells): id, unit, meaning.
        #expect(listing.quantityRows() == quantities.map { [$0.id, $0.unit, $0.name.english] })
        // Every measure's cost basis is column 6 of the measure table.
        #expect(listing.measureRows().map { $0[5] } == listing.catalogue.measures.map(\.basis.label))
        #expect(text.contains("Also: energy, energy.<carrier> (GJ/yr), activity"))
    }

    @Test func powerQuantitiesAreListed() throws {
        let quantities = try Costing.basisQuantities(of: ThermalPowerModel())
        // 8 technologies + 5 non-fossil kinds + storage, all MW.
        #expect(quantities.count == 14)
        #expect(quantities.first?.id == "capacity.small-coal" && quantities.last?.id == "capacity.storage")
        #expect(quantities.contains { $0.id == "capacity.solar" && $0.unit == "MW" && $0.name.english == "Installed capacity: Utility-scale solar PV" })
    }

    @Test("template names every catalogue measure's cost basis", arguments: allSectors)
    func templateNamesBases(sector: SectorCase) throws {
        let template = PlanTemplate(model: sector.model, language: .english).render()
        for measure in try Catalogue(model: sector.model).measures {
            #expect(template.contains("#   \(measure.id): \(measure.name.english) — costs \(measure.basis.label)\n"), "\(measure.id)")
        }
        #expect(template.contains("#       basis: project"))
    }
}
