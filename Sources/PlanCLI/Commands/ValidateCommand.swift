internal import ArgumentParser
internal import ReductionXML
import Foundation

/// `validate`: check any report against the bundled schema, then check that its numbers agree
/// with each other (sums, MACC widths, pathway, years, units); print each error with its line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an XML report against the official schema and check that its numbers add up.")

    @Argument(help: "The report file (XML).")
    var file: String

    func run() throws {
        let outcome = Self.outcome(fileAt: file)
        for line in outcome.lines { printOutput(line) }
        for line in outcome.errors { printError(line) }
        if outcome.status != .success { throw ExitCode(outcome.status.rawValue) }
    }

    /// What `validate` prints (standard output, standard error) and its exit status, without printing.
    static func outcome(fileAt file: String) -> (lines: [String], errors: [String], status: ExitStatus) {
        do {
            try SchemaValidator().validate(fileAt: URL(fileURLWithPath: file))
        } catch {
            return ([], ["\(file): \(error.message)"] + error.diagnostics.map { "\(file):\($0.line): \($0.message)" }, .badInput)
        }
        let violations: [XMLDiagnostic]
        do {
            violations = try SemanticValidator.check(fileAt: URL(fileURLWithPath: file))
        } catch {
            return ([], ["\(file): \(error.message)"], .badInput)
        }
        guard violations.isEmpty else {
            let count = violations.count
            return ([], violations.map { "\(file):\($0.line): \($0.message)" }
                        + ["\(file): schema-valid, but \(count) value\(count == 1 ? " does" : "s do") not add up"], .badInput)
        }
        return (["\(file): valid (\(ReportFormat.schemaFileName); sums, MACC, pathway, years and units consistent)"], [], .success)
    }
}
