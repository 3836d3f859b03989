import ReductionCore

extension Summary {
    /// Investment and cost totals: per pathway measure its cost basis, units deployed and
    /// investment to the target year, annual net cost and NPV; then the plan totals. Only
    /// formats what the core's cost model computed.
    func costs() -> String {
        let h = result.plan.header
        let year = h.targetYear, currency = h.currency
        let zh = language == .simplifiedChinese
        var table = TextTable(headers: [t(.measure), zh ? "成本基准" : "Cost basis",
                                        zh ? "\(year)年部署量" : "Units \(year)",
                                        zh ? "至\(year)年投资 \(currency)" : "Investment to \(year) \(currency)",
                                        zh ? "\(year)年净成本 \(currency)" : "Net cost \(year) \(currency)",
                                        zh ? "净现值 \(currency)" : "NPV \(currency)"],
                              rightAligned: [2, 3, 4, 5])
        for measure in result.measures where measure.inPathway {
            guard let costing = measure.costing else { continue }
            let units = costing.basis == .project
                ? "p = " + NumberFormat.percent(costing.unitsDeployed[year])
                : "\(NumberFormat.grouped(costing.unitsDeployed[year])) \(costing.unit)"
            table.append([measure.measure.name.text(language), costing.basis.label, units,
                          NumberFormat.grouped(costing.cumulativeInvestment), NumberFormat.grouped(measure.annualCost[year]),
                          NumberFormat.grouped(measure.netPresentCost)])
        }
        let totals = result.costing
        table.append([t(.total), "", "", NumberFormat.grouped(totals.cumulativeInvestment),
                      NumberFormat.grouped(totals.annualCost[year]), NumberFormat.grouped(totals.netPresentCost)])
        return (zh ? "投资与成本" : "Investment and costs") + "\n" + table.render()
    }
}
