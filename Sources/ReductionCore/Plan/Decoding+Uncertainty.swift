extension PlanLoader {
    /// `uncertainty.correlations`: a list of `{between: [name, name], rank: r}`. The names
    /// are checked against the drawn parameters when the Monte Carlo analysis starts.
    static func decodeCorrelations(_ root: YAMLValue) throws(PlanError) -> [RankCorrelation] {
        guard let section = try root.optional("uncertainty") else { return [] }
        try section.allowOnly(["correlations"])
        guard let list = try section.optional("correlations") else { return [] }
        var correlations: [RankCorrelation] = []
        for item in try list.items() {
            try item.allowOnly(["between", "rank"])
            let betweenNode = try item.required("between")
            let names = try betweenNode.strings()
            guard names.count == 2 else {
                throw betweenNode.error(.wrongType, "a correlation is between exactly two parameters, found \(names.count)")
            }
            let rankNode = try item.required("rank")
            let rank = try rankNode.double()
            guard rank > -1, rank < 1 else {
                throw rankNode.error(.invalidValue, "a rank correlation must lie strictly between -1 and 1, found \(rank)")
            }
            correlations.append(RankCorrelation(names[0], names[1], rank: rank, location: item.location))
        }
        return correlations
    }
}
