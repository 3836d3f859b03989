internal import ReductionCore

extension PlanTemplate {
    /// The example plan without its comments (they describe the example city, in English):
    /// whole-line comments are dropped and trailing ones cut, so every comment of the
    /// template is in the chosen language and none is advice for one city only.
    func examplePlanWithoutComments() -> String {
        let example = String(decoding: model.data.example, as: UTF8.self)
        var lines: [String] = []
        for raw in example.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.drop(while: { $0 == " " }).hasPrefix("#") { continue }
            lines.append(Self.withoutTrailingComment(line))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `line` without a ` # …` comment outside quotes.
    static func withoutTrailingComment(_ line: String) -> String {
        var quote: Character?, previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && previous == " " {
                return String(line[..<index]).trailingSpacesTrimmed
            }
            previous = character
        }
        return line
    }

    /// Commented examples of what the example plan does not show: a custom measure and
    /// every kind of target, in the chosen language.
    func guide() -> String {
        let zh = language == .simplifiedChinese
        let key = model.inputSpecs.first?.key ?? "some.key"
        let lines = zh ? [
            "# ── 自定义措施（在 measures: 下加入 custom:，字段与措施库相同）──",
            "# measures:",
            "#   use: all",
            "#   custom:",
            "#     - id: my-measure                       # 字母、数字、- _ .",
            "#       name: {en: \"My measure\", zh-Hans: \"本市措施\"}",
            "#       instrument: investment               # investment / regulation / economic / information",
            "#       changes:",
            "#         - scale: {key: \(key), by: {value: -0.1, low: -0.15, high: -0.05, source: \"本市测算依据\"}}",
            "#       deployment: {start: 2026, ramp: 4, max: 1.0}",
            "#       lifetime: {value: 15, source: \"设备寿命依据（年）\"}",
            "#       basis: project                       # 单一项目总价；或 {per: <模型量>}，按单位计价（见 catalogue）",
            "#       capex: {value: 0, unit: CNY, source: \"投资估算依据\"}",
            "#       opex: {value: 0, unit: CNY/yr, source: \"运维成本依据\"}",
            "# ── 四种目标（targets: 下每项只写一种）──",
            "#   - {id: cap, year: 2030, absoluteCap: {value: 1.2, unit: MtCO2e}}        # 排放总量上限",
            "#   - {id: cut, year: 2030, belowBaseYear: {value: 20, unit: \"%\"}}          # 较基准年下降比例",
            "#   - {id: gdp, year: 2030, intensityPerGDP: {value: 18, unit: \"%\"}}        # 单位GDP排放下降（需要GDP输入项）",
            "#   - {id: act, year: 2030, intensityPerActivity: {value: 15, unit: \"%\"}}   # 单位活动水平排放下降",
            "# 每个数值都应注明 source（文件、表、页）或 \"assumption — 理由\"，并尽量给出 low/high 范围。",
        ] : [
            "# ── A custom measure (add custom: under measures:, same fields as the catalogue) ──",
            "# measures:",
            "#   use: all",
            "#   custom:",
            "#     - id: my-measure                       # letters, digits, - _ .",
            "#       name: {en: \"My measure\", zh-Hans: \"本市措施\"}",
            "#       instrument: investment               # investment / regulation / economic / information",
            "#       changes:",
            "#         - scale: {key: \(key), by: {value: -0.1, low: -0.15, high: -0.05, source: \"your basis\"}}",
            "#       deployment: {start: 2026, ramp: 4, max: 1.0}",
            "#       lifetime: {value: 15, source: \"equipment life basis (years)\"}",
            "#       basis: project                       # a lump sum; or {per: <model quantity>} per unit (see catalogue)",
            "#       capex: {value: 0, unit: CNY, source: \"investment estimate\"}",
            "#       opex: {value: 0, unit: CNY/yr, source: \"running cost estimate\"}",
            "# ── The four kinds of target (one kind per entry under targets:) ──",
            "#   - {id: cap, year: 2030, absoluteCap: {value: 1.2, unit: MtCO2e}}        # an emission cap",
            "#   - {id: cut, year: 2030, belowBaseYear: {value: 20, unit: \"%\"}}          # % below the base year",
            "#   - {id: gdp, year: 2030, intensityPerGDP: {value: 18, unit: \"%\"}}        # per unit of GDP (needs a GDP input)",
            "#   - {id: act, year: 2030, intensityPerActivity: {value: 15, unit: \"%\"}}   # per unit of activity",
            "# Give every number a source (document, table, page) or \"assumption — why\", and a low/high range.",
        ]
        return "\n" + lines.joined(separator: "\n") + "\n"
    }
}
