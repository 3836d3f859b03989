import ReductionCore
import ReductionTestSupport
import Testing

/// Properties every sector must have (issue 14): the boundary split, indirect = electricity ×
/// factor, the shared vocabulary, and emissions proportional to activity.
@Suite("Sector conformance")
struct BoundaryConformanceTests {
    @Test("direct + indirect = total, BAU and pathway, every year", arguments: SectorCase.all)
    func boundarySplitAddsUp(_ sector: SectorCase) throws {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let result = try PlanEvaluator.evaluate(plan, model: sector.model)
        for split in [result.bauBoundaries, result.pathwayBoundaries] {
            for (year, total) in split.total.points {
                #expect(isClose((split.direct[year] ?? .nan) + (split.indirect[year] ?? .nan), total), "\(year)")
            }
        }
        // Each target is checked in a stated boundary; unnamed ones in the sector default.
        for check in result.targets {
            #expect(check.boundary == (check.target.boundary ?? sector.model.info.defaultTargetBoundary))
        }
    }

    /// indirect(g) − indirect(0) = electricity demanded × g in every year: the grid factor
    /// touches nothing but the electricity the sector buys.
    @Test("indirect emissions = electricity demanded × grid factor", arguments: SectorCase.all)
    func indirectIsElectricityTimesFactor(_ sector: SectorCase) throws {
        let (plan, table) = try sector.example(locationBased: true)
        let gwp = plan.header.gwp.factors
        let grid = try #require(table.index(of: Coupling.gridFactor), "example lacks \(Coupling.gridFactor)")
        let base = try sector.run(table)
        let zero = try sector.run(table.setting(Coupling.gridFactor, to: 0))
        let demand = try #require(base.layout.memoIndex(Coupling.electricityDemand))
        for offset in 0..<table.yearCount {
            let expected = base.memo(demand, offset: offset) * table[grid, offset: offset]
            let change = base.totalCO2e(offset: offset, gwp: gwp, boundary: .indirect)
                - zero.totalCO2e(offset: offset, gwp: gwp, boundary: .indirect)
            #expect(isClose(change, expected, relative: 1e-7, absolute: 1e-7), "offset \(offset): \(change) vs \(expected)")
            // Direct emissions do not depend on the grid factor.
            #expect(isClose(base.totalCO2e(offset: offset, gwp: gwp, boundary: .direct),
                          zero.totalCO2e(offset: offset, gwp: gwp, boundary: .direct)))
        }
    }

    @Test("zero grid (and other indirect) factors leave only direct emissions", arguments: SectorCase.all)
    func zeroGridFactorLeavesDirect(_ sector: SectorCase) throws {
        let (plan, table) = try sector.example(locationBased: true)
        var zeroed = table.setting(Coupling.gridFactor, to: 0)
        for key in sector.otherIndirectFactors { zeroed = zeroed.setting(key, to: 0) }
        let output = try sector.run(zeroed)
        let gwp = plan.header.gwp.factors
        let surplus = output.layout.memoIndex("surplus")
        for offset in 0..<table.yearCount {
            // Power exports a surplus at the local factor (consumption view); none in the example.
            if let surplus { #expect(output.memo(surplus, offset: offset) == 0) }
            #expect(output.totalCO2e(offset: offset, gwp: gwp, boundary: .indirect) == 0, "offset \(offset)")
            #expect(isClose(output.totalCO2e(offset: offset, gwp: gwp),
                          output.totalCO2e(offset: offset, gwp: gwp, boundary: .direct)))
        }
    }

    @Test("the shared vocabulary: grid-factor key, coupling memos, no old spellings", arguments: SectorCase.all)
    func vocabularyKeysExist(_ sector: SectorCase) throws {
        let specs = sector.model.inputSpecs
        let grid = try #require(specs.first { $0.key == Coupling.gridFactor })
        // Every sector defaults to the one embedded vintage: MEE & NBS 2023 national average 0.5306.
        #expect(grid.defaultValue == 0.5306)
        #expect(grid.unit == "tCO2/MWh")
        for old in ["grid.factor", "grid.emission-factor", "factor.electricity", "supply.import-ef", "factor.heat"] {
            #expect(!specs.contains { $0.key == old }, "\(old)")
        }
        let (_, table) = try sector.example()
        let layout = try sector.model.compile(table).layout
        let first = try #require(layout.memoIndex(Coupling.electricityDemand))
        #expect(Array(layout.memos[first..<(first + Coupling.memos.count)]) == Coupling.memos)
        #expect(layout.memoIndex("grid-ef") == nil)
        // The grid-factor memo repeats the input, year by year.
        let output = try sector.run(table)
        let used = try #require(layout.memoIndex(Coupling.gridFactorUsed))
        let index = try #require(table.index(of: Coupling.gridFactor))
        for offset in 0..<table.yearCount {
            #expect(output.memo(used, offset: offset) == table[index, offset: offset])
        }
    }

    @Test("doubling activity doubles every year's emissions, direct and indirect", arguments: SectorCase.all)
    func scalingActivityScalesEmissions(_ sector: SectorCase) throws {
        let (plan, table) = try sector.example()
        let gwp = plan.header.gwp.factors
        let base = try sector.run(table)
        let doubled = try sector.run(table.scaled(by: 2, where: sector.isActivity))
        for offset in 0..<table.yearCount {
            for boundary in ReportingBoundary.allCases {
                let before = base.totalCO2e(offset: offset, gwp: gwp, boundary: boundary)
                let after = doubled.totalCO2e(offset: offset, gwp: gwp, boundary: boundary)
                #expect(isClose(after, 2 * before, relative: 1e-7, absolute: 1e-7), "\(boundary) offset \(offset): \(after) vs 2 × \(before)")
            }
        }
    }
}
