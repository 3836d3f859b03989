package import ReductionCore

/// The fixed words of the terminal summary, SVG charts and template, in both languages.
package enum UIText: String, CaseIterable, Sendable {
    case plan, sector, jurisdiction, years, gwpSet, factorSet, inventory, source, category, activity, emissions
    case share, total, bauAndPlan, bau, pathway, reduction, peakYear, declines, stillRising, macc, rank, measure
    case costPerTonne, abatement, cumulative, standalone, targets, target, met, notMet, gap, leastCost
    case marginalCost, annualCost, coBenefits, pollutant, cut, ratio, warnings, written, yes, no, catalogue
    case instrument, deployment, lifetime, capex, opex, sources, factorSets, excludedBy, uncertainty
    case captured, avoided, captureHeading, memo, unit, memoHeading
    case year, identifier, value, low, high, distribution, parameter, change, key, inPathway, order, status, start
    case rampYears, penetration, interacted, netPresentCost, breakEven, payback, kind, level, allowed, basis, method
    case cumulativeStart, field, probabilitySaves, probabilityRank, probabilityBelow, direct, indirect, boundary
    case sheetHeader, sheetInventory, sheetPathway, sheetSources, sheetMACC, sheetMeasures, sheetParameters
    case sheetMeasureYears, sheetTargets, sheetMemos, sheetUncertainty, sheetCoBenefits, references, mass, factor

    /// The text in `language`.
    package func text(_ language: Language) -> String {
        let pair = Self.table[self] ?? Self.outputTable[self] ?? (rawValue, rawValue)
        return language == .english ? pair.0 : pair.1
    }

    static let table: [UIText: (String, String)] = [
        .plan: ("Plan", "规划"), .sector: ("Sector", "部门"), .jurisdiction: ("Jurisdiction", "行政区"),
        .years: ("Base / target / horizon", "基准年 / 目标年 / 展望年"), .gwpSet: ("GWP set", "全球增温潜势"),
        .factorSet: ("Factor set", "排放因子集"), .inventory: ("Base-year inventory", "基准年排放清单"),
        .source: ("Source", "排放源"), .category: ("Category", "类别"), .activity: ("Activity", "活动水平"),
        .emissions: ("Emissions", "排放量"), .share: ("Share", "占比"), .total: ("Total", "合计"),
        .bauAndPlan: ("BAU and plan", "基准情景与规划情景"), .bau: ("BAU", "基准情景"),
        .pathway: ("Plan pathway", "规划路径"), .reduction: ("Reduction", "减排量"), .peakYear: ("Peak", "峰值"),
        .declines: ("declines after the peak", "峰值后下降"), .stillRising: ("no decline after the peak", "峰值后未下降"),
        .macc: ("Marginal abatement cost curve", "边际减排成本曲线"), .rank: ("#", "序"), .measure: ("Measure", "措施"),
        .costPerTonne: ("Cost", "单位成本"), .abatement: ("Abatement", "减排量"), .cumulative: ("Cumulative", "累计"),
        .standalone: ("Standalone", "单独实施"), .targets: ("Targets", "目标"), .target: ("Target", "目标"),
        .met: ("met", "达成"), .notMet: ("not met", "未达成"), .gap: ("Gap", "缺口"),
        .leastCost: ("Least-cost measures", "最低成本措施组合"), .marginalCost: ("Marginal cost", "边际成本"),
        .annualCost: ("Annual cost", "年度成本"), .coBenefits: ("Air-pollutant co-benefits", "大气污染物协同减排"),
        .pollutant: ("Pollutant", "污染物"), .cut: ("Cut", "削减量"), .ratio: ("Per tCO2e", "每吨CO2e"),
        .warnings: ("Warnings", "提示"), .written: ("Written", "已写出"), .yes: ("yes", "是"), .no: ("no", "否"),
        .catalogue: ("Measure catalogue", "措施库"), .instrument: ("Instrument", "政策工具"),
        .deployment: ("Deployment", "部署"), .lifetime: ("Lifetime", "寿命"), .capex: ("Capex", "投资"),
        .opex: ("Δopex/yr", "运维成本变化/年"), .sources: ("Sources", "数据来源"), .factorSets: ("Factor sets", "排放因子集"),
        .excludedBy: ("instead:", "改用："), .uncertainty: ("Uncertainty", "不确定性"),
        .captured: ("Captured", "捕集量"), .avoided: ("Avoided", "避免排放量"),
        .captureHeading: ("Carbon capture: captured vs avoided", "碳捕集：捕集量与避免排放量"),
        .memo: ("Memo item", "备忘项"), .unit: ("Unit", "单位"),
        .memoHeading: ("Memo items (reported beside the inventory, not added to it)", "备忘项（单独报告，不计入清单合计）"),
    ]
}
