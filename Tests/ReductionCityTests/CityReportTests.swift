import Foundation
import ReductionCity
import ReductionCore
import ReductionXML
import Testing

/// The city XML report, its schema and the `city-plan` commands.
@Suite struct CityReportTests {
    @Test("the embedded city schema is byte-identical to Reports/schema/city-plan-1.1.xsd")
    func embeddedSchemaMatchesOfficialFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let official = try Data(contentsOf: root.appendingPathComponent("Reports/schema/\(CityReportXML.schemaFileName)"))
        #expect(Array(official) == CityReportXML.schema)
    }

    @Test func exampleReportValidatesAndHoldsTheCoupling() throws {
        let plan = try CityPlanLoader.loadExample()
        let result = try plan.evaluate()
        let bytes = try CityReportXML.encode(plan.report(result))
        try CityReportXML.validate(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<run scenario=\"bau\" iterations=\"\(result.bau.iterations)\""))
        #expect(text.contains("<sectorReport sector=\"power\" inputsSHA256=\"\(plan.model.power.result.plan.inputDigest)\""))
        // The validator can fail: a document missing the required coupling is refused.
        let broken = text.replacingOccurrences(of: "<coupling ", with: "<couplingX ")
            .replacingOccurrences(of: "</coupling>", with: "</couplingX>")
        #expect(throws: ReportXMLError.self) { try CityReportXML.validate(Array(broken.utf8)) }
    }

    @Test func commandsReportTemplateValidateAndBadInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("city-plan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var out = "", err = ""
        #expect(CityTool.execute(["template"], output: &out, errors: &err) == .success)
        try out.write(toFile: "\(folder)/a.yaml", atomically: true, encoding: .utf8)
        out = ""
        #expect(CityTool.execute(["report", "\(folder)/a.yaml", "-o", "\(folder)/a.xml"], output: &out, errors: &err) == .success)
        #expect(CityTool.execute(["validate", "\(folder)/a.xml"], output: &out, errors: &err) == .success)
        // Bad input: an unknown sector names the file, line and key; exit 65.
        try "city:\n  jurisdiction: {name: {en: X, zh-Hans: X}, code: \"1\"}\n  baseYear: 2024\n  horizon: 2035\nsectors:\n  farms: f.yaml\n"
            .write(toFile: "\(folder)/bad.yaml", atomically: true, encoding: .utf8)
        err = ""
        #expect(CityTool.execute(["validate", "\(folder)/bad.yaml"], output: &out, errors: &err) == .badInput)
        #expect(err.contains("bad.yaml:6") && err.contains("sectors.farms"))
        // Batch over the folder: a.yaml is written, bad.yaml fails → 65, one of two written.
        out = ""
        #expect(CityTool.execute(["batch", folder], output: &out, errors: &err) == .badInput)
        #expect(out.contains("1 of 2 cities written"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/a.city.xml"))
    }

    @Test func sectorPathsResolveRelativeToTheCityFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("city-rel-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(folder)/plans", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ToyPowerPlanText.missing.write(toFile: "\(folder)/plans/power.yaml", atomically: true, encoding: .utf8)
        let city = "city:\n  jurisdiction: {name: {en: X, zh-Hans: X}, code: \"1\"}\n  baseYear: 2024\n  horizon: 2035\nsectors:\n  power: plans/power.yaml\n"
        try city.write(toFile: "\(folder)/city.yaml", atomically: true, encoding: .utf8)
        // The path is resolved beside city.yaml: the error names plans/power.yaml (a broken plan), not a missing file.
        #expect {
            _ = try CityPlanLoader.load(path: "\(folder)/city.yaml")
        } throws: { error in
            (error as? PlanError)?.location.file == "\(folder)/plans/power.yaml"
        }
    }
}

/// A power plan with a YAML error on line 2.
enum ToyPowerPlanText {
    static let missing = "plan:\n  sector: [power\n"
}
