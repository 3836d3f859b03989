public import Foundation
public import ReductionCore
public import ReductionReport
public import ReductionXML
internal import ZIPFoundation

/// An Excel workbook (`.xlsx`, Office Open XML) of a report or a batch: the SpreadsheetML
/// parts from `SpreadsheetML` packaged with ZIPFoundation (deflate), every entry stamped
/// with the report's creation time so the same inputs give the same bytes.
public enum Workbook {
    /// A failure to package the workbook.
    public struct PackagingError: Error, CustomStringConvertible {
        /// What failed.
        public var description: String
    }

    /// The workbook of one report: ``ReportTables/all`` as sheets.
    public static func bytes(_ report: PlanReport, language: Language) throws -> [UInt8] {
        try bytes(ReportTables(report: report, language: language).all, language: language,
                  modified: Date(timeIntervalSince1970: TimeInterval(report.header.created.secondsSinceEpoch)))
    }

    /// A workbook with one sheet per table, entries dated `modified` (zip dates start in 1980).
    public static func bytes(_ tables: [ReportTable], language: Language, modified: Date) throws -> [UInt8] {
        let parts = try SpreadsheetML.parts(tables, language: language)
        let earliest = Date(timeIntervalSince1970: 315_532_800 + 86_400)  // 1980-01-02
        let date = max(modified, earliest)
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw PackagingError(description: "cannot create a zip archive in memory: \(error)")
        }
        for part in parts {
            let data = Data(part.bytes)
            do {
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: date, compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            } catch {
                throw PackagingError(description: "cannot add \(part.path) to the workbook: \(error)")
            }
        }
        guard let data = archive.data else { throw PackagingError(description: "the zip archive has no data") }
        return [UInt8](data)
    }
}

extension Workbook.PackagingError: LocalizedError {
    /// The same text as ``description`` (what `localizedDescription` shows).
    public var errorDescription: String? { description }
}
