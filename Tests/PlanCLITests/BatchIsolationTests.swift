import Foundation
import Testing
@testable import PlanCLI
import ReductionSystem

/// `batch` run as the real executable, so each plan goes to its own worker process.
@Suite("Batch isolation")
struct BatchIsolationTests {
    /// The built tool beside the test runner (`.build/<triple>/debug/textile-plan`; on macOS the
    /// runner sits three folders deeper, inside its `.xctest` bundle).
    static var tool: String? {
        guard let runner = Syscalls.executablePath() else { return nil }
        var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
        for _ in 0..<4 {
            let path = folder.appendingPathComponent("textile-plan").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Runs the tool with captured output; returns the exit status, standard output and error.
    static func execute(_ tool: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorText = Box()
        let reader = Thread { errorText.data = error.fileHandleForReading.readDataToEndOfFile(); errorText.done.signal() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorText.done.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorText.data, as: UTF8.self))
    }

    final class Box: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }

    /// Ten plans: seven good, one that traps, one that hangs, one whose report name is taken.
    /// Before the worker processes the trap ended the whole batch (exit 132, no summary.csv,
    /// the plans after it never ran).
    @Test func trapHangAndCollisionAreContained() throws {
        let tool = try #require(Self.tool, "the textile-plan executable is built next to the tests")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let template = PlanTemplate(model: allSectors[1].model, language: .english).render()
        // "-g.yaml" checks that a name starting with "-" reaches the worker as a file, not an option.
        let good = ["-g.yaml", "a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml", "f.yaml"]
        for name in good + ["a.yml", "trap.yaml", "hang.yaml"] {
            try Data(template.utf8).write(to: plans.appendingPathComponent(name))
        }
        let output = folder.appendingPathComponent("out")
        let (status, stdout, stderr) = try Self.execute(tool, [
            "batch", plans.path, "--output", output.path, "--no-charts", "--time-limit", "60",
            "--debug-fault", "trap.yaml=trap", "--debug-fault", "hang.yaml=hang",
        ])
        #expect(status == 65)
        let csv = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").dropFirst().map(String.init)
        #expect(rows.count == 10)
        // Sorted by file name: -g.yaml, a.yaml, a.yml, b…f.yaml, hang.yaml, trap.yaml; the CSV
        // writes "-g.yaml" as "'-g.yaml" (a leading "-" is neutralised).
        #expect(rows.filter { $0.contains(",ok,") }.map { String($0.prefix { $0 != "," }) } == good.map(CSVField.neutralised))
        let failures = Dictionary(uniqueKeysWithValues: rows.filter { !$0.contains(",ok,") }.map {
            (String($0.prefix { $0 != "," }), $0)
        })
        #expect(failures.keys.sorted() == ["a.yml", "hang.yaml", "trap.yaml"])
        #expect(failures["a.yml"]?.contains("its report a.xml would overwrite the one of a.yaml") == true)
        #expect(failures["hang.yaml"]?.contains("stopped after the time limit of 60 s") == true)
        #expect(failures["trap.yaml"]?.contains("the evaluation crashed (SIG") == true)
        for name in ["a.yml", "hang.yaml", "trap.yaml"] { #expect(stderr.contains("error: \(name): ")) }
        #expect(stdout.contains("7 of 10 plans evaluated"))
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        // Each good plan's report and workbook (issue 18), the batch summary as CSV and workbook.
        let reports = good.flatMap { [$0.replacingOccurrences(of: ".yaml", with: ".xml"), $0.replacingOccurrences(of: ".yaml", with: ".xlsx")] }
        #expect(written == (reports + ["summary.csv", "summary.xlsx"]).sorted())
    }
}
