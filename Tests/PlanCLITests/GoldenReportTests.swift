import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionXML

/// The reports of the shipped examples in `Reports/examples/` must be exactly what the
/// tools write today (with the creation time fixed). Regenerate after an intended change:
/// `UPDATE_GOLDEN=1 swift test --filter GoldenReportTests`, then review the diff.
@Suite("Golden example reports")
struct GoldenReportTests {
    /// 2026-01-01T00:00:00Z: the creation time stamped into the golden reports.
    static let created = ReportTimestamp(secondsSinceEpoch: 1_767_225_600)
    static let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"

    func files(for sector: SectorCase) throws -> [(name: String, bytes: [UInt8])] {
        let plan = try PlanLoader.loadExample(for: sector.model)
        let run = try PlanRun.evaluate(plan, model: sector.model)
        let report = ReportOutput.report(for: run, created: Self.created)
        let id = sector.model.info.id
        return [
            ("\(id)-example.xml", try ReportWriter.bytes(report)),
            ("\(id)-example-macc.svg", Array(try Charts.macc(report, language: .english).utf8)),
            ("\(id)-example-wedge.svg", Array(try Charts.wedge(report, language: .english).utf8)),
            ("\(id)-example-macc.zh-Hans.svg", Array(try Charts.macc(report, language: .simplifiedChinese).utf8)),
        ]
    }

    @Test("example reports are current", arguments: allSectors)
    func examplesAreCurrent(sector: SectorCase) throws {
        let folder = repositoryRoot.appendingPathComponent("Reports/examples")
        for (name, bytes) in try files(for: sector) {
            let url = folder.appendingPathComponent(name)
            if Self.update {
                try Data(bytes).write(to: url)
                continue
            }
            let stored = try #require(FileManager.default.contents(atPath: url.path),
                                      "missing \(name): run UPDATE_GOLDEN=1 swift test --filter GoldenReportTests")
            let current = [UInt8](stored) == bytes
            #expect(current, "\(name) is out of date (\(Self.firstDifference(stored, bytes))): run UPDATE_GOLDEN=1 swift test --filter GoldenReportTests")
        }
    }

    /// `line N: "stored" vs "now"` for the first line that differs.
    static func firstDifference(_ stored: Data, _ now: [UInt8]) -> String {
        let old = String(decoding: stored, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: now, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<end>", b = index < new.count ? String(new[index]) : "<end>"
            if a != b { return "line \(index + 1): \(a.prefix(120)) → \(b.prefix(120))" }
        }
        return "no difference"
    }

    @Test("example reports validate and round-trip", arguments: allSectors)
    func examplesValidateAndRoundTrip(sector: SectorCase) throws {
        let url = repositoryRoot.appendingPathComponent("Reports/examples/\(sector.model.info.id)-example.xml")
        try SchemaValidator().validate(fileAt: url)
        let report = try ReportReader.read(fileAt: url)
        let stored = try #require(FileManager.default.contents(atPath: url.path))
        let rewritten = try ReportWriter.bytes(report)
        #expect(rewritten == [UInt8](stored), "write → read → write differs: \(Self.firstDifference(stored, rewritten))")
    }

    @Test("xmllint accepts every example", arguments: allSectors)
    func xmllintAccepts(sector: SectorCase) throws {
        let xmllint = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: xmllint) else { return }  // .ci/run installs it
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--nonet", "--schema",
                             repositoryRoot.appendingPathComponent("Reports/schema/reduction-plan-1.2.xsd").path,
                             repositoryRoot.appendingPathComponent("Reports/examples/\(sector.model.info.id)-example.xml").path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
