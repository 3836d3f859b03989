extension PlanEvaluator {
    /// Chooses among either-or alternatives (`excludes`) by incremental analysis on the standalone
    /// figures in the target year.
    ///
    /// Within a group (measures linked by `excludes`):
    /// 1. an alternative without positive abatement loses to any that has it;
    /// 2. a dominated alternative (abates no more at a cost per tonne no lower, one strictly) never wins;
    /// 3. the others are taken by ascending abatement; the larger B replaces the current A when
    ///    `(annual cost B − A) / (abatement B − A) ≤ reference carbon price`.
    /// The winner and what it excludes leave the group; the rule repeats on what is left (a measure
    /// the winner does not exclude can still enter).
    ///
    /// - Returns: the kept measures (plan order) and one decision per loser.
    func chooseAlternatives(_ standalone: Standalone) -> (kept: [Int], decisions: [AlternativeDecision]) {
        let offset = plan.header.targetYear - baseTable.years.lowerBound
        return chooseAlternatives(abatement: standalone.abatement.map { $0[offset] }, net: standalone.net.map { $0[offset] },
                                  cost: standalone.cost, price: plan.header.referenceCarbonPrice)
    }

    /// The measures that name an `excludes` or are named by one (plan order): a superset of the
    /// either-or groups' members, the only measures whose standalone figures
    /// ``chooseAlternatives(abatement:net:cost:price:)`` reads. Empty when the plan has no alternatives.
    var alternativeMembers: [Int] {
        let ids = plan.measures.map(\.id)
        let excluded = Set(plan.measures.flatMap(\.excludes))
        return plan.measures.indices.filter { !plan.measures[$0].excludes.isEmpty || excluded.contains(ids[$0]) }
    }

    /// ``chooseAlternatives(_:)`` on each measure's standalone target-year abatement (tCO2e),
    /// net annual cost and cost per tonne (nil without positive abatement), with the reference
    /// carbon price `price`; only the entries of ``alternativeMembers`` are read (a re-decided
    /// Monte Carlo draw scores those alone, at the target year).
    func chooseAlternatives(abatement standaloneAbatement: [Double], net: [Double], cost: [Double?],
                            price: Double) -> (kept: [Int], decisions: [AlternativeDecision]) {
        let ids = plan.measures.map(\.id)
        func conflict(_ a: Int, _ b: Int) -> Bool {
            plan.measures[a].excludes.contains(ids[b]) || plan.measures[b].excludes.contains(ids[a])
        }
        func abatement(_ i: Int) -> Double { standaloneAbatement[i] }
        func annual(_ i: Int) -> Double { net[i] }
        func decision(_ loser: Int, _ winner: Int, _ reason: AlternativeDecision.Reason) -> AlternativeDecision {
            var incremental: Double?
            if reason == .incrementalCostBelowPrice || reason == .incrementalCostAbovePrice {
                let (small, large) = abatement(loser) < abatement(winner) ? (loser, winner) : (winner, loser)
                incremental = (annual(large) - annual(small)) / (abatement(large) - abatement(small))
            }
            return AlternativeDecision(loser: ids[loser], winner: ids[winner], reason: reason,
                                       loserAbatement: abatement(loser), winnerAbatement: abatement(winner),
                                       loserAnnualCost: annual(loser), winnerAnnualCost: annual(winner),
                                       incrementalCost: incremental)
        }

        var excluded: Set<Int> = []
        var decisions: [AlternativeDecision] = []
        var visited: Set<Int> = []
        for start in measures.indices where !visited.contains(start) {
            // The group: every measure linked to `start` through `excludes`.
            var group = [start]
            visited.insert(start)
            var next = 0
            while next < group.count {
                for other in measures.indices where !visited.contains(other) && conflict(group[next], other) {
                    visited.insert(other)
                    group.append(other)
                }
                next += 1
            }
            guard group.count > 1 else { continue }
            var open = group.sorted { ids[$0] < ids[$1] }
            while !open.isEmpty {
                let (winner, reasons) = winnerOf(open, abatement: abatement, cost: { cost[$0] },
                                                 annual: annual, price: price)
                for loser in open where loser != winner && conflict(loser, winner) {
                    excluded.insert(loser)
                    decisions.append(decision(loser, winner, reasons[loser] ?? .dominated))
                }
                open.removeAll { $0 == winner || conflict($0, winner) }
            }
        }
        return (measures.indices.filter { !excluded.contains($0) }, decisions)
    }

    /// The winner among `candidates` (sorted by id) and, per loser, why it lost.
    private func winnerOf(_ candidates: [Int], abatement: (Int) -> Double, cost: (Int) -> Double?,
                          annual: (Int) -> Double, price: Double) -> (Int, [Int: AlternativeDecision.Reason]) {
        var reasons: [Int: AlternativeDecision.Reason] = [:]
        let abating = candidates.filter { cost($0) != nil }
        for index in candidates where cost(index) == nil { reasons[index] = .noAbatement }
        guard let first = abating.first else { return (candidates[0], reasons) }
        func dominates(_ b: Int, _ a: Int) -> Bool {
            guard let cb = cost(b), let ca = cost(a) else { return false }
            return abatement(b) >= abatement(a) && cb <= ca && (abatement(b) > abatement(a) || cb < ca)
        }
        let efficient = abating.filter { a in !abating.contains { dominates($0, a) } }
        for index in abating where !efficient.contains(index) { reasons[index] = .dominated }
        // Ascending abatement (ties by id, the input order): each larger one may replace the current.
        let ladder = efficient.sorted { abatement($0) < abatement($1) }
        var current = ladder.first ?? first
        for candidate in ladder.dropFirst() {
            let extra = abatement(candidate) - abatement(current)
            guard extra > 0 else { reasons[candidate] = .dominated; continue }
            let incremental = (annual(candidate) - annual(current)) / extra
            if incremental <= price {
                reasons[current] = .incrementalCostBelowPrice
                current = candidate
            } else {
                reasons[candidate] = .incrementalCostAbovePrice
            }
        }
        return (current, reasons)
    }
}
