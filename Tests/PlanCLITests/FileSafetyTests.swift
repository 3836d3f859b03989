import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionSystem

/// Output names, spreadsheet-safe CSV, file types, resource bounds and injected I/O faults,
/// through the commands in process (textile: the quickest example to evaluate).
@Suite("File safety")
struct FileSafetyTests {
    let sector = allSectors[1]

    func run(_ arguments: [String]) -> Int32 {
        sector.execute(arguments)
    }

    func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test("CSV fields that a spreadsheet would run as formulas are neutralised (OWASP)")
    func csvInjection() {
        let line = ["=HYPERLINK(\"http://x.example\",\"点击\")", "+1", "-", "@SUM(A1)", "\tx", "-1234.5", "-2.5e-3", "plain"]
        let csv = BatchRow.csv(lines: [line])
        let expected = #""'=HYPERLINK(""http://x.example"",""点击"")","'+1","'-","'@SUM(A1)","'"# + "\tx\",-1234.5,-2.5e-3,plain"
        #expect(csv.split(separator: "\n").last.map(String.init) == expected)
    }

    @Test("plan file names map to visible output names", arguments: [
        (".yaml", "plan"), (".yml", "plan"), (".hidden.yaml", "hidden"), ("a.b.yaml", "a.b"), ("plans/城市.yaml", "城市"),
    ])
    func visibleBaseName(file: String, base: String) {
        #expect(ReportOutput.baseName(ofPlanFile: file) == base)
    }

    @Test func bareYAMLNameWritesVisibleReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent(".yaml").path
        #expect(run(["template", "--output", plan]) == 0)
        let output = folder.appendingPathComponent("out")
        #expect(run(["report", plan, "--output", output.path]) == 0)
        #expect(files(in: output) == ["plan-macc.svg", "plan-wedge.svg", "plan.xml"])
    }

    @Test("two plans that map to one report name: the second is an error naming the first")
    func collidingNames() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        #expect(run(["template", "--output", plans.appendingPathComponent("a.yaml").path]) == 0)
        try FileManager.default.copyItem(at: plans.appendingPathComponent("a.yaml"), to: plans.appendingPathComponent("a.yml"))
        let output = folder.appendingPathComponent("out")
        #expect(run(["batch", plans.path, "--output", output.path, "--no-charts"]) == 65)
        #expect(files(in: output) == ["a.xlsx", "a.xml", "summary.csv", "summary.xlsx"])  // reports, workbooks (issue 18)
        let rows = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("a.yaml,ok,"))
        #expect(rows[2].hasPrefix("a.yml,error,") && rows[2].contains("would overwrite the one of a.yaml"))
    }

    @Test("an empty plan folder is bad input (65), and no output folder is created")
    func emptyFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("new-out")
        #expect(run(["batch", folder.path, "--output", output.path]) == 65)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a FIFO given as plan, catalogue or report is refused at once (65), never waited on")
    func fifoRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(run(["report", fifo, "--output", folder.path]) == 65)
        #expect(run(["catalogue", "--catalogue", fifo]) == 65)
        // `validate` opened the file before checking its type and blocked here for ever.
        #expect(run(["validate", fifo]) == 65)
    }

    @Test("--threads is bounded (1…64, a usage error otherwise); 10 million draws are refused before allocation")
    func boundedThreadsAndMemory() {
        #expect(UncertaintyEngine.maximumThreads == 64)
        #expect(run(["report", "--threads", "2000", "--draws", "10"]) == 64)
        #expect(run(["report", "--threads", "0", "--draws", "10"]) == 64)
        // The textile example stores 25 bytes per measure and draw, so 10,000,000 draws need
        // more than 25 × 10^7 × measures bytes ≥ 2 GiB (2,147,483,648) once it has 9 or more
        // measures: refused with exit 65 before the result buffers exist.
        #expect(run(["report", "--draws", "10000000", "--no-charts", "--output", NSTemporaryDirectory()]) == 65)
    }

    @Test("a full disk, a failing fsync or a read-only folder: exit 73, the earlier report survives, no temporary left",
          arguments: [
              FaultInjection.Rule(.write, .noSpace, pathSuffix: ".rp-tmp"),
              FaultInjection.Rule(.fsync, .ioError),
              FaultInjection.Rule(.rename, .readOnlyFileSystem),
              FaultInjection.Rule(.open, .permissionDenied, pathSuffix: ".rp-tmp"),
          ])
    func injectedFaults(rule: FaultInjection.Rule) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("city.yaml").path
        #expect(run(["template", "--output", plan]) == 0)
        let output = folder.appendingPathComponent("out")
        #expect(run(["report", plan, "--output", output.path]) == 0)
        let before = try files(in: output).map { try Data(contentsOf: output.appendingPathComponent($0)) }
        let status = FaultInjection.with([rule]) { run(["report", plan, "--output", output.path, "--language", "zh-Hans"]) }
        #expect(status == 73)
        #expect(files(in: output) == ["city-macc.svg", "city-wedge.svg", "city.xml"])
        #expect(try files(in: output).map { try Data(contentsOf: output.appendingPathComponent($0)) } == before)
    }

    @Test("temporary files left by killed runs are removed by the next run into the folder")
    func strayTemporariesRemoved() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 2147483646 is above every pid_max, so never a live process.
        for name in [".city.xml.2147483646.abc.rp-tmp", ".city-macc.svg.2147483646.tmp", ".city.xml.2147483646.q1.tmp"] {
            try Data("partial".utf8).write(to: folder.appendingPathComponent(name))
        }
        let plan = folder.appendingPathComponent("city.yaml").path
        #expect(run(["template", "--output", plan]) == 0)
        #expect(run(["report", plan, "--output", folder.path]) == 0)
        #expect(files(in: folder) == ["city-macc.svg", "city-wedge.svg", "city.xml", "city.yaml"])
    }
}
