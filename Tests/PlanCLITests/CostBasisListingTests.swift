import Testing
import PlanCLI
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
        let text = listing.render()
        #expect(text.contains("Model quantities a cost basis may name (\(listing.quantities.count))"))
        for quantity in listing.quantities {
            #expect(text.contains(quantity.id) && text.contains(quantity.name.english), "\(quantity.id)")
        }
        // Every measure's basis label is in the measure table.
        for measure in listing.catalogue.measures { #expect(text.contains(measure.basis.label), "\(measure.id)") }
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
