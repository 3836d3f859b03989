import Foundation
import Testing
@testable import ReductionXML

/// The reports also pass `xmllint --schema Reports/schema/reduction-plan-1.2.xsd`, the check
/// reviewers run by hand, and the library stays correct under concurrent report writing.
@Suite("xmllint and concurrent reports")
struct ExternalValidationTests {
    static let xmllint = "/usr/bin/xmllint"
    static var officialSchema: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Reports/schema/reduction-plan-1.2.xsd").path
    }

    @Test("xmllint accepts the hand-made and the PlanResult reports",
          .enabled(if: FileManager.default.isExecutableFile(atPath: xmllint)))
    func xmllintAccepts() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let reports = [SampleReport.report, PlanResultReportTests.report(try PlanResultReportTests.result()),
                       Version11Tests.report]
        for (index, report) in reports.enumerated() {
            let url = try ReportWriter.write(report, to: URL(fileURLWithPath: folder.path), fileName: "r\(index).xml")
            let (status, output) = try run(Self.xmllint, ["--noout", "--nonet", "--schema", Self.officialSchema, url.path],
                                           log: folder.file("xmllint-\(index).log"))
            #expect(status == 0, "\(output)")
            #expect(output.contains("validates"))
        }
    }

    /// Runs a program with stdout and stderr sent to `log` (posix_spawn: Foundation's Process
    /// leaks a weak reference, which the address sanitizer's leak check reports).
    func run(_ program: String, _ arguments: [String], log: String) throws -> (Int32, String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { return (-1, "posix_spawn failed: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return ((status >> 8) & 0xFF, output)
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
