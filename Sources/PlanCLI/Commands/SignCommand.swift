internal import ReductionSystem
internal import ArgumentParser
internal import ReductionXML
import Foundation

/// `sign`: add an enveloped XML-DSig signature (RSA-SHA256, exclusive C14N) to a report.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a report with an enveloped XML signature (xmlsec; RSA-SHA256, exclusive C14N).",
        discussion: """
            The signature covers the whole report and carries the certificate. Check it with \\
            `verify REPORT.xml --cert CERT.pem` or `xmlsec1 --verify --pubkey-cert-pem CERT.pem REPORT.xml`. \\
            The signed report is written in place (or to --output) only after it passes the schema.
            """)

    @Argument(help: "The report file (XML).")
    var file: String

    @Option(name: .long, help: "The signer's private key (PEM).")
    var key: String

    @Option(name: .long, help: "The signer's certificate (PEM), written into the signature.")
    var cert: String

    @Option(name: .shortAndLong, help: "Where to write the signed report (default: replace the report).")
    var output: String?

    func run() throws {
        let report = try readInput(file), keyPEM = try readInput(key), certificate = try readInput(cert)
        let signed: [UInt8]
        do {
            signed = try ReportSignature.sign(report, keyPEM: keyPEM, certificatePEM: certificate)
        } catch {
            printError("\(file): cannot sign: \(error.message)")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let target = output ?? file
        do {
            try AtomicFiles.write(signed, to: target)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.cannotWrite.rawValue)
        }
        printOutput("\(target): signed")
    }
}
