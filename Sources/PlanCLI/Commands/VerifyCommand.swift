internal import ArgumentParser
internal import ReductionXML
internal import ReductionCore
import Foundation

/// `verify`: recompute a report from the inputs it carries and list every value that differs;
/// with `--cert`, also check its XML signature.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute a report from the inputs it carries and list every value that differs.",
        discussion: """
            Exit 0 when the recomputed report is identical (numbers within the significant \\
            digits the header declares), 65 when not, with the count. With --cert, the report's \\
            enveloped XML signature must also verify with that certificate's public key.
            """)

    @Argument(help: "The report file (XML).")
    var file: String

    @Option(name: .long, help: "A PEM certificate: also verify the report's XML signature with its public key.")
    var cert: String?

    func run() throws {
        let context = try PlanTool.current()
        let bytes = try readInput(file)
        let certificate = try cert.map(readInput)
        let outcome = Self.outcome(bytes, file: file, certificate: certificate, model: context.model)
        for line in outcome.lines { printOutput(line) }
        for line in outcome.errors { printError(line) }
        if outcome.status != .success { throw ExitCode(outcome.status.rawValue) }
    }

    /// What `verify` prints (standard output, standard error) and its exit status, without printing.
    static func outcome(_ bytes: [UInt8], file: String, certificate: [UInt8]?,
                        model: some SectorModel) -> (lines: [String], errors: [String], status: ExitStatus) {
        var lines: [String] = [], errors: [String] = []
        if let certificate {
            do {
                let signer = try ReportSignature.verify(bytes, certificatePEM: certificate)
                lines.append("\(file): signature valid (\(signer))")
            } catch {
                errors.append("\(file): signature: \(error.message)")
                return (lines, errors, .badInput)
            }
        }
        if certificate == nil, String(decoding: bytes, as: UTF8.self).contains("xmlns=\"http://www.w3.org/2000/09/xmldsig#\"") {
            lines.append("\(file): the report is signed; pass --cert CERT.pem to check the signature")
        }
        let verification: ReportVerification
        do {
            verification = try ReportVerification.verify(bytes, file: file, model: model)
        } catch {
            errors.append(error.description)
            return (lines, errors, .badInput)
        }
        let digits = verification.report.header.significantDigits.map { "\($0) significant digits" } ?? "exact numbers"
        guard !verification.differences.isEmpty else {
            lines.append("\(file): identical to its recomputation from the carried inputs (\(digits))")
            return (lines, errors, .success)
        }
        for difference in verification.differences {
            errors.append("\(file):\(difference.line): \(difference.path): reported \(difference.reported ?? "(absent)"), recomputed \(difference.recomputed ?? "(absent)")")
        }
        let count = verification.differences.count
        errors.append("\(file): \(count) value\(count == 1 ? "" : "s") differ\(count == 1 ? "s" : "") from the recomputation (\(digits))")
        return (lines, errors, .badInput)
    }
}
