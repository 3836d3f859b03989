extension UIText {
    /// The words of the workbook, CSV and HTML outputs (headers and sheet names).
    static let outputTable: [UIText: (String, String)] = [
        .year: ("Year", "年份"), .identifier: ("ID", "编号"), .value: ("Value", "数值"), .low: ("Low", "下限"),
        .high: ("High", "上限"), .distribution: ("Distribution", "分布"), .parameter: ("Parameter", "参数"),
        .change: ("Change", "输入变化"), .key: ("Input key", "输入项"), .inPathway: ("In pathway", "纳入路径"),
        .order: ("Order", "实施顺序"), .status: ("Status", "状态"), .start: ("Start year", "起始年"),
        .rampYears: ("Ramp years", "爬坡年数"), .penetration: ("Penetration", "渗透率"),
        .interacted: ("Interacted", "叠加后"), .netPresentCost: ("Net present cost", "净现值成本"),
        .breakEven: ("Break-even carbon price", "盈亏平衡碳价"), .payback: ("Simple payback", "静态回收期"),
        .kind: ("Kind", "类型"), .level: ("Level", "目标值"), .allowed: ("Allowed", "允许排放"),
        .basis: ("Basis", "口径"), .method: ("Method", "方法"), .cumulativeStart: ("Cumulative start", "累计起点"),
        .field: ("Field", "项目"), .probabilitySaves: ("P(saves money)", "节约成本概率"),
        .probabilityRank: ("P(keeps rank)", "排序不变概率"), .probabilityBelow: ("P(below price)", "低于参考碳价概率"),
        .direct: ("direct", "直接"), .indirect: ("indirect", "间接"), .boundary: ("Boundary", "边界"),
        .sheetHeader: ("Plan", "方案信息"), .sheetInventory: ("Inventory", "排放清单"),
        .sheetPathway: ("BAU and pathway", "基准与路径"), .sheetSources: ("By source", "分排放源"),
        .sheetMACC: ("MACC", "边际减排成本"), .sheetMeasures: ("Measures", "措施"),
        .sheetParameters: ("Parameters", "措施参数"), .sheetMeasureYears: ("Measures by year", "措施逐年"),
        .sheetTargets: ("Targets", "目标"), .sheetMemos: ("Memo items", "备忘项"),
        .sheetUncertainty: ("Uncertainty", "不确定性"), .sheetCoBenefits: ("Co-benefits", "协同减排"),
        .references: ("References", "参考文献"), .mass: ("Mass", "质量"), .factor: ("Factor", "排放因子"),
    ]
}

extension UIText {
    /// True when the text has an entry (English and Chinese) in one of the label tables.
    package var isTranslated: Bool { Self.table[self] != nil || Self.outputTable[self] != nil }
}
