import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionOutputs
import ReductionReport
import ReductionXML

/// Reads a workbook back with an independent reader (Python's openpyxl) and prints every
/// sheet as JSON: `{"sheets": [{"name", "frozen", "rows": [[cell, …], …]}]}`. Numbers travel
/// as `repr` text (`"n:0.1"`), which round-trips exactly; booleans as JSON booleans.
let openpyxlDump = """
import json, sys
import openpyxl
def cell(c):
    if isinstance(c, bool) or c is None or isinstance(c, str):
        return c
    if isinstance(c, (int, float)):
        return "n:" + repr(float(c))
    return "other:" + repr(c)
book = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = []
for sheet in book.worksheets:
    rows = [[cell(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    out.append({"name": sheet.title, "frozen": sheet.freeze_panes, "rows": rows})
json.dump({"sheets": out}, sys.stdout, ensure_ascii=False)
"""

/// The result of running a child process: exit status and standard output.
func runProcess(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: Data, errors: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let error = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data, error)
}

/// Why openpyxl cannot be used here, or nil when `python3 -c 'import openpyxl'` works.
let openpyxlMissing: String? = {
    guard let result = try? runProcess("python3", ["-c", "import openpyxl"]) else { return "python3 is not installed" }
    return result.status == 0 ? nil : "python3 has no openpyxl (pip install openpyxl)"
}()

/// Every sheet of `workbook` as openpyxl reads it.
func readWithOpenpyxl(_ workbook: [UInt8], folder: URL) throws -> [(name: String, frozen: String?, rows: [[Any]])] {
    let file = folder.appendingPathComponent("book.xlsx")
    try Data(workbook).write(to: file)
    // -W error: any openpyxl warning about the file (a missing default style, …) fails the test.
    let result = try runProcess("python3", ["-W", "error", "-c", openpyxlDump, file.path])
    guard result.status == 0 else {
        Issue.record("openpyxl failed: \(String(decoding: result.errors, as: UTF8.self))")
        return []
    }
    let json = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    let sheets = try #require(json["sheets"] as? [[String: Any]])
    return sheets.map { sheet in
        let rows = ((sheet["rows"] as? [[Any]]) ?? []).map { $0.map(decodeCell) }
        return (sheet["name"] as? String ?? "", sheet["frozen"] as? String, rows)
    }
}

/// A cell from the dump: `"n:…"` → Double, JSON booleans → Bool, strings and nulls as they are.
func decodeCell(_ value: Any) -> Any {
    if let text = value as? String, text.hasPrefix("n:"), let number = Double(text.dropFirst(2)) { return number }
    if let flag = value as? Bool { return flag }  // numbers arrive as text, so only JSON booleans are left
    return value
}

@Suite("Workbook read back by openpyxl", .serialized)
struct WorkbookTests {
    /// The example's report as the XML carries it: written, then read back from the bytes.
    static func xmlReport(_ sector: SectorCase) throws -> PlanReport {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let run = try PlanRun.evaluate(plan, model: sector.model)
        let report = ReportOutput.report(for: run, created: ReportTimestamp(secondsSinceEpoch: 1_767_225_600))
        return try ReportReader.read(try ReportWriter.bytes(report))
    }

    @Test("every value of every sheet matches the XML report", .enabled(if: openpyxlMissing == nil, "\(openpyxlMissing ?? "")"),
          arguments: allSectors, [Language.english, .simplifiedChinese])
    func workbookMatchesXML(sector: SectorCase, language: Language) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.xmlReport(sector)
        let tables = ReportTables(report: report, language: language).all
        let sheets = try readWithOpenpyxl(try Workbook.bytes(report, language: language), folder: folder)
        try #require(sheets.count == tables.count)
        for (sheet, table) in zip(sheets, tables) {
            #expect(sheet.frozen == "A2", "\(sheet.name): header row not frozen")
            #expect(sheet.rows.count == table.rows.count + 1, "\(sheet.name): row count")
            let headers = sheet.rows.first?.map { $0 as? String ?? "" } ?? []
            #expect(headers == table.columns.map(\.header), "\(sheet.name): headers")
            for (rowIndex, (cells, row)) in zip(sheet.rows.dropFirst(), table.rows).enumerated() {
                for (column, (read, cell)) in zip(cells, row).enumerated() {
                    let place = "\(sheet.name) row \(rowIndex + 2) column \(column + 1)"
                    switch cell {
                    case .number(let value): #expect(read as? Double == value, "\(place): \(read) vs \(value)")
                    case .text(let text): #expect(read as? String == text, "\(place)")
                    case .flag(let flag): #expect(read as? Bool == flag, "\(place)")
                    case .empty: #expect(read is NSNull, "\(place)")
                    }
                }
            }
        }
        // And straight from the XML, not through the tables: the MACC sheet's first step and
        // the pathway in the target year are the report's numbers, full precision.
        func sheet(_ id: String) throws -> (name: String, frozen: String?, rows: [[Any]]) {
            sheets[try #require(tables.firstIndex { $0.id == id })]
        }
        let maccSheet = try sheet("macc-\(report.macc.year)")
        if let first = report.macc.steps.first {
            #expect(maccSheet.rows[1][1] as? String == first.measureID)
            #expect(maccSheet.rows[1][3] as? Double == first.costPerTonne.value)
            #expect(maccSheet.rows[1][4] as? Double == first.abatement.value)
        }
        let pathway = try sheet("pathway")
        let targetRow = try #require(pathway.rows.first { $0.first as? Double == Double(report.header.targetYear) })
        #expect(targetRow[2] as? Double == report.pathway.emissions.value(in: report.header.targetYear))
        let inventory = try sheet("inventory")
        #expect(inventory.rows.last?[8] as? Double == report.inventory.total.value)
    }

    @Test("the workbook is byte-for-byte reproducible")
    func reproducible() throws {
        let report = try Self.xmlReport(allSectors[0])
        #expect(try Workbook.bytes(report, language: .english) == Workbook.bytes(report, language: .english))
    }
}
