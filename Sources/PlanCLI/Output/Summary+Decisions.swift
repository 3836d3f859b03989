import ReductionCore

/// The decision rules in the summary: why each alternative lost, what left the pathway, the
/// peak's plateau and rebound, and attribution by method when computed.
extension Summary {
    private func say(_ english: String, _ chinese: String) -> String { language == .english ? english : chinese }

    func decisions() -> String {
        let decisions = result.decisions
        let currency = result.plan.header.currency
        let year = result.plan.header.targetYear
        var lines: [String] = []
        func name(_ id: String) -> String { result.measure(id)?.measure.name.text(language) ?? id }
        func figures(_ tonnes: Double, _ cost: Double) -> String {
            let perTonne = tonnes > 0 ? NumberFormat.grouped(cost / tonnes, decimals: 1) : "–"
            return "\(NumberFormat.grouped(tonnes)) t, \(perTonne) \(currency)/t"
        }
        if !decisions.alternatives.isEmpty {
            lines.append(say("Either-or alternatives (incremental analysis at \(NumberFormat.grouped(decisions.referenceCarbonPrice, decimals: 1)) \(currency)/t, standalone \(year)):",
                             "互斥措施（增量分析，参考碳价 \(NumberFormat.grouped(decisions.referenceCarbonPrice, decimals: 1)) \(currency)/t，\(year)年单独效果）："))
            for decision in decisions.alternatives {
                let loser = "\(name(decision.loser)) (\(figures(decision.loserAbatement, decision.loserAnnualCost)))"
                let winner = "\(name(decision.winner)) (\(figures(decision.winnerAbatement, decision.winnerAnnualCost)))"
                let incremental = decision.incrementalCost.map { NumberFormat.grouped($0, decimals: 1) } ?? "–"
                let why = switch decision.reason {
                case .dominated: say("dominated: another alternative abates at least as much for no more per tonne",
                                     "被占优：另一方案减排不少且单位成本不高")
                case .incrementalCostBelowPrice: say("the larger one costs \(incremental) \(currency) per extra tonne, within the price",
                                                     "较大方案每多减一吨多花 \(incremental) \(currency)，不高于参考碳价")
                case .incrementalCostAbovePrice: say("its extra tonnes cost \(incremental) \(currency)/t, above the price",
                                                     "多减的每吨成本 \(incremental) \(currency)，高于参考碳价")
                case .noAbatement: say("it does not abate on its own", "单独实施不减排")
                }
                lines.append("  - \(loser) → \(winner): \(why)")
            }
        }
        if !decisions.leftPathway.isEmpty {
            lines.append(say("Left the pathway (no abatement in \(year) given the other measures): ",
                             "退出路径（在其他措施基础上\(year)年不减排）：") + decisions.leftPathway.map(name).joined(separator: ", "))
        }
        if !decisions.committedIncreases.isEmpty {
            lines.append(say("Committed although they raise emissions in \(year): ", "已承诺但\(year)年增加排放：")
                         + decisions.committedIncreases.map(name).joined(separator: ", "))
        }
        lines.append(say("Order: ", "排序：") + say(PlanDecisions.orderingMethod, "按交互后单位减排成本逐个加入（最低者优先，同值按编号）；在其他措施基础上不减排的措施退出路径，已承诺者除外"))
        lines.append(peakLine(result.pathwayPeak, say("Pathway peak", "路径峰值")))
        if let attribution = decisions.attribution {
            let method = attribution.shapleyExact ? say("exact", "精确")
                : say("sampled, \(attribution.shapleySamples) orders, ± = 95 % interval", "抽样 \(attribution.shapleySamples) 种顺序，± 为95%区间")
            var table = TextTable(headers: [t(.measure), say("Sequential t", "顺序 t"), say("Standalone t", "单独 t"),
                                            say("Disable-one t", "逐一剔除 t"), "Shapley t", say("Spread t", "差距 t")],
                                  rightAligned: [1, 2, 3, 4, 5])
            for measure in attribution.measures {
                let shapley = NumberFormat.grouped(measure.shapley)
                    + (attribution.shapleyExact ? "" : " ± " + NumberFormat.grouped(measure.shapleyHalfWidth))
                table.append([name(measure.measureID), NumberFormat.grouped(measure.sequential), NumberFormat.grouped(measure.standalone),
                              NumberFormat.grouped(measure.disableOne), shapley, NumberFormat.grouped(measure.spread)])
            }
            lines.append(say("Attribution of \(attribution.year) abatement (Shapley \(method)):", "\(attribution.year)年减排归因（Shapley \(method)）：")
                         + "\n" + table.render())
        }
        return say("Decision rules", "决策规则") + "\n" + lines.map { $0.hasPrefix("  ") || $0.contains("\n") ? $0 : "  " + $0 }
            .joined(separator: "\n") + "\n"
    }

    /// The peak with its plateau, honest "declines after" and the largest rebound.
    func peakLine(_ peak: Peak, _ label: String) -> String {
        var text = "\(label): \(peak.year) (\(NumberFormat.grouped(peak.value)) tCO2e)"
        if let plateau = peak.plateau, plateau.count > 1 || peak.plateauTolerance > 0 {
            text += say(", plateau \(plateau.lowerBound)–\(plateau.upperBound) within \(NumberFormat.percent(peak.plateauTolerance))",
                        "，平台期 \(plateau.lowerBound)–\(plateau.upperBound)（峰值 \(NumberFormat.percent(peak.plateauTolerance)) 以内）")
        }
        text += peak.declinesAfter ? say(", declines after", "，此后下降") : say(", no decline after", "，此后未下降")
        if let rebound = peak.rebound {
            text += say("; largest rebound +\(NumberFormat.percent(rebound.share)) (\(NumberFormat.grouped(rebound.increase)) t) \(rebound.fromYear)–\(rebound.toYear)",
                        "；最大反弹 +\(NumberFormat.percent(rebound.share))（\(NumberFormat.grouped(rebound.increase)) t）\(rebound.fromYear)–\(rebound.toYear)年")
        }
        if peak.atSeriesStart {
            text += say(" — the first year of the series: without `history` the peak may lie earlier",
                        " —— 为序列首年：未提供历史排放（history），峰值可能更早")
        }
        return text
    }
}
