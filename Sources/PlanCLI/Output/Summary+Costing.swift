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
        return (zh ? "投资与成本" : "Investment and costs") + "\n" + table.render() + "\n" + conventions()
    }

    /// Net present costs on both price bases and the two cost-per-tonne conventions over the
    /// years (issue 17 item 9), per pathway measure and for the plan; each column names its
    /// convention and the line under the table says how each is computed.
    func conventions() -> String {
        let h = result.plan.header
        let currency = h.currency
        let zh = language == .simplifiedChinese
        var table = TextTable(headers: [t(.measure), zh ? "净现值（社会）\(currency)" : "NPV social \(currency)",
                                        zh ? "净现值（私人）\(currency)" : "NPV private \(currency)",
                                        zh ? "NPV/未折现吨 \(currency)/t" : "NPV/undisc. t \(currency)/t",
                                        "PV/PV \(currency)/t"],
                              rightAligned: [1, 2, 3, 4])
        func perTonne(_ value: Double?) -> String { value.map { NumberFormat.grouped($0) } ?? "–" }
        for measure in result.measures where measure.inPathway {
            table.append([measure.measure.name.text(language), NumberFormat.grouped(measure.netPresentCost),
                          NumberFormat.grouped(measure.privateNetPresentCost), perTonne(measure.npvPerUndiscountedTonne),
                          perTonne(measure.levelisedCost)])
        }
        let totals = result.costing
        table.append([t(.total), NumberFormat.grouped(totals.netPresentCost), NumberFormat.grouped(totals.privateNetPresentCost),
                      perTonne(totals.npvPerUndiscountedTonne), ""])
        let social = NumberFormat.percent(h.socialDiscountRate), privateRate = NumberFormat.percent(h.privateDiscountRate)
        let years = "\(h.baseYear)–\(h.horizon)"
        let note = zh
            ? "社会净现值：社会能源价格、社会折现率\(social)；私人净现值：私人（含税）能源价格、私人折现率\(privateRate)；"
                + "NPV/未折现吨 = 社会净现值 ÷ \(years)年未折现减排量之和；PV/PV = 社会净现值 ÷ 折现减排量（平准化成本）。"
            : "NPV social: social energy prices at the social rate \(social). NPV private: private (retail) prices at the "
                + "private rate \(privateRate). NPV/undisc. t: NPV social ÷ the tonnes of \(years) added undiscounted. "
                + "PV/PV: NPV social ÷ the tonnes discounted at the social rate (levelised cost)."
        return (zh ? "净现值与单位成本口径" : "Net present cost and cost-per-tonne conventions") + "\n" + table.render() + note + "\n"
    }
}
