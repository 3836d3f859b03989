import ReductionTestSupport
import ReductionCore
import Testing
import ThermalPowerSector

/// Issue 17 item 8 (power): the "CO2 per MWh supplied" included heat and heat-boiler CO2. Power
/// and heat intensities are now separate memo items, split by the heat-supply ratio (fuel basis).
@Suite("Power and heat intensities")
struct PowerHeatIntensityTests {
    @Test func chpAndBoilersSplitByHeatSupplyRatio() throws {
        let inputs = Fixture.chp100(heatDemand: 1_500_000) + "\n  heat.boiler-efficiency: 0.75\n" + Fixture.noNonCO2
        let result = try Fixture.evaluate(inputs: inputs)
        // Coal 0.03085 tC/GJ × 0.99 × 44/12 = 0.1119855 tCO2/GJ (china-compliance-fallback).
        // CHP power fuel 500,000 MWh × 0.300 × 29.3076 = 4,396,140 GJ → 492,303.936 t to electricity;
        // heat fuel 1,000,000 GJ × 0.039 × 29.3076 = 1,142,996.4 GJ → 127,999.0234 t to heat;
        // boilers (1,500,000 − 1,000,000) GJ ÷ 0.75 = 666,666.67 GJ → 74,657.0 t, all heat.
        let perGJ = 0.03085 * 0.99 * 44 / 12
        let electricityCO2 = 4_396_140 * perGJ, heatCO2 = 1_142_996.4 * perGJ + 500_000 / 0.75 * perGJ
        #expect(isClose(electricityCO2, 492_303.936) && isClose(heatCO2, 202_656.0234, relative: 1e-9))
        // Power intensity: 492,303.936 t ÷ 500,000 MWh of local net generation = 0.984607872 tCO2/MWh
        // (imports and their CO2 are outside it).
        #expect(isClose(Fixture.memo(result, "intensity.electricity", year: 2024), 0.984607872))
        // Heat intensity: 202,656.0234 t ÷ 1,500,000 GJ = 0.1351040156 tCO2/GJ.
        #expect(isClose(Fixture.memo(result, "heat-ef", year: 2024), heatCO2 / 1_500_000))
        #expect(isClose(Fixture.memo(result, "heat-ef", year: 2024), 0.1351040156, relative: 1e-9))
        // The sector intensity divides all direct CO2 (694,959.96 t) by 1,000,000 MWh supplied: it is
        // not the power intensity, and every report says how the two are separated.
        #expect(isClose((result.bauBoundaries.direct[2024] ?? .nan), electricityCO2 + heatCO2))
        #expect(result.boundaryNotes.contains { $0.hasPrefix("power and heat intensities: a unit's fuel is split by the heat-supply ratio") })
    }
}
