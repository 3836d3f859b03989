internal import ReductionSystem
internal import ArgumentParser
internal import ReductionCore
internal import ReductionXML
internal import ReductionPlanKit
import Foundation

/// `render`: the printable HTML of any official report (read and validated first), with its
/// MACC and wedge charts inline.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Render an XML report as a printable HTML document (A4).")

    @Argument(help: "The report file (XML).")
    var file: String

    @Option(name: .shortAndLong, help: "Folder for the HTML file (created if missing).")
    var output = "."

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = try common.resolvedLanguage()
        let bytes = try readInput(file)
        let html: String
        do {
            let report = try ReportReader.read(bytes)
            let charts = ["macc": try Charts.macc(report, language: language),
                          "wedge": try Charts.wedge(report, language: language)]
            html = try ReportHTML.render(bytes, language: language, charts: charts)
        } catch {
            printError("\(file): \(error.message)")
            for diagnostic in error.diagnostics.prefix(10) { printError("\(file):\(diagnostic.line): \(diagnostic.message)") }
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let folder = URL(fileURLWithPath: output)
        let name = ReportOutput.baseName(ofPlanFile: (file as NSString).lastPathComponent)
        let base = name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
        let path = folder.appendingPathComponent("\(base)\(language.fileSuffix).html").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try AtomicFiles.write(Array(html.utf8), to: path)
        } catch {
            printError("\(path): cannot write the HTML: \(error)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        printOutput("\(UIText.written.text(language)): \(path)")
    }
}
