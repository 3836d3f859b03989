internal import ReductionCore
internal import ReductionOutputs
internal import ReductionReport
internal import ReductionSystem
import Foundation

extension BatchRow {
    /// How each column is shown, in ``header`` order: tonnes rounded to 0.1 t, the share to
    /// 0.0001, costs to 0.01 of the currency in `summary.csv` (``ReportTable/NumberStyle/csvDecimals``).
    static let styles: [ReportTable.NumberStyle] = [
        .text, .text, .text, .text, .text, .integer, .integer, .decimals(1), .decimals(1), .decimals(1), .decimals(1),
        .percent, .integer, .text, .decimals(2), .decimals(2), .text, .integer, .integer, .text,
    ]

    /// The row's values after `file` and `status` up to the error column, typed: what the CSV
    /// line and the batch workbook both show. Targets are two numbers (met, total), never `2/3`,
    /// which Excel reads as the date 2 March.
    func cells(_ result: PlanResult) -> [ReportTable.Cell] {
        let h = result.plan.header
        let bau = result.bau[h.targetYear] ?? 0, plan = result.pathway[h.targetYear] ?? 0
        let cost = PlanFigures(result: result).annualNetCost(in: h.targetYear)
        let abated = bau - plan
        return [.text(file), .text("ok"), .text(h.jurisdiction.code), .text(h.jurisdiction.name.english),
                .text(h.jurisdiction.name.chinese), .integer(h.baseYear), .integer(h.targetYear),
                .number((result.bau[h.baseYear] ?? 0)), .number(bau), .number(plan), .number(abated),
                bau > 0 ? .number(abated / bau) : .empty, .integer(result.pathwayPeak.year),
                .text("\(result.pathwayPeak.declinesAfter)"), .number(cost),
                abated > 0 ? .number(cost / abated) : .empty, .text(h.currency),
                .integer(result.targets.filter(\.met).count), .integer(result.targets.count)]
    }

    static func text(_ cell: ReportTable.Cell, style: ReportTable.NumberStyle) -> String {
        switch cell {
        case .number(let value): NumberFormat.plain(value, decimals: style.csvDecimals ?? 2)
        case .text(let text): text
        case .flag(let flag): "\(flag)"
        case .empty: ""
        }
    }

    /// The batch summary as a workbook table: the CSV's columns, numbers as numbers.
    static func table(_ rows: [BatchRow]) -> ReportTable {
        let columns = zip(header, styles).map { ReportTable.Column($0, $1) }
        let cells: [[ReportTable.Cell]] = rows.map { row in
            guard let result = row.run?.result else {
                return [.text(row.file), .text("error")] + Array(repeating: .empty, count: header.count - 3) + [.optional(row.error)]
            }
            return row.cells(result) + [.empty]
        }
        return ReportTable(id: "summary", title: "summary", columns: columns, rows: cells)
    }

    /// The batch summary as a workbook table from the CSV field lines the plans' worker
    /// processes reported: numeric columns as numbers, the rest as text.
    static func table(lines: [[String]]) -> ReportTable {
        let columns = zip(header, styles).map { ReportTable.Column($0, $1) }
        let cells: [[ReportTable.Cell]] = lines.map { line in
            line.enumerated().map { column, field in
                guard !field.isEmpty else { return .empty }
                if column < styles.count, styles[column] != .text, let value = Double(field), value.isFinite { return .number(value) }
                return .text(field)
            }
        }
        return ReportTable(id: "summary", title: "summary", columns: columns, rows: cells)
    }

    /// Writes `summary.xlsx`: the batch summary as one sheet.
    static func writeWorkbook(lines: [[String]], to path: String, language: Language) throws {
        let bytes = try Workbook.bytes([table(lines: lines)], language: language, modified: Date(timeIntervalSince1970: 315_619_200))
        try AtomicFiles.write(bytes, to: path)
    }
}
