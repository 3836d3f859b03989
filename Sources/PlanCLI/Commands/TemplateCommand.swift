internal import ArgumentParser
public import ReductionCore
internal import ReductionSystem
import Foundation

/// `template`: a commented starter plan file that `report` accepts as it is.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "Write a commented starter plan file (YAML) to fill in.")

    @OptionGroup var common: CommonOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (never overwrites an existing file).")
    var output: String?

    func run() throws {
        let context = try PlanTool.current()
        let text = PlanTemplate(model: try common.model(context), language: try common.resolvedLanguage()).render()
        guard let output else {
            printOutput(text, terminator: "")
            return
        }
        guard !FileManager.default.fileExists(atPath: output) else {
            printError("\(output): already exists; choose another name or delete it first")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        do {
            try AtomicFiles.write(Array(text.utf8), to: output)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
    }
}

/// A starter plan: the sector's example plan with a commented guide before it and a
/// commented list of every input key and measure after it. Always loads as it is.
public struct PlanTemplate: Sendable {
    /// The sector whose example plan, input keys and measures the template shows.
    public var model: any SectorModel
    /// The language of the guide comments.
    public var language: Language

    /// Creates a template for `model` in `language`.
    public init(model: any SectorModel, language: Language) {
        self.model = model
        self.language = language
    }

    /// The template as YAML text.
    public func render() -> String {
        let zh = language == .simplifiedChinese
        var lines: [String] = []
        if zh {
            lines += [
                "# \(model.info.name.chinese)减排规划 — 规划文件模板",
                "# 修改下方的数值后运行：\(model.info.id) 工具的 report 命令读取本文件。",
                "# 下列数值取自示例城市，仅作格式示范：请逐项替换为本市数据并注明来源。",
                "# 数值可写成常数、{base: 基准值, growth: 年增长率}、或 {values: {2020: x, 2030: y}}（线性插值）。",
                "# 每个数值可加 unit（自动换算）、low/high（不确定性范围）和 source（数据来源）。",
                "# 增长率也可带范围：growth: {value: 0.03, low: 0.01, high: 0.05}（蒙特卡洛抽样）。",
                "# measures: use: all 使用全部措施；exclude: [id] 排除；overrides: 修改参数；custom: 自定义措施。",
            ]
        } else {
            lines += [
                "# \(model.info.name.english) emission-reduction plan — starter plan file",
                "# Edit the values below, then run the tool's `report` command on this file.",
                "# The values are the example city's, to show the format: replace each with your city's data and source.",
                "# A value is a constant, {base: x, growth: rate per year}, or {values: {2020: x, 2030: y}} (interpolated).",
                "# Any number may carry `unit` (converted), `low`/`high` (uncertainty range) and `source`.",
                "# A growth rate may carry a range too: growth: {value: 0.03, low: 0.01, high: 0.05} (drawn in the Monte Carlo).",
                "# measures: `use: all` takes every catalogue measure; `exclude: [id]`, `overrides:`, `custom:` adjust it.",
            ]
        }
        lines.append("")
        var text = lines.joined(separator: "\n") + "\n"
        text += examplePlanWithoutComments() + guide()
        text += "\n# " + (zh ? "全部输入项（键：单位 — 名称 [默认值]）：" : "Every input (key: unit — name [default] (plausible range)):") + "\n"
        for spec in model.inputSpecs {
            let fallback = spec.defaultValue.map { " [\($0)]" } ?? ""
            let range = spec.limits.map { zh ? " （合理范围 \($0.plausibleText)）" : " (plausible \($0.plausibleText))" } ?? ""
            text += "#   \(spec.key): \(spec.unit) — \(spec.name.text(language))\(fallback)\(range)\n"
        }
        if let catalogue = try? Catalogue(model: model) {
            text += "# " + (zh ? "措施库中的措施：" : "Measures in the catalogue:") + "\n"
            for measure in catalogue.measures {
                text += "#   \(measure.id): \(measure.name.text(language)) — " + (zh ? "成本基准 " : "costs ") + measure.basis.label + "\n"
            }
            text += "# " + (zh ? "排放因子集：" : "Factor sets:") + " " + catalogue.factorSets.map(\.id).joined(separator: ", ") + "\n"
        }
        return text
    }
}
