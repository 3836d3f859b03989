internal import ReductionCore

extension UncertaintySummary {
    /// Re-decide only: how robust the choices and the ranking are — per measure its central
    /// rank, P(chosen), P(same rank) and the percentiles of its rank in the draws that have it.
    func rankingLines() -> String {
        let zh = language == .simplifiedChinese
        let out = zh ? "  重新决策下的名次稳定性（名次 1 = 最便宜；名次分位数只统计该措施入选的抽样）：\n"
                     : "  Rank stability under re-decide (rank 1 = cheapest; rank percentiles over the draws that choose the measure):\n"
        var table = TextTable(headers: [UIText.measure.text(language), zh ? "中心名次" : "central rank",
                                        zh ? "入选概率" : "P(chosen)", zh ? "名次不变" : "P(same rank)",
                                        zh ? "名次 P5" : "rank P5", "P50", "P95"],
                              rightAligned: Set(1...6))
        for measure in uncertainty.measures {
            let name = result.measure(measure.id)?.measure.name.text(language) ?? measure.id
            table.append([name, measure.centralRank > 0 ? String(measure.centralRank) : "–",
                          NumberFormat.percent(measure.probabilityChosen), NumberFormat.percent(measure.probabilityKeepsRank),
                          NumberFormat.grouped(measure.rank.p5, decimals: 1), NumberFormat.grouped(measure.rank.p50, decimals: 1),
                          NumberFormat.grouped(measure.rank.p95, decimals: 1)])
        }
        return out + table.render()
    }
}
