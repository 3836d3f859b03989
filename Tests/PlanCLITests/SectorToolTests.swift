import Foundation
import Testing
@testable import PlanCLI
import ReductionCore

/// The sector tools end to end, in process: commands, files written, exit codes.
@Suite("Sector tools")
struct SectorToolTests {
    func run(_ sector: SectorCase, _ arguments: [String]) -> Int32 {
        sector.execute(arguments)
    }

    func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test("template is accepted by report as it is, in both languages", arguments: allSectors)
    func templateRoundTrip(sector: SectorCase) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "zh-Hans"] {
            let plan = folder.appendingPathComponent("plan-\(language).yaml").path
            #expect(run(sector, ["template", "--output", plan, "--language", language]) == 0)
            let output = folder.appendingPathComponent("out-\(language)")
            #expect(run(sector, ["report", plan, "--output", output.path, "--language", language]) == 0)
            let suffix = language == "en" ? "" : ".\(language)"
            #expect(files(in: output) == ["plan-\(language)-macc\(suffix).svg", "plan-\(language)-wedge\(suffix).svg", "plan-\(language).xml"])
        }
        // The template never overwrites a file: exit 73.
        #expect(run(sector, ["template", "--output", folder.appendingPathComponent("plan-en.yaml").path]) == 73)
    }

    @Test("catalogue lists every measure", arguments: allSectors)
    func catalogue(sector: SectorCase) throws {
        let capture = CapturedToolOutput()
        #expect(sector.execute(["catalogue", "--sources"], into: capture) == 0)
        for measure in try Catalogue(model: sector.model).measures {
            #expect(capture.output.contains(measure.id), "\(measure.id) missing from the listing")
        }
        #expect(capture.errors.isEmpty)
        let usage = CapturedToolOutput()
        #expect(sector.execute(["catalogue", "--language", "xx"], into: usage) == 64)  // a usage error (EX_USAGE)
        #expect(usage.errors.contains("unknown language 'xx'"))
        #expect(usage.output.isEmpty)
    }

    @Test("the tool's text goes to the sink it is given: the summary, the files written and errors")
    func outputSink() throws {
        let sector = allSectors[1]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let capture = CapturedToolOutput()
        #expect(sector.execute(["report", "--output", folder.path, "--no-charts"], into: capture,
                               environment: ["SOURCE_DATE_EPOCH": "0"]) == 0)
        // The summary and the list of written files, in the captured output only.
        #expect(capture.output.contains("\nWritten:\n"))
        #expect(capture.output.contains(folder.path))
        #expect(capture.errors.isEmpty)
        let failed = CapturedToolOutput()
        #expect(sector.execute(["report", folder.appendingPathComponent("missing.yaml").path], into: failed) == 65)
        #expect(failed.errors.contains("missing.yaml"))
        #expect(failed.output.isEmpty)
    }

    @Test("an invalid SOURCE_DATE_EPOCH in the environment passed to the run is refused (exit 65, nothing written)")
    func environmentParameter() throws {
        let sector = allSectors[1]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let capture = CapturedToolOutput()
        #expect(sector.execute(["report", "--output", output.path, "--no-charts"], into: capture,
                               environment: ["SOURCE_DATE_EPOCH": "yesterday"]) == 65)
        #expect(capture.errors.contains("SOURCE_DATE_EPOCH is 'yesterday'"))
        #expect(files(in: output).isEmpty)
    }

    @Test func badPlanExits65AndWritesNothing() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("broken.yaml")
        try Data("plan:\n  sector: [unclosed\n".utf8).write(to: plan)
        let output = folder.appendingPathComponent("out")
        #expect(run(sector, ["report", plan.path, "--output", output.path]) == 65)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(run(sector, ["report", folder.appendingPathComponent("missing.yaml").path]) == 65)
    }

    @Test func unwritableOutputExits73() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        // The output "folder" is an existing file: nothing can be created under it.
        #expect(run(sector, ["report", "--output", blocker.appendingPathComponent("sub").path, "--no-charts"]) == 73)
    }

    @Test func earlierReportSurvivesAFailedRun() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("city.yaml").path
        #expect(run(sector, ["template", "--output", plan]) == 0)
        #expect(run(sector, ["report", plan, "--output", folder.path, "--no-charts"]) == 0)
        let report = folder.appendingPathComponent("city.xml")
        let before = try Data(contentsOf: report)
        // Break the plan: the next run fails with 65 and the earlier report is untouched.
        try Data("plan: {sector: 1}\n".utf8).write(to: URL(fileURLWithPath: plan))
        #expect(run(sector, ["report", plan, "--output", folder.path, "--no-charts"]) == 65)
        #expect(try Data(contentsOf: report) == before)
    }

    @Test func sameInputsSameBytes() throws {
        // The creation time comes from the environment passed to this run, not from the
        // process (no setenv while other tests run in parallel).
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a", "b"] {
            #expect(sector.execute(["report", "--output", folder.appendingPathComponent(name).path],
                                   environment: environment) == 0)
        }
        // 1,700,000,000 s = 19,675 days + 80,000 s → 2023-11-14, 22:13:20 UTC.
        let report = try String(contentsOf: folder.appendingPathComponent("a/transport-990100-2035.xml"), encoding: .utf8)
        #expect(report.contains("2023-11-14T22:13:20Z"))
        for file in files(in: folder.appendingPathComponent("a")) {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/\(file)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("b/\(file)"))
            #expect(a == b, "\(file) differs between two runs")
        }
    }

    @Test func validateCommand() throws {
        let sector = allSectors[0]
        let golden = repositoryRoot.appendingPathComponent("Reports/examples/\(sector.model.info.id)-example.xml").path
        #expect(run(sector, ["validate", golden]) == 0)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = folder.appendingPathComponent("hostile.xml")
        try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n".utf8).write(to: hostile)
        #expect(run(sector, ["validate", hostile.path]) == 65)
        #expect(run(sector, ["validate", folder.appendingPathComponent("none.xml").path]) == 65)
    }

    @Test func batchRunsGoodPlansAndReportsBadOnes() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        #expect(run(sector, ["template", "--output", plans.appendingPathComponent("county-a.yaml").path]) == 0)
        try Data("not: [valid\n".utf8).write(to: plans.appendingPathComponent("county-b.yaml"))
        try Data("ignored".utf8).write(to: plans.appendingPathComponent("notes.txt"))
        let output = folder.appendingPathComponent("out")
        // One plan fails: exit 65, but the good one is written and both are in the summary.
        #expect(run(sector, ["batch", plans.path, "--output", output.path, "--no-charts"]) == 65)
        #expect(files(in: output) == ["county-a.xlsx", "county-a.xml", "summary.csv", "summary.xlsx"])
        let csv = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("county-a.yaml,ok,"))
        #expect(lines[2].hasPrefix("county-b.yaml,error,"))
    }

    @Test func monteCarloReportOption() throws {
        let sector = allSectors[0]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(sector, ["report", "--draws", "50", "--seed", "3", "--output", folder.path, "--no-charts"]) == 0)
        #expect(run(sector, ["report", "--draws", "-1"]) == 64)
    }
}
