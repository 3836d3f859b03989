import Foundation
import ReductionCity
import ReductionCore
import ReductionXML
import Testing

/// The city output set (report, charts, sector reports written as one set), `verify` and the
/// process-isolated `batch`.
@Suite struct CityOutputTests {
    static func folder(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let sectorIDs = ["power", "textile", "transport", "waste"]

    /// Replaces the first `old` in the file at `path` with `new`; returns the text before.
    static func edit(_ path: String, replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: old))
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return text
    }

    @Test func reportWritesTheCityReportChartsAndEverySectorReportAsOneSet() throws {
        let folder = try Self.folder("city-set")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var out = "", err = ""
        #expect(CityTool.execute(["report", "-o", "\(folder)/city.xml"], output: &out, errors: &err) == .success)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == (["city-macc.svg", "city-wedge.svg", "city.xml"] + Self.sectorIDs.map { "city.\($0).xml" }).sorted())
        // The city report names each sector report file beside the SHA-256 of its inputs.
        let city = try String(contentsOfFile: "\(folder)/city.xml", encoding: .utf8)
        for id in Self.sectorIDs { #expect(city.contains("<sectorReport sector=\"\(id)\" file=\"city.\(id).xml\" inputsSHA256=\"")) }
        // Each sector report is a valid sector report of its own sector (ReportReader validates
        // against reduction-plan-1.2.xsd).
        for id in Self.sectorIDs {
            let report = try ReportReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/city.\(id).xml"))))
            #expect(report.header.sector.id == id)
        }
        // Same inputs → same bytes (the city report has no timestamp; the sector reports' creation
        // time is SOURCE_DATE_EPOCH's when set). Chinese charts carry the language suffix.
        let first = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/city.xml"))
        #expect(CityTool.execute(["report", "-o", "\(folder)/city.xml", "--language", "zh-Hans"], output: &out, errors: &err) == .success)
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/city.xml")) == first)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/city-wedge.zh-Hans.svg"))
    }

    @Test func aFileThatCannotBeWrittenLeavesNoPartOfTheSet() throws {
        let folder = try Self.folder("city-atomic")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A folder where the city report must go: the set's first rename fails after every file
        // (charts, sector reports) was staged, so none of them is put in place and no temporary
        // file is left (AtomicFiles.commit; a later failed rename is completed by the next write).
        try FileManager.default.createDirectory(atPath: "\(folder)/city.xml/x", withIntermediateDirectories: true)
        var out = "", err = ""
        #expect(CityTool.execute(["report", "-o", "\(folder)/city.xml"], output: &out, errors: &err) == .cannotWrite)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["city.xml"])
        #expect(err.contains("cannot write"))
    }

    @Test func verifyFindsEveryChangedValueInTheCityAndSectorReports() throws {
        let folder = try Self.folder("city-verify")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var out = "", err = ""
        #expect(CityTool.execute(["report", "-o", "\(folder)/city.xml"], output: &out, errors: &err) == .success)
        out = ""
        #expect(CityTool.execute(["verify", "\(folder)/city.xml"], output: &out, errors: &err) == .success)
        #expect(out.contains("city.xml: identical") && out.contains("city.power.xml: identical"))
        // Change one city figure: the first grid factor. verify names the line and the node.
        let path = "\(folder)/city.xml"
        let text = try Self.edit(path, replacing: "gridFactor=\"0.", with: "gridFactor=\"1.")
        err = ""
        #expect(CityTool.execute(["verify", path], output: &out, errors: &err) == .badInput)
        #expect(err.contains("/cityPlan/coupling") && err.contains("1 value differs"))
        // A changed sector report is found too (the city report put back as written).
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try Self.edit("\(folder)/city.waste.xml", replacing: "<jurisdiction divisionCode=\"", with: "<jurisdiction divisionCode=\"X")
        err = ""
        #expect(CityTool.execute(["verify", path], output: &out, errors: &err) == .badInput)
        #expect(err.contains("city.waste.xml:") && err.contains("divisionCode"))
        // A city report of another city file does not verify against the example.
        let bad = "\(folder)/bad.xml"
        try "<cityPlan/>".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(CityTool.execute(["verify", bad], output: &out, errors: &err) == .badInput)
    }

    /// The built `city-plan` beside the test runner.
    static var tool: String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let path = folder.appendingPathComponent("city-plan").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Runs `city-plan batch` with `arguments`; returns its exit status and summary.csv rows by file.
    static func batch(_ tool: String, _ arguments: [String], output: String) throws -> (Int32, [String: String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["batch"] + arguments + ["-o", output]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let csv = try String(contentsOfFile: "\(output)/summary.csv", encoding: .utf8)
        return (process.terminationStatus, Dictionary(uniqueKeysWithValues: csv.split(separator: "\n").dropFirst().map { line in
            (String(line.prefix { $0 != "," }), String(line))
        }))
    }

    /// Cities that are good, bad, trap and hang. Before the workers, a trap in one city ended the
    /// whole batch (no summary, later cities never ran), and a hang never returned.
    @Test func batchIsolatesEachCityAndGivesItsExitCode() throws {
        let tool = try #require(Self.tool, "the city-plan executable is built next to the tests")
        let folder = try Self.folder("city-batch")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plans = "\(folder)/cities", slow = "\(folder)/slow"
        try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: slow, withIntermediateDirectories: true)
        for name in ["good.yaml", "trap.yaml"] {
            try CityPlanLoader.example.write(toFile: "\(plans)/\(name)", atomically: true, encoding: .utf8)
        }
        try "city: {}\n".write(toFile: "\(plans)/bad.yaml", atomically: true, encoding: .utf8)
        let (status, rows) = try Self.batch(tool, [plans, "--debug-fault", "trap.yaml=trap"], output: "\(folder)/out")
        #expect(status == 65)
        #expect(rows.keys.sorted() == ["bad.yaml", "good.yaml", "trap.yaml"])
        #expect(rows["good.yaml"]?.hasPrefix("good.yaml,ok,0,") == true)
        #expect(rows["bad.yaml"]?.hasPrefix("bad.yaml,failed,65,") == true)
        #expect(rows["trap.yaml"]?.contains("failed,70,") == true && rows["trap.yaml"]?.contains("crashed") == true)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/out/good.city.xml"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/out/good.city.power.xml"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out/trap.city.xml"))
        // A city that hangs is stopped at the time limit (its own batch: the limit is short).
        try CityPlanLoader.example.write(toFile: "\(slow)/hang.yaml", atomically: true, encoding: .utf8)
        let (hangStatus, hangRows) = try Self.batch(tool, [slow, "--time-limit", "2", "--debug-fault", "hang.yaml=hang"],
                                                    output: "\(folder)/slow-out")
        #expect(hangStatus == 65)
        #expect(hangRows["hang.yaml"]?.contains("failed,70,") == true && hangRows["hang.yaml"]?.contains("time limit of 2 s") == true)
    }
}
