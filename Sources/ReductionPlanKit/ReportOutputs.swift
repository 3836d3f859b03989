package import ReductionCore
internal import ReductionOutputs
internal import ReductionReport
internal import ReductionXML
internal import ReductionSystem
import Foundation

/// Which files ``ReportOutput/write(_:to:baseName:language:outputs:chartMACC:created:environment:)``
/// writes beside the XML report (which is always written).
public struct ReportOutputs: Sendable, Hashable {
    /// The SVG charts (`<base>-macc.svg`, `<base>-wedge.svg`, and the tornado after a Monte Carlo run).
    public var charts: Bool
    /// The JSON document `<base>.json` (``ReportJSON``).
    public var json: Bool
    /// The Excel workbook `<base>.xlsx`.
    public var xlsx: Bool
    /// A folder for one CSV file per table (its own atomic set, committed after the report's).
    public var csv: String?
    /// The printable HTML report `<base>.html`.
    public var html: Bool
    /// PNG copies of the charts (needs `rsvg-convert` from librsvg).
    public var png: Bool

    /// Chooses the files; by default the XML report and the SVG charts.
    public init(charts: Bool = true, json: Bool = false, xlsx: Bool = false, csv: String? = nil,
                html: Bool = false, png: Bool = false) {
        self.charts = charts
        self.json = json
        self.xlsx = xlsx
        self.csv = csv
        self.html = html
        self.png = png
    }
}

extension Language {
    /// The language part of a file name: `""` for English (the historic names), `.zh-Hans` otherwise,
    /// so that an English and a Chinese run into one folder never overwrite each other.
    package var fileSuffix: String { self == .english ? "" : ".\(rawValue)" }
}

extension ReportOutput {
    /// Stages the files `options` asks for: the workbook and HTML join the report's set
    /// (`report`); the CSV tables, in their own folder, are a set of their own (`tables`,
    /// committed after the report's). Nothing is in place until a set is committed.
    static func stageExtras(_ report: PlanReport, xml: [UInt8], charts: [String: String], folder: URL, base: String,
                            language: Language, options: ReportOutputs) throws -> (report: [StagedFile], tables: [StagedFile]) {
        var staged: [StagedFile] = [], tables: [StagedFile] = []
        let suffix = language.fileSuffix
        if options.xlsx {
            let path = folder.appendingPathComponent("\(base)\(suffix).xlsx").path
            staged.append(try stage(try Workbook.bytes(report, language: language), to: path))
        }
        if let directory = options.csv {
            try Syscalls.createFolders(directory)
            let csvFolder = URL(fileURLWithPath: directory)
            for table in ReportTables(report: report, language: language).all {
                let path = csvFolder.appendingPathComponent("\(base)-\(table.id)\(suffix).csv").path
                tables.append(try stage(CSVTables.bytes(table, language: language), to: path))
            }
        }
        if options.html {
            let path = folder.appendingPathComponent("\(base)\(suffix).html").path
            let html = try ReportHTML.render(xml, language: language, charts: charts)
            staged.append(try stage(Array(html.utf8), to: path))
        }
        return (staged, tables)
    }

    /// Converts each SVG file to PNG with `rsvg-convert` (1.5× for print); returns the PNG
    /// paths, or throws ``ChartConversionError`` naming what is missing or failed.
    static func writePNGs(_ svgPaths: [String]) throws -> [String] {
        guard let tool = RSVG.executable else { throw ChartConversionError(message: RSVG.missingMessage) }
        var written: [String] = []
        for svg in svgPaths {
            let png = String(svg.dropLast(4)) + ".png"
            try RSVG.convert(tool: tool, svg: svg, png: png)
            written.append(png)
        }
        return written
    }
}

/// A chart could not be converted to PNG.
struct ChartConversionError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// librsvg's command-line converter.
package enum RSVG {
    package static let missingMessage = "--png needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin)"

    /// `rsvg-convert` on `PATH`, if any.
    package static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/rsvg-convert"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    package static func convert(tool: String, svg: String, png: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--zoom", "1.5", "--background-color", "white", "--output", png, svg]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ChartConversionError(message: "rsvg-convert failed on \(svg): \(String(decoding: message, as: UTF8.self))")
        }
    }
}
