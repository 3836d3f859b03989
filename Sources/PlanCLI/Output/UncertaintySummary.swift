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
        var table = TextTable(headers: [UIText.measure.text(language), "P5 t", "P50 t", "P95 t",
                                        "P5 \(currency)/t", "P50", "P95",
                                        zh ? "省钱概率" : "P(saves)", zh ? "名次不变" : "P(same rank)",
                                        "P(<\(NumberFormat.grouped(u.referencePrice)))"],
                              rightAligned: Set(1...9))
        for measure in u.measures {
            let name = result.measure(measure.id)?.measure.name.text(language) ?? measure.id
            table.append([name, NumberFormat.grouped(measure.abatement.p5), NumberFormat.grouped(measure.abatement.p50),
                          NumberFormat.grouped(measure.abatement.p95),
                          NumberFormat.grouped(measure.costPerTonne.p5, decimals: 1),
                          NumberFormat.grouped(measure.costPerTonne.p50, decimals: 1),
                          NumberFormat.grouped(measure.costPerTonne.p95, decimals: 1),
                          NumberFormat.percent(measure.probabilitySavesMoney),
                          NumberFormat.percent(measure.probabilityKeepsRank),
                          NumberFormat.percent(measure.probabilityBelowPrice)])
        }
        out += table.render() + legend() + "\n"
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
        return TextWrap.fit(out)
    }

    /// What the columns mean, in one line.
    func legend() -> String {
        let price = NumberFormat.grouped(uncertainty.referencePrice)
        return language == .simplifiedChinese
            ? "  说明：P5/P50/P95 为抽样结果的第5、50、95百分位数（减排量 t，单位成本 \(result.plan.header.currency)/t）；省钱概率为单位成本为负的抽样占比；名次不变为在边际减排成本曲线中排序不变的占比；P(<\(price)) 为单位成本低于参考碳价 \(price) 的占比。"
            : "  Legend: P5/P50/P95 are the 5th, 50th and 95th percentiles of the draws (abatement in t, cost in \(result.plan.header.currency)/t); P(saves) is the share of draws with a negative cost; P(same rank) the share keeping the measure's MACC rank; P(<\(price)) the share below the reference carbon price \(price)."
    }
}
