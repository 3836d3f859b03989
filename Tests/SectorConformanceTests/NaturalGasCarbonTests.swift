import ReductionTestSupport
import ReductionCore
import Testing
import TextileSector
import ThermalPowerSector
import TransportSector

/// Issue 17 item 6: natural-gas carbon content was 0.0153 in some China sets and 0.01532 in
/// others. Resolved from the sources: IPCC 2006 Vol 2 Ch 1 Table 1.3 prints 15.3 kgC/GJ
/// (= 56,100 kg CO2/TJ × 12/44 of Ch 3 Table 3.2.1); China's national default (GB/T 32150-2015
/// Annex A, the 2011 provincial guideline, the 2022 power-generation guideline) is 15.32 tC/TJ.
/// Every IPCC set of every sector now uses 0.0153 and every China set 0.01532, each with the
/// same citation.
@Suite("Natural-gas carbon content: one value per source family, in every sector")
struct NaturalGasCarbonTests {
    static let cases: [(model: any SectorModel, keys: [String])] = [
        (TransportModel(), ["fuel.cng.carbon-content", "fuel.lng.carbon-content"]),
        (ThermalPowerModel(), ["fuel.gas.carbon-content"]),
        (TextileModel(), ["fuel.natural-gas.carbon"]),
    ]

    @Test("IPCC sets 0.0153 (Table 1.3), China sets 0.01532 (GB/T 32150 Annex A)")
    func everySetAgrees() throws {
        var checked = 0
        for (model, keys) in Self.cases {
            for set in try Catalogue(model: model).factorSets {
                let ipcc = set.id.lowercased().contains("ipcc")
                for key in keys {
                    guard let estimate = set.inputs[key]?.base else { continue }
                    checked += 1
                    let source = estimate.source ?? ""
                    if ipcc {
                        #expect(estimate.value == 0.0153, "\(model.info.id)/\(set.id) \(key)")
                        #expect(source.contains("Table 1.3"), "\(model.info.id)/\(set.id) \(key): \(source)")
                    } else {
                        #expect(estimate.value == 0.01532, "\(model.info.id)/\(set.id) \(key)")
                        #expect(source.contains("GB/T 32150-2015 Annex A"), "\(model.info.id)/\(set.id) \(key): \(source)")
                    }
                }
            }
        }
        // transport 3 sets × 2 keys, power 3 sets, textile 2 sets.
        #expect(checked == 11)
    }
}
