import Foundation
import Testing
@testable import ReductionXML

/// The reports also pass `xmllint --schema Reports/schema/reduction-plan-1.0.xsd`, the check
/// reviewers run by hand, and the library stays correct under concurrent report writing.
@Suite("xmllint and concurrent reports")
struct ExternalValidationTests {
    static let xmllint = "/usr/bin/xmllint"
    static var officialSchema: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reports/schema/reduction-plan-1.0.xsd").path
    }

    @Test("xmllint accepts the hand-made and the PlanResult reports",
          .enabled(if: FileManager.default.isExecutableFile(atPath: xmllint)))
    func xmllintAccepts() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let reports = [SampleReport.report, PlanResultReportTests.report(try PlanResultReportTests.result())]
        for (index, report) in reports.enumerated() {
            let url = try ReportWriter.write(report, to: URL(fileURLWithPath: folder.path), fileName: "r\(index).xml")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.xmllint)
            process.arguments = ["--noout", "--nonet", "--schema", Self.officialSchema, url.path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(output)")
            #expect(output.contains("validates"))
        }
    }

    @Test("8 threads write, validate and read reports into one folder at once")
    func concurrentReports() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let expected = SampleReport.report
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0..<5 {
                do {
                    let url = URL(fileURLWithPath: folder.file("t\(thread)-\(round).xml"))
                    try ReportWriter.write(expected, toFile: url)
                    try SchemaValidator().validate(fileAt: url)
                    let read = try ReportReader.read(fileAt: url)
                    if read != expected { failures.withLock { $0.append("thread \(thread) round \(round): differs") } }
                    _ = try Charts.macc(read, language: thread.isMultiple(of: 2) ? .english : .simplifiedChinese)
                } catch {
                    failures.withLock { $0.append("thread \(thread) round \(round): \(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(try folder.contents().count == 40)
    }
}
