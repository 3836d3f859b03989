internal import ReductionCore
internal import ReductionReport

extension Summary {
    /// A quantity in the summary's language: `1,234,567 tCO2e`, or `123.46 万吨CO2e` in Chinese.
    func quantity(_ value: Double, _ unit: String) -> String {
        language == .simplifiedChinese ? NumberFormat.chinese(value, unit: unit) : "\(NumberFormat.grouped(value)) \(unit)"
    }

    /// BAU, pathway and reduction at the base year, every fifth year, the target and horizon years.
    func milestones() -> String {
        let chinese = language == .simplifiedChinese
        let unit = chinese ? "万吨CO2e" : "tCO2e"
        let scale = chinese ? 1e-4 : 1, decimals = chinese ? 2 : 0
        var table = TextTable(headers: [t(.year), "\(t(.bau)) \(unit)", "\(t(.pathway)) \(unit)", "\(t(.reduction)) \(unit)",
                                        chinese ? "较基准情景" : "vs BAU"], rightAligned: [0, 1, 2, 3, 4])
        for row in PlanFigures(result: result).milestones {
            let mark = row.year == result.plan.header.targetYear ? " *" : ""
            table.append(["\(row.year)\(mark)", NumberFormat.grouped(row.bau * scale, decimals: decimals),
                          NumberFormat.grouped(row.pathway * scale, decimals: decimals),
                          NumberFormat.grouped(row.reduction * scale, decimals: decimals),
                          NumberFormat.percent(row.bau > 0 ? row.reduction / row.bau : nil)])
        }
        let heading = chinese ? "关键年份（基准年、每5年、目标年*、展望年）" : "Milestones (base year, every 5 years, target year *, horizon)"
        return heading + "\n" + table.render()
    }

    /// What a target line's gap means, and for an unmet target what more it needs.
    func explanation(_ check: TargetCheck) -> [String] {
        let chinese = language == .simplifiedChinese
        var lines: [String] = []
        if check.gap <= 0 {
            lines.append(chinese ? "    缺口为负：规划路径低于允许排放量 \(quantity(-check.gap, "tCO2e"))，目标留有余量。"
                         : "    A negative gap means the pathway is below the allowed level: \(quantity(-check.gap, "tCO2e")) to spare.")
        } else {
            lines.append(chinese ? "    缺口为正：规划路径超出允许排放量，尚需额外减排 \(quantity(check.gap, "tCO2e"))。"
                         : "    A positive gap means the pathway is above the allowed level: \(quantity(check.gap, "tCO2e")) more abatement is needed.")
        }
        guard let shortfall = PlanFigures(result: result).shortfall(check) else { return lines }
        let currency = result.plan.header.currency
        if shortfall.nextMeasures.isEmpty {
            lines.append(chinese ? "    本方案已无可追加的措施：请从措施库（catalogue 命令）中选择更多措施。"
                         : "    No measure of the plan is left to add: choose more from the catalogue (the `catalogue` command).")
        } else {
            let names = shortfall.nextMeasures.map { next in
                "\(next.name.text(language)) (\(quantity(next.abatement, "tCO2e")), "
                    + "\(NumberFormat.grouped(next.costPerTonne, decimals: 1)) \(currency)/tCO2e)"
            }
            lines.append((chinese ? "    下一批措施（单独实施）：" : "    Next measures on the MACC (standalone): ") + names.joined(separator: "; ")
                         + (chinese ? "；合计 \(quantity(shortfall.nextAbatement, "tCO2e"))。"
                            : "; together \(quantity(shortfall.nextAbatement, "tCO2e")) before interaction."))
        }
        return lines
    }

    /// The annual net cost of the pathway in the target year.
    func pathwayNetCost() -> String {
        let year = result.plan.header.targetYear, currency = result.plan.header.currency
        let cost = PlanFigures(result: result).annualNetCost(in: year)
        let chinese = language == .simplifiedChinese
        let amount = chinese && abs(cost) >= 1e8 ? "\(NumberFormat.grouped(cost / 1e8, decimals: 2)) 亿\(currency)"
            : "\(NumberFormat.grouped(cost)) \(currency)"
        return chinese
            ? "\(year)年规划路径年度净成本：\(amount)/年（负值为净节约；\(result.plan.header.currency)，\(result.plan.header.priceYear)年价格）\n"
            : "Annual net cost of the pathway in \(year): \(amount)/yr (negative saves money; \(result.plan.header.priceYear) prices)\n"
    }
}
