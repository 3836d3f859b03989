// Uses only the libraries' public API (no @testable, no ArgumentParser).
import Foundation
import ReductionCore
import ReductionPlanKit
import ReductionXML
import TransportSector

/// Prints `message` to standard error and exits with 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("external-check: FAILED: \(message)\n".utf8))
    exit(1)
}

let model = TransportModel()
let plan: Plan
do { plan = try PlanLoader.loadExample(for: model) } catch { fail("the example does not load: \(error)") }
guard let index = plan.measureIndex(id: "bus-battery-electric") else { fail("no measure bus-battery-electric") }

// 1. An edit into an invalid state: 60 meant as 60 %, and a negative lifetime.
var invalid = plan
invalid.measures[index].deployment.maxPenetration = Estimate(60)
invalid.measures[index].lifetime = Estimate(-3)
let problems = invalid.validate(against: model)
guard problems.map(\.location.keyPath) == ["measures[bus-battery-electric].lifetime", "measures[bus-battery-electric].deployment.max"]
else { fail("expected the lifetime and maximum penetration problems, got \(problems)") }
do {
    _ = try PlanRun.evaluate(invalid, model: model)
    fail("the invalid plan was evaluated")
} catch {
    guard error.code == .invalidPlan, error.problems.count == 2 else { fail("unexpected error \(error)") }
    print("invalid edit refused: \(error.localizedDescription.split(separator: "\n").first ?? "")")
}

// 2. A valid edit: 60 % written as 0.6.
var edited = plan
edited.measures[index].deployment.maxPenetration = Estimate(0.6)
let run: PlanRun
do { run = try PlanRun.evaluate(edited, model: model) } catch { fail("the valid edit was refused: \(error)") }
let target = edited.header.targetYear
guard let pathway = run.result.pathway[target] else { fail("no pathway value in \(target)") }
guard run.result.pathway[2300] == nil else { fail("pathway[2300] should be nil") }

// 3. The XML report and the JSON document, written as one set.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("external-check-\(getpid())")
defer { try? FileManager.default.removeItem(at: folder) }
let files: [String]
do {
    files = try ReportOutput.write(run, to: folder.path, baseName: "edited",
                                   outputs: ReportOutputs(charts: false, json: true),
                                   created: ReportTimestamp(secondsSinceEpoch: 0))
} catch { fail("cannot write: \(error.localizedDescription)") }
guard files.map({ ($0 as NSString).lastPathComponent }) == ["edited.xml", "edited.json"] else { fail("wrote \(files)") }

// 4. Read both back: the XML's pathway and the JSON's equal the evaluated figure.
do {
    let report = try ReportReader.read(fileAt: folder.appendingPathComponent("edited.xml"))
    guard let value = report.pathway.emissions.value(in: target) else { fail("the XML has no \(target) pathway value") }
    // The XML writes 12 significant digits.
    guard abs(value - pathway) <= abs(pathway) * 1e-11 else { fail("XML pathway \(value) ≠ \(pathway)") }
    let json = try ReportJSON.decode(Array(try Data(contentsOf: folder.appendingPathComponent("edited.json"))))
    guard json.schema == ReportJSON.schema, json.result.pathway[target] == pathway else { fail("JSON pathway differs") }
    print("valid edit evaluated and written: pathway \(target) = \(pathway) tCO2e; XML and JSON read back")
} catch {
    fail("cannot read the report back: \(error)")
}
