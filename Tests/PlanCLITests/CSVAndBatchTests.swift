import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionOutputs
import ReductionReport
import ReductionXML

@Suite("CSV tables and the batch summary")
struct CSVAndBatchTests {
    /// Splits a CSV file (no quoted line breaks in these files) into rows of fields.
    static func rows(_ text: Substring) -> [[String]] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
            var fields: [String] = [], field = "", quoted = false
            for character in line {
                switch character {
                case "\"": quoted.toggle()
                case "," where !quoted: fields.append(field); field = ""
                default: field.append(character)
                }
            }
            fields.append(field)
            return fields
        }
    }

    @Test("every table of every example: BOM, rounded numbers, no date-like text", arguments: allSectors)
    func csvTables(sector: SectorCase) throws {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let report = ReportOutput.report(for: try PlanRun.evaluate(plan, model: sector.model))
        for language in Language.allCases {
            for table in ReportTables(report: report, language: language).all {
                let bytes = CSVTables.bytes(table, language: language)
                #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(table.id): no BOM")
                let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
                let lines = Self.rows(Substring(text))
                #expect(lines.count == table.rows.count + 1)
                for (row, cells) in zip(lines.dropFirst(), table.rows) {
                    for ((field, cell), column) in zip(zip(row, cells), table.columns) {
                        #expect(!CSVTables.isDateLike(field), "\(table.id): '\(field)' reads as a date in Excel")
                        guard case .number = cell, let decimals = column.format.csvDecimals else { continue }
                        let places = field.split(separator: ".").dropFirst().first?.count ?? 0
                        #expect(places == decimals, "\(table.id) \(column.header): '\(field)' not rounded to \(decimals)")
                        #expect(!field.contains("e"), "\(table.id): exponent in '\(field)'")
                    }
                }
            }
        }
    }

    @Test func dateLikeTextIsRecognised() {
        // What Excel converts on opening a CSV: 2/3 → 2 March, 1-2 → 2 January, 12:30 → a time.
        for text in ["2/3", "1-2", "2024-05", "12:30", "3.1.2"] { #expect(CSVTables.isDateLike(text), "\(text)") }
        for text in ["1.A.3.b", "4.A", "2035", "-12.5", "road.bus", "PM2.5", ""] { #expect(!CSVTables.isDateLike(text), "\(text)") }
    }

    @Test("batch writes summary.csv with a BOM, rounded numbers, two target columns, and summary.xlsx")
    func batchSummary() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans"), output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        #expect(sector.execute(["template", "--output", plans.appendingPathComponent("city.yaml").path]) == 0)
        #expect(sector.execute(["batch", plans.path, "--output", output.path, "--no-charts"]) == 0)
        let bytes = [UInt8](try Data(contentsOf: output.appendingPathComponent("summary.csv")))
        #expect(Array(bytes.prefix(3)) == CSVTables.byteOrderMark)
        let rows = Self.rows(Substring(String(decoding: bytes.dropFirst(3), as: UTF8.self)))
        try #require(rows.count == 2)
        let header = rows[0], row = rows[1]
        let met = try #require(header.firstIndex(of: "targets_met")), total = try #require(header.firstIndex(of: "targets_total"))
        // The template plan has targets: both columns are whole numbers, met ≤ total; never "2/3".
        let metCount = try #require(Int(row[met])), totalCount = try #require(Int(row[total]))
        #expect(metCount <= totalCount && totalCount > 0)
        for field in row { #expect(!CSVTables.isDateLike(field), "'\(field)' reads as a date in Excel") }
        // Tonnes to 0.1 t: one decimal.
        let abatement = row[try #require(header.firstIndex(of: "abatement_tCO2e"))]
        #expect(abatement.split(separator: ".").last?.count == 1, "\(abatement)")
        let workbook = output.appendingPathComponent("summary.xlsx")
        #expect(FileManager.default.fileExists(atPath: workbook.path))
        if openpyxlMissing == nil {
            let sheets = try readWithOpenpyxl([UInt8](try Data(contentsOf: workbook)), folder: folder)
            #expect(sheets.first?.rows.first?.compactMap { $0 as? String } == BatchRow.header)
            #expect(sheets.first?.rows[1][met] as? Double == Double(metCount))
        }
    }
}
