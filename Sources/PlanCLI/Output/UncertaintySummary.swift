public import ReductionCore

/// The Monte Carlo part of the terminal summary.
public struct UncertaintySummary: Sendable {
    /// The central evaluation the uncertainty analysis belongs to.
    public var result: PlanResult
    /// The Monte Carlo result to show.
    public var uncertainty: UncertaintyResult
    /// The language of the summary text.
    public var language: Language

    /// Creates the uncertainty summary of `uncertainty` for `result` in `language`.
    public init(result: PlanResult, uncertainty: UncertaintyResult, language: Language) {
        self.result = result
        self.uncertainty = uncertainty
        self.language = language
    }

    /// The uncertainty summary as text.
    public func render() -> String {
        let u = uncertainty
        let zh = language == .simplifiedChinese
        let currency = result.plan.header.currency
        var out = "\(UIText.uncertainty.text(language)) — \(u.draws) " + (zh ? "次抽样" : "draws")
            + ", seed \(u.seed), \(u.parameterCount) " + (zh ? "个带范围参数" : "ranged parameters") + ", \(u.targetYear)\n"
        let question = u.mode == .fixedPlan
            ? (zh ? "  问题：固定方案（中心方案的排序和二选一结果不变）；抽取的参数按类别: "
                  : "  Question: fixed-plan (the central plan's order and either-or choices kept); drawn by kind: ")
            : (zh ? "  问题：重新决策（每次抽样重新选择二选一措施并重新排序MACC）；抽取的参数按类别: "
                  : "  Question: re-decide (each draw re-chooses the either-or alternatives and re-orders the MACC); drawn by kind: ")
        out += question + u.drawnByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        for truncated in u.truncated { out += "  " + truncated.summary(language) + "\n" }
        var table = TextTable(headers: [UIText.measure.text(language), "P5 t", "P50 t", "P95 t",
                                        "P5 \(currency)/t", "P50", "P95",
                                        zh ? "省钱概率" : "P(saves)", zh ? "名次不变" : "P(same rank)",
                                        "P(<\(NumberFormat.grouped(u.referencePrice)))", zh ? "增排概率" : "P(raises)"],
                              rightAligned: Set(1...10))
        for measure in u.measures {
            let name = result.measure(measure.id)?.measure.name.text(language) ?? measure.id
            table.append([name, NumberFormat.grouped(measure.abatement.p5), NumberFormat.grouped(measure.abatement.p50),
                          NumberFormat.grouped(measure.abatement.p95),
                          NumberFormat.grouped(measure.costPerTonne.p5, decimals: 1),
                          NumberFormat.grouped(measure.costPerTonne.p50, decimals: 1),
                          NumberFormat.grouped(measure.costPerTonne.p95, decimals: 1),
                          NumberFormat.percent(measure.probabilitySavesMoney),
                          NumberFormat.percent(measure.probabilityKeepsRank),
                          NumberFormat.percent(measure.probabilityBelowPrice),
                          NumberFormat.percent(measure.probabilityIncreasesEmissions)])
        }
        out += table.render()
        out += zh
            ? "  说明：P5/P50/P95 为抽样结果的第5、50、95百分位数；t 为目标年交互减排量；\(currency)/t 的分位数只统计减排量为正的抽样；P(saves) 为年净成本为负的概率；\n"
                + "  P(same rank) 为保持中心MACC名次的概率；P(<价格) 为单位成本低于参考碳价的概率；P(raises) 为增加排放的概率。\n"
            : "  Legend: P5/P50/P95 are the 5th, 50th and 95th percentiles of the draws; t = interacted abatement in the target\n"
                + "  year; \(currency)/t percentiles count only draws with positive abatement; P(saves) = net annual cost below 0; P(same rank) = keeps its central MACC rank;\n"
                + "  P(<price) = cost per tonne below the reference carbon price; P(raises) = the measure raises emissions.\n"
        for measure in u.measures where measure.drawsWithoutAbatement > 0 {
            let name = result.measure(measure.id)?.measure.name.text(language) ?? measure.id
            out += zh
                ? "  \(name)：\(measure.drawsWithoutAbatement) 次抽样无减排或增加排放，成本分位数基于其余 \(measure.drawsWithAbatement) 次\n"
                : "  \(name): \(measure.drawsWithoutAbatement) draws abate nothing or raise emissions; its cost percentiles rest on the other \(measure.drawsWithAbatement)\n"
        }
        let e = u.pathwayEmissions
        out += (zh ? "  规划路径排放 " : "  Pathway emissions ") + "P5/P50/P95: \(NumberFormat.grouped(e.p5)) / "
            + "\(NumberFormat.grouped(e.p50)) / \(NumberFormat.grouped(e.p95)) tCO2e\n"
        let peaks = u.peakYearDistribution.sorted { $0.key < $1.key }
            .map { "\($0.key): \(NumberFormat.percent($0.value))" }.joined(separator: ", ")
        out += (zh ? "  峰值年份分布: " : "  Peak year: ") + peaks + "\n"
        for check in result.targets {
            let name = check.target.name?.text(language) ?? check.target.id
            out += (zh ? "  达成目标概率 " : "  P(target met) ") + "\(name): "
                + NumberFormat.percent(u.targetProbabilities[check.target.id]) + "\n"
        }
        if u.mode == .reDecide { out += rankingLines() }
        out += sensitivityLines()
        return TextWrap.fit(out)
    }

    /// Declared correlations and the ten parameters that drive the target-year pathway most.
    func sensitivityLines() -> String {
        let u = uncertainty
        let zh = language == .simplifiedChinese
        var out = ""
        for correlation in u.correlations {
            out += (zh ? "  秩相关 " : "  Rank correlation ") + "\(correlation.first) ~ \(correlation.second): "
                + (zh ? "设定 " : "declared ") + NumberFormat.grouped(correlation.target, decimals: 2)
                + (zh ? "，实现 " : ", achieved ") + NumberFormat.grouped(correlation.achieved, decimals: 3) + "\n"
        }
        guard let pathway = u.sensitivity.first, !pathway.parameters.isEmpty else { return out }
        out += zh ? "  目标年规划路径排放的主要不确定性来源（前 \(UncertaintyEngine.sensitivityDraws) 次抽样中的 \(pathway.draws) 次）：\n"
                  : "  What drives the target-year pathway (\(pathway.draws) draws):\n"
        var table = TextTable(headers: [zh ? "参数" : "parameter", "Spearman", zh ? "一阶指数" : "first-order",
                                        zh ? "低10%均值 t" : "low-10 % mean t", zh ? "高10%均值 t" : "high-10 % mean t"],
                              rightAligned: Set(1...4))
        for parameter in pathway.parameters.prefix(10) {
            table.append([parameter.parameter, NumberFormat.grouped(parameter.spearman, decimals: 2),
                          NumberFormat.grouped(parameter.firstOrder, decimals: 2),
                          NumberFormat.grouped(parameter.lowMean), NumberFormat.grouped(parameter.highMean)])
        }
        return out + table.render()
    }
}
