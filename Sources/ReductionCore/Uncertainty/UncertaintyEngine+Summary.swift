extension UncertaintyEngine {
    /// Turns the stored draws into percentiles, probabilities and sensitivities. P(cost below
    /// the price) compares with `fixedPrice` when given, else with each draw's reference price.
    func summarise(_ box: ResultBox, seed: UInt64, fixedPrice: Double?, threads: Int) -> UncertaintyResult {
        let plan = evaluator.plan
        let m = reported.count, n = box.draws
        // Each measure on its own, on the run's threads; the arrays are read as local values
        // (each use of a class's array is checked for exclusive access).
        let abatements = box.abatement, costs = box.cost, nets = box.net, privateCosts = box.privateCost
        let ranks = box.rank, keeps = box.keepsRank, chosenFlags = box.chosen, prices = box.referencePrice
        let ids = reported.map { plan.measures[$0].id }, central = centralRank
        let results = Slots<MeasureUncertainty>(count: m)
        ShareQueue.perform(m, threads: threads) { position in
            var column = [Double](repeating: 0, count: n)
            var abating = 0, increasing = 0, keepsRank = 0
            for draw in 0..<n {
                let abatement = abatements[draw * m + position]
                column[draw] = abatement
                if abatement > 0 { abating += 1 } else if abatement < 0 { increasing += 1 }
                if keeps[draw * m + position] { keepsRank += 1 }
            }
            let abatement = Percentiles(of: column)
            var saves = 0, below = 0, chosen = 0
            for draw in 0..<n {
                // NaN where the draw has no positive abatement: those draws are left out.
                let cost = costs[draw * m + position]
                column[draw] = cost
                if nets[draw * m + position] < 0 { saves += 1 }
                if !cost.isNaN && cost < (fixedPrice ?? prices[draw]) { below += 1 }
                if chosenFlags[draw * m + position] { chosen += 1 }
            }
            var measure = MeasureUncertainty(
                id: ids[position], abatement: abatement, costPerTonne: Percentiles(of: column),
                probabilitySavesMoney: Double(saves) / Double(n), probabilityKeepsRank: Double(keepsRank) / Double(n),
                probabilityBelowPrice: Double(below) / Double(n),
                drawsWithAbatement: abating, drawsWithoutAbatement: n - abating,
                probabilityIncreasesEmissions: Double(increasing) / Double(n))
            for draw in 0..<n { column[draw] = privateCosts[draw * m + position] }
            measure.privateCostPerTonne = Percentiles(of: column)
            // NaN where the draw leaves the measure out of its pathway.
            for draw in 0..<n { column[draw] = ranks[draw * m + position] }
            measure.rank = Percentiles(of: column)
            measure.centralRank = central[position]
            measure.probabilityChosen = Double(chosen) / Double(n)
            results.set(position, measure)
        }
        let measures = results.values
        var peakCounts: [Int: Int] = [:]
        for year in box.peakYear { peakCounts[year, default: 0] += 1 }
        let peaks = peakCounts.mapValues { Double($0) / Double(n) }
        var targets: [String: Double] = [:]
        let targetMet = box.targetMet
        for (index, target) in plan.targets.enumerated() {
            let met = (0..<n).filter { targetMet[$0 * plan.targets.count + index] }.count
            targets[target.id] = Double(met) / Double(n)
        }
        var byKind: [String: Int] = [:]
        for parameter in parameters { byKind[parameter.kind, default: 0] += 1 }
        return UncertaintyResult(draws: n, seed: seed, parameterCount: parameters.count,
                                 referencePrice: fixedPrice ?? plan.header.referenceCarbonPrice,
                                 targetYear: plan.header.targetYear, measures: measures,
                                 pathwayEmissions: Percentiles(of: box.pathwayTarget), peakYearDistribution: peaks,
                                 targetProbabilities: targets, mode: mode, drawnByKind: byKind,
                                 correlations: achievedCorrelations(box), sensitivity: sensitivity(box, threads: threads),
                                 truncated: truncatedParameters())
    }

    /// The parameters whose untruncated distribution puts more than
    /// ``TruncatedParameter/reportedAbove`` of its mass outside their domain, in draw order.
    func truncatedParameters() -> [TruncatedParameter] {
        zip(parameters.indices, truncations).compactMap { index, truncation in
            guard truncation.massCut > TruncatedParameter.reportedAbove else { return nil }
            let domain = truncation.domain
            return TruncatedParameter(parameter: parameterNames[index],
                                      distribution: parameters[index].estimate.distribution ?? .triangular,
                                      low: domain.lowerBound.isFinite ? domain.lowerBound : nil,
                                      high: domain.upperBound.isFinite ? domain.upperBound : nil,
                                      massCut: truncation.massCut)
        }
    }

    /// The declared correlations with the rank correlation the sample achieved.
    func achievedCorrelations(_ box: ResultBox) -> [AchievedCorrelation] {
        evaluator.plan.correlations.compactMap { item in
            guard let a = parameterNames.firstIndex(of: item.first), let b = parameterNames.firstIndex(of: item.second) else { return nil }
            let p = box.parameters
            let x = (0..<box.sampled).map { box.uniforms[$0 * p + a] }, y = (0..<box.sampled).map { box.uniforms[$0 * p + b] }
            let achieved = Sensitivity.pearson(Sensitivity.ranks(x), Sensitivity.ranks(y))
            return AchievedCorrelation(first: item.first, second: item.second, target: item.rank,
                                       achieved: achieved.isNaN ? 0 : achieved, draws: box.sampled)
        }
    }

    /// Sensitivity of the target-year pathway and of each measure's cost per tonne to every
    /// parameter, over the first ``sensitivityDraws`` draws.
    func sensitivity(_ box: ResultBox, threads: Int) -> [ResultSensitivity] {
        guard !parameters.isEmpty, box.sampled >= 3 else { return [] }
        let s = box.sampled, p = box.parameters, m = box.measures
        let uniforms = box.uniforms, costs = box.cost, pathway = box.pathwayTarget
        let sample = Sensitivity.Sample(parameters: p, threads: threads) { parameter in
            (0..<s).map { uniforms[$0 * p + parameter] }
        }
        let currency = evaluator.plan.header.currency
        let names = parameterNames, ids = reported.map { evaluator.plan.measures[$0].id }
        // Result 0 is the pathway, result 1 + k measure k's cost per tonne; each analysed on its own.
        let results = Slots<ResultSensitivity>(count: m + 1)
        ShareQueue.perform(m + 1, threads: threads) { result in
            if result == 0 {
                results.set(0, Sensitivity.analyse(result: "pathway", unit: "tCO2e", y: Array(pathway.prefix(s)),
                                                   sample: sample, names: names))
            } else {
                let position = result - 1
                let y = (0..<s).map { costs[$0 * m + position] }
                results.set(result, Sensitivity.analyse(result: ids[position], unit: "\(currency)/tCO2e",
                                                        y: y, sample: sample, names: names))
            }
        }
        return results.values
    }
}
