import Foundation
import Testing
@testable import ReductionXML

/// The reader and validator on reports that are not quite right.
@Suite("Report reader")
struct ReportReaderTests {
    static var sample: String {
        get throws { String(decoding: try ReportWriter.bytes(SampleReport.report), as: UTF8.self) }
    }

    func readError(_ text: String) -> ReportXMLError? {
        do {
            _ = try ReportReader.read(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("a report in another namespace is refused, naming both namespaces and the line")
    func wrongNamespace() throws {
        let text = try Self.sample.replacingOccurrences(of: "urn:reductionplan:report:1", with: "urn:reductionplan:report:2")
        let error = try #require(readError(text))
        #expect(error.code == .wrongNamespace)
        #expect(error.line == 2)
        #expect(error.message == "line 2: expected <report> in namespace urn:reductionplan:report:1, found <report> in urn:reductionplan:report:2")
        #expect(readError("<report schemaVersion=\"1.0\"/>")?.code == .wrongNamespace)
    }

    @Test("an unknown schema version is refused", arguments: ["2.0", "1", "1.x", "", "１.0"])
    func wrongVersion(version: String) throws {
        let text = try Self.sample.replacingOccurrences(of: "schemaVersion=\"1.0\"", with: "schemaVersion=\"\(version)\"")
        let error = try #require(readError(text))
        #expect(error.code == .unsupportedVersion)
        #expect(error.line == 2)
    }

    @Test("a later minor version (1.2) with content this schema knows is read")
    func laterMinorVersion() throws {
        let text = try Self.sample.replacingOccurrences(of: "schemaVersion=\"1.0\"", with: "schemaVersion=\"1.2\"")
        let report = try ReportReader.read(Array(text.utf8))
        #expect(report.schemaVersion == "1.2")
        #expect(report.measures == SampleReport.report.measures)
        #expect(String(decoding: try ReportWriter.bytes(report), as: UTF8.self).contains("schemaVersion=\"1.2\""))
    }

    @Test("the 1.0 reserved uncertainty slot is typed in 1.1: free-form content there is refused with its line")
    func untypedUncertainty() throws {
        let text = try Self.sample
            .replacingOccurrences(of: "</report>", with: "  <uncertainty method=\"monte-carlo\"><run n=\"1000\"/></uncertainty>\n</report>")
        let error = try #require(readError(text))
        #expect(error.code == .schemaInvalid)
        #expect(error.line == line(of: "<uncertainty", in: text))
    }

    @Test("a name without xml:lang, or two names in one language, is refused with its line")
    func missingLanguage() throws {
        let sample = try Self.sample
        let noLang = sample.replacingOccurrences(of: "<name xml:lang=\"zh-Hans\">南京市</name>", with: "<name>南京市</name>")
        let error = try #require(readError(noLang))
        #expect(error.code == .invalidContent)
        #expect(error.line == line(of: "<name>南京市", in: noLang))
        let twice = sample.replacingOccurrences(of: "<name xml:lang=\"zh-Hans\">南京市</name>", with: "<name xml:lang=\"en\">南京市</name>")
        #expect(readError(twice)?.code == .invalidContent)
    }

    @Test("schema errors come back with every line")
    func schemaErrors() throws {
        let text = try Self.sample
            .replacingOccurrences(of: "divisionCode=\"320100\"", with: "divisionCode=\"南京\"")
            .replacingOccurrences(of: "<currency code=\"CNY\"", with: "<currency code=\"cny\"")
        let error = try #require(readError(text))
        let lines = [line(of: "divisionCode=", in: text), line(of: "<currency ", in: text)]
        #expect(error.code == .schemaInvalid)
        #expect(error.diagnostics.map(\.line) == lines)
        #expect(error.message == "does not conform to the report schema: 2 error(s), first on line \(lines[0])")
    }

    @Test("validate(fileAt:) names the file and each line; a missing file is an I/O error")
    func validateFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.file("bad.xml")
        let text = try Self.sample.replacingOccurrences(of: "priceYear=\"2020\"", with: "priceYear=\"20x0\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let expectedLine = line(of: "20x0", in: text)
        let error = try #require(throws: ReportXMLError.self) {
            try SchemaValidator().validate(fileAt: URL(fileURLWithPath: path))
        }
        #expect(error.file == path)
        #expect(expectedLine > 2)
        #expect(error.line == expectedLine)
        #expect(error.description.contains("\(path):\(expectedLine): "))
        let missing = try #require(throws: ReportXMLError.self) {
            try SchemaValidator().validate(fileAt: URL(fileURLWithPath: folder.file("none.xml")))
        }
        #expect(missing.code == .io)
    }

    @Test("a file over the size bound is refused before it is read")
    func sizeBound() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.file("big.xml")
        try Self.sample.write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: ReportXMLError.self) {
            try ReportReader.read(fileAt: URL(fileURLWithPath: path), maxBytes: 1000)
        }
        #expect(error.code == .tooLarge)
    }

    @Test("a DOCTYPE in front of an otherwise valid report is refused")
    func doctypeInReport() throws {
        let text = try Self.sample.replacingOccurrences(
            of: "<report ", with: "<!DOCTYPE report [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<report ")
        let error = try #require(readError(text))
        #expect(error.code == .doctypeRefused)
        #expect(error.line == 2)
    }
}

@Suite("Timestamps")
struct TimestampTests {
    @Test("ISO 8601 form, checked against date(1)", arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
        (1_764_000_000, "2025-11-24T16:00:00Z"), (4_102_444_799, "2099-12-31T23:59:59Z"),
    ])
    func format(seconds: Int64, text: String) {
        #expect(ReportTimestamp(secondsSinceEpoch: seconds).description == text)
        #expect(ReportTimestamp(iso8601: text)?.secondsSinceEpoch == seconds)
    }

    @Test("impossible dates are refused", arguments: ["2023-02-29T00:00:00Z", "2023-13-01T00:00:00Z",
                                                       "2023-01-01 00:00:00Z", "2023-01-01T00:00:00+08:00"])
    func invalid(text: String) {
        #expect(ReportTimestamp(iso8601: text) == nil)
    }

    @Test("SOURCE_DATE_EPOCH fixes the creation time; junk falls back to the clock")
    func sourceDateEpoch() {
        #expect(ReportTimestamp.current(environment: ["SOURCE_DATE_EPOCH": "1700000000"]).secondsSinceEpoch == 1_700_000_000)
        let now = Int64(Date().timeIntervalSince1970)
        let fallback = ReportTimestamp.current(environment: ["SOURCE_DATE_EPOCH": "yesterday"]).secondsSinceEpoch
        #expect(abs(fallback - now) < 5)
    }
}
