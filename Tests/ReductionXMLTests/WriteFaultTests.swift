import Foundation
import Testing
@testable import ReductionXML
import ReductionSystem

/// Write errors name their errno, mid-stream libxml2 messages land in the error value, and
/// `SOURCE_DATE_EPOCH` is checked.
@Suite("Write faults")
struct WriteFaultTests {
    /// Enough items that libxml2 flushes its 4 KiB buffer while the body is still being written.
    static let items = (1...2_000).map { ("\($0)", "公交 & 地铁 \($0)") }

    @Test("a full disk, a read-only folder, a refused open: the message carries the errno", arguments: [
        (FaultInjection.Rule(.write, .noSpace), "No space left on device (ENOSPC)"),
        (FaultInjection.Rule(.rename, .readOnlyFileSystem), "Read-only file system (EROFS)"),
        (FaultInjection.Rule(.open, .permissionDenied), "Permission denied (EACCES)"),
    ])
    func errnoInMessage(rule: FaultInjection.Rule, text: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let target = folder.file("plan.xml")
        let error = try #require(throws: ReportXMLError.self) {
            try FaultInjection.with([rule]) { () throws(ReportXMLError) in
                try AtomicWrite.write(toPath: target, schema: TinySchema.bytes) { writer throws(ReportXMLError) in
                    try TinySchema.write(Self.items, into: writer)
                }
            }
        }
        #expect(error.code == .io)
        #expect(error.message.hasSuffix(text))
        #expect(error.cause?.errno == rule.errno)
        #expect(try folder.contents() == [])
    }

    @Test("a write failing mid-stream is reported in the error value with libxml2's message")
    func midStreamFailure() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let error = try #require(throws: ReportXMLError.self) {
            try FaultInjection.with([.init(.write, .noSpace, skip: 1)]) { () throws(ReportXMLError) in
                try AtomicWrite.write(toPath: folder.file("plan.xml"), schema: nil) { writer throws(ReportXMLError) in
                    try TinySchema.write(Self.items, into: writer)
                }
            }
        }
        #expect(error.message == "cannot write: No space left on device (ENOSPC)")
        // libxml2's own "write error" was captured here rather than printed on stderr.
        #expect(!error.diagnostics.isEmpty)
        #expect(try folder.contents() == [])
    }

    @Test("SOURCE_DATE_EPOCH must be a whole number of seconds", arguments: ["abc", "-1", "1.5", "", " 1", "253402300800"])
    func invalidEpoch(value: String) {
        #expect(throws: ReportXMLError.self) { try ReportTimestamp.validated(environment: ["SOURCE_DATE_EPOCH": value]) }
    }

    @Test func validEpoch() throws {
        #expect(try ReportTimestamp.validated(environment: ["SOURCE_DATE_EPOCH": "1700000000"]).secondsSinceEpoch == 1_700_000_000)
        #expect(try ReportTimestamp.validated(environment: ["SOURCE_DATE_EPOCH": "0"]).description == "1970-01-01T00:00:00Z")
        let clock = try ReportTimestamp.validated(environment: [:]).secondsSinceEpoch
        #expect(clock > 1_700_000_000)
    }
}
