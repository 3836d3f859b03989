internal import ArgumentParser
internal import ReductionXML
import Foundation

/// `validate`: check any report against the bundled schema and print each error with its line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check an XML report against the official schema.")

    @Argument(help: "The report file (XML).")
    var file: String

    func run() throws {
        do {
            try SchemaValidator().validate(fileAt: URL(fileURLWithPath: file))
            print("\(file): valid (\(ReportFormat.schemaFileName))")
        } catch {
            printError("\(file): \(error.message)")
            for diagnostic in error.diagnostics { printError("\(file):\(diagnostic.line): \(diagnostic.message)") }
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
    }
}
