import Foundation
import Testing
@testable import ReductionXML

/// The write path: stream to a temporary file, validate, rename. A failure leaves no file
/// and leaves any earlier report byte-for-byte intact.
@Suite("Atomic write")
struct AtomicWriteTests {
    static let earlier = "<earlier report/>\n"

    @Test("a valid document lands under its name with no temporary file left")
    func success() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let target = folder.file("plan.xml")
        try AtomicWrite.write(toPath: target, schema: TinySchema.bytes) { writer throws(ReportXMLError) in
            try TinySchema.write([("1", "公交 & 地铁")], into: writer)
        }
        let expected = """
        <?xml version="1.0" encoding="UTF-8"?>
        <list xmlns="urn:test:tiny">
          <item n="1">公交 &amp; 地铁</item>
        </list>

        """
        #expect(try String(contentsOfFile: target, encoding: .utf8) == expected)
        #expect(try folder.contents() == ["plan.xml"])
    }

    @Test("a schema-invalid document throws with its line, writes nothing, keeps the earlier file")
    func invalidKeepsEarlier() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let target = folder.file("plan.xml")
        try Self.earlier.write(toFile: target, atomically: false, encoding: .utf8)
        let error = try #require(throws: ReportXMLError.self) {
            try AtomicWrite.write(toPath: target, schema: TinySchema.bytes) { writer throws(ReportXMLError) in
                try TinySchema.write([("1", "ok"), ("two", "not an int")], into: writer)
            }
        }
        #expect(error.code == .schemaInvalid)
        #expect(error.line == 4)
        #expect(error.diagnostics.count == 1)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == Self.earlier)
        #expect(try folder.contents() == ["plan.xml"])
    }

    @Test("a body that fails half-way leaves no temporary file and no report")
    func bodyFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let target = folder.file("plan.xml")
        #expect(throws: ReportXMLError.self) {
            try AtomicWrite.write(toPath: target, schema: TinySchema.bytes) { writer throws(ReportXMLError) in
                try writer.startElement("list")
                throw ReportXMLError(.invalidContent, "stop here")
            }
        }
        #expect(try folder.contents() == [])
    }

    @Test("a missing folder is an I/O error and creates nothing")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let error = try #require(throws: ReportXMLError.self) {
            try AtomicWrite.write(toPath: folder.file("no/such/plan.xml"), schema: TinySchema.bytes) {
                writer throws(ReportXMLError) in try TinySchema.write([], into: writer)
            }
        }
        #expect(error.code == .io)
        #expect(try folder.contents() == [])
    }

    @Test("a destination that is a folder cannot be replaced; the temporary file is removed")
    func destinationIsFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let target = folder.file("plan.xml")
        try FileManager.default.createDirectory(atPath: target + "/keep", withIntermediateDirectories: true)
        let error = try #require(throws: ReportXMLError.self) {
            try AtomicWrite.write(toPath: target, schema: TinySchema.bytes) { writer throws(ReportXMLError) in
                try TinySchema.write([("1", "x")], into: writer)
            }
        }
        #expect(error.code == .io)
        #expect(try folder.contents() == ["plan.xml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target) == ["keep"])
    }

    @Test("a control character that XML cannot carry fails validation, nothing written")
    func unwritableCharacter() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let target = folder.file("plan.xml")
        try Self.earlier.write(toFile: target, atomically: false, encoding: .utf8)
        let error = try #require(throws: ReportXMLError.self) {
            try AtomicWrite.write(toPath: target, schema: TinySchema.bytes) { writer throws(ReportXMLError) in
                try TinySchema.write([("1", "bell \u{07}")], into: writer)
            }
        }
        #expect(error.code == .schemaInvalid)
        #expect(error.line == 3)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == Self.earlier)
        #expect(try folder.contents() == ["plan.xml"])
    }
}

@Suite("Awkward paths")
struct AwkwardPathTests {
    @Test("folders with Chinese, spaces, %, # and ? in their names work for write, validate and read",
          arguments: ["报告 2030", "a%20b", "x#y?z", "100%"])
    func awkwardFolder(name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let inner = folder.file(name)
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
        let url = try ReportWriter.write(SampleReport.report, to: URL(fileURLWithPath: inner), fileName: "方案 %41.xml")
        #expect(try FileManager.default.contentsOfDirectory(atPath: inner) == ["方案 %41.xml"])
        try SchemaValidator().validate(fileAt: url)
        #expect(try ReportReader.read(fileAt: url) == SampleReport.report)
    }
}
