import Foundation
import Testing
import ReductionCore
import ReductionPlanKit
import ReductionTestSupport
import ReductionXML

/// The library path without the command line: evaluate, write XML + JSON as one set, read back.
///
/// Toy example (``ToyModel``): demand 1000 GJ, fuel factor 1.0 tCO2/GJ, BAU 1000 t a year;
/// `a-demand` cuts demand 20 % and `b-factor` the fuel factor 30 % from 2021, so the pathway in
/// 2025 is 1000 × 0.8 × 0.7 = 560 t.
@Suite("JSON document and library output")
struct ReportJSONTests {
    let model = ToyModel()
    let created = ReportTimestamp(secondsSinceEpoch: 1_767_225_600)  // 2026-01-01T00:00:00Z

    func run() throws -> PlanRun { try PlanRun.evaluate(try PlanLoader.loadExample(for: model), model: model) }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kit-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("the JSON reads back to the same result, with schema reduction-plan-json/1.1")
    func roundTrip() throws {
        let run = try run()
        let document = try ReportJSON.decode(try ReportJSON.bytes(run, created: created))
        #expect(document.schema == "reduction-plan-json/1.1")
        #expect(document.created == "2026-01-01T00:00:00Z")
        #expect(document.generator.name == "ReductionPlan-toy")
        #expect(document.result == run.result)
        #expect(document.uncertainty == nil)
        // 1000 × 0.8 × 0.7 = 560 t in 2025.
        #expect(abs((document.result.pathway[2025] ?? 0) - 560) < 1e-9)
        #expect(document.result.plan.sources.file("plan")?.bytes == Array(ToyModel.defaultExample.utf8))
    }

    @Test("same inputs and created time give the same bytes; keys are sorted")
    func reproducible() throws {
        let first = try ReportJSON.bytes(try run(), created: created)
        let second = try ReportJSON.bytes(try run(), created: created)
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        // Top-level keys in sorted order: created, generator, result, schema.
        let positions = ["\"created\"", "\"generator\"", "\"result\"", "\"schema\""].compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == 4 && positions == positions.sorted())
        #expect(text.hasSuffix("}\n"))
    }

    @Test("a 1.0 document (before uncertainty.truncated) still reads, with no truncated parameters")
    func readsVersionOne() throws {
        let run = try PlanRun.evaluate(try PlanLoader.loadExample(for: model), model: model, draws: 40, seed: 3)
        let bytes = try ReportJSON.bytes(run, created: created)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        var uncertainty = try #require(object["uncertainty"] as? [String: Any])
        #expect(uncertainty["truncated"] != nil)
        uncertainty["truncated"] = nil
        object["uncertainty"] = uncertainty
        object["schema"] = "reduction-plan-json/1.0"
        let old = try JSONSerialization.data(withJSONObject: object)
        let document = try ReportJSON.decode(Array(old))
        #expect(document.uncertainty?.truncated == [])
        #expect(document.uncertainty?.draws == 40)
        #expect(document.uncertainty?.measures == run.uncertainty?.measures)
    }

    @Test("a document of another major version is refused")
    func unknownSchema() throws {
        let bytes = Array(#"{"schema": "reduction-plan-json/2.0"}"#.utf8)
        #expect(throws: ReportJSON.DecodingFailure.self) { try ReportJSON.decode(bytes) }
    }

    @Test("ReportOutput.write puts the XML and the JSON in place together; both read back")
    func writeXMLAndJSON() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try run()
        let files = try ReportOutput.write(run, to: url.path, baseName: "toy", outputs: ReportOutputs(charts: false, json: true),
                                           created: created)
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["toy.xml", "toy.json"])
        let report = try ReportReader.read(fileAt: url.appendingPathComponent("toy.xml"))
        let xmlPathway = try #require(report.pathway.emissions.value(in: 2025))
        #expect(abs(xmlPathway - 560) < 1e-6)
        let json = try ReportJSON.decode(Array(try Data(contentsOf: url.appendingPathComponent("toy.json"))))
        #expect(json.result.pathway == run.result.pathway)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() == ["toy.json", "toy.xml"])
    }

    @Test("an unusable folder is a cannot-write error naming it, and nothing is written")
    func unusableFolder() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let blocker = url.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let run = try run()
        do throws(ReportOutputError) {
            _ = try ReportOutput.write(run, to: blocker.appendingPathComponent("out").path,
                                       outputs: ReportOutputs(charts: false, json: true), created: created)
            Issue.record("wrote into a path under a regular file")
        } catch {
            #expect(error.kind == .cannotWrite)
            #expect(error.localizedDescription.contains("not-a-folder/out: cannot use the output folder"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path) == ["not-a-folder"])
    }
}
