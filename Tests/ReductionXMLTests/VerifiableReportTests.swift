import Foundation
import Testing
import ReductionCore
@testable import ReductionXML

/// Issue 19: self-contained reports, numbers without binary noise, the node-by-node
/// comparison behind `verify`, and the semantic checks behind `validate`.
@Suite("Verifiable reports")
struct VerifiableReportTests {
    /// The sample report carrying three small files.
    static var carrying: PlanReport {
        var report = SampleReport.report
        report.header.significantDigits = 12
        report.resolvedInputs = PlanReport.ResolvedInputs(
            tool: .init(name: "transport-plan", version: "0.1.0"),
            sources: PlanSources(plan: Array("abc".utf8), planName: "city.yaml", catalogue: [], factors: [0, 255, 13, 10]))
        return report
    }

    @Test("each carried file has its own SHA-256, and the header digest is of the three concatenated")
    func digests() throws {
        let sources = try #require(Self.carrying.resolvedInputs)
        // FIPS 180-2 appendix B.1: SHA-256("abc"); SHA-256 of no bytes.
        #expect(sources.file("plan")?.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(sources.file("catalogue")?.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // "abc" ‖ "" ‖ 00 ff 0d 0a is not "abc": the combined digest differs from the plan's own.
        #expect(sources.sources.combinedSHA256 == SHA256.hex(Array("abc".utf8) + [0, 255, 13, 10]))
        #expect(sources.sources.combinedSHA256 != sources.file("plan")?.sha256)
    }

    @Test("resolved inputs round-trip byte for byte (CR and NUL included) and make the report 1.2")
    func roundTrip() throws {
        let bytes = try ReportWriter.bytes(Self.carrying)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("schemaVersion=\"1.2\""))
        #expect(text.contains("<numbers significantDigits=\"12\"/>"))
        // base64("abc") = "YWJj"; base64(00 ff 0d 0a) = "AP8NCg==".
        #expect(text.contains("<file role=\"plan\" name=\"city.yaml\" bytes=\"3\" sha256=\"ba7816bf"))
        #expect(text.contains("\nYWJj\n"))
        #expect(text.contains("\nAP8NCg==\n"))
        let read = try ReportReader.read(bytes)
        #expect(read.resolvedInputs == Self.carrying.resolvedInputs)
        #expect(read.header.significantDigits == 12)
        #expect(try ReportWriter.bytes(read) == bytes)
    }

    @Test("`sha256sum` of the file extracted with xmllint and base64 -d prints the stated digest")
    func shellExtraction() throws {
        let tools = ["/usr/bin/xmllint", "/usr/bin/base64", "/usr/bin/sha256sum", "/bin/sh"]
        guard tools.allSatisfy(FileManager.default.isExecutableFile(atPath:)) else { return }
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try ReportWriter.write(Self.carrying, toFile: URL(fileURLWithPath: folder.file("r.xml")))
        // The README's command, verbatim apart from the file name.
        let command = "xmllint --xpath 'string(//*[local-name()=\"file\"][@role=\"factors\"])' r.xml | base64 -d | sha256sum"
        let output = try Shell.run(command, in: folder.path)
        #expect(output.hasPrefix(SHA256.hex([0, 255, 13, 10]) + "  -"))
    }

    @Test("numbers are written at the declared significant digits, without binary noise",
          arguments: [(4.000000000000001e-06, "4e-06"), (637118.4500000001, "637118.45"), (0.1 + 0.2, "0.3"),
                      (1234567.891234567, "1234567.89123"), (-0.0, "-0.0"), (2030.0, "2030.0"), (1e300, "1e+300")])
    func significantDigits(value: Double, expected: String) {
        #expect(value.xmlDecimal(significantDigits: 12) == expected)
    }

    @Test("without a declared precision, numbers stay shortest round-trip (1.0 and 1.1 reports unchanged)")
    func shortestRoundTrip() throws {
        #expect((0.1 + 0.2).xmlDecimal(significantDigits: nil) == "0.30000000000000004")
        let text = String(decoding: try ReportWriter.bytes(SampleReport.report), as: UTF8.self)
        #expect(!text.contains("<numbers"))
        #expect(!text.contains("schemaVersion=\"1.2\""))
    }

    // MARK: Node-by-node comparison

    static let document = """
        <report xmlns="urn:reductionplan:report:1"><a id="x" value="1.000000000009"><v year="2020">5</v></a>\
        <a id="y" value="2"/><b>text</b></report>
        """

    func differences(_ other: String, digits: Int? = 12) throws -> [ReportDifference] {
        try ReportComparison.differences(reported: Array(Self.document.utf8), recomputed: Array(other.utf8),
                                         significantDigits: digits)
    }

    @Test("numbers within the declared precision are equal; beyond it each value is listed with its path")
    func comparisonTolerance() throws {
        // 1.000000000009 vs 1: relative 1e-11 ≤ 10^(1−12) = 1e-11 → equal.
        #expect(try differences(Self.document.replacingOccurrences(of: "1.000000000009", with: "1")).isEmpty)
        // Exactly compared when the report declares no precision.
        #expect(try differences(Self.document.replacingOccurrences(of: "1.000000000009", with: "1"), digits: nil).count == 1)
        let found = try differences(Self.document.replacingOccurrences(of: "\"2\"", with: "\"20\"")
            .replacingOccurrences(of: ">5<", with: ">6<"))
        #expect(found == [
            ReportDifference(path: "/report/a[@id='x']/v/text()", reported: "5", recomputed: "6", line: 1),
            ReportDifference(path: "/report/a[@id='y']/@value", reported: "2", recomputed: "20", line: 1),
        ])
    }

    @Test("a missing or extra element is one difference; a ds:Signature is not compared")
    func comparisonStructure() throws {
        let removed = try differences(Self.document.replacingOccurrences(of: "<a id=\"y\" value=\"2\"/>", with: ""))
        #expect(removed == [ReportDifference(path: "/report/a[@id='y']", reported: "present", recomputed: nil, line: 1)])
        let signed = Self.document.replacingOccurrences(
            of: "</report>", with: "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><x/></Signature></report>")
        #expect(try ReportComparison.differences(reported: Array(signed.utf8), recomputed: Array(Self.document.utf8),
                                                 significantDigits: 12).isEmpty)
    }
}

/// Runs a shell command and returns its standard output (standard error discarded).
enum Shell {
    static func run(_ command: String, in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `tool` with `arguments`; returns its exit status (output discarded).
    static func status(_ tool: String, _ arguments: [String], in folder: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
