@testable import ReductionCore
import Testing

/// Re-decide chooses among either-or alternatives on each alternative scored alone at the target
/// year (`TargetYearOrdering.standalone`), not on full standalone runs of every measure over
/// every year. The figures the choice reads must be the full runs' target-year figures, bit for bit.
@Suite("Standalone figures at the target year: the full standalone runs' bits")
struct StandaloneTargetYearTests {
    @Test("every measure of the example scored alone gives the full standalone run's target-year abatement, net cost and cost per tonne",
          arguments: SectorCase.all)
    func sameBits(sector: SectorCase) throws {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let evaluator = try PlanEvaluator(plan: plan, model: sector.model)
        guard let window = evaluator.model.runOffsets else { return }  // only year-by-year models order at the target year
        let target = plan.header.targetYear - evaluator.baseTable.years.lowerBound
        var ordering = TargetYearOrdering(model: evaluator.model, window: window, measures: evaluator.measures,
                                          ids: plan.measures.map(\.id), cost: evaluator.costs, base: evaluator.baseTable,
                                          target: target, gwp: evaluator.gwp)
        let all = Array(plan.measures.indices)
        let alone = ordering.standalone(all, inputs: evaluator.baseTable,
                                        costs: evaluator.targetYearCosts(rate: plan.header.socialDiscountRate, basis: .social))
        var cache = RunCache()
        let full = evaluator.standaloneRuns(bau: evaluator.model(evaluator.baseTable), cache: &cache)
        for index in all {
            #expect(alone.abatement[index].bitPattern == full.abatement[index][target].bitPattern, "\(plan.measures[index].id)")
            #expect(alone.net[index].bitPattern == full.net[index][target].bitPattern, "\(plan.measures[index].id)")
            #expect(alone.cost[index]?.bitPattern == full.cost[index]?.bitPattern, "\(plan.measures[index].id)")
        }
        let members = evaluator.alternativeMembers
        #expect(!members.isEmpty || !plan.measures.contains { !$0.excludes.isEmpty })
        let chosen = evaluator.chooseAlternatives(abatement: alone.abatement, net: alone.net, cost: alone.cost,
                                                  price: plan.header.referenceCarbonPrice)
        #expect(chosen.kept == evaluator.chooseAlternatives(full).kept)
    }
}
