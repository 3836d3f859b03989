import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
@testable import ReductionXML
import TransportSector

/// Issue 19's tampering cases: `verify` recomputes the report from the inputs it carries and
/// lists what differs; `validate` catches the ones that break the report's own arithmetic.
@Suite("verify and validate catch tampering")
struct VerifyCommandTests {
    static let model = TransportModel()
    static let created = ReportTimestamp(secondsSinceEpoch: 1_767_225_600)

    /// The transport example's report as the tool writes it.
    static let report: String = {
        guard let plan = try? PlanLoader.loadExample(for: model), let run = try? PlanRun.evaluate(plan, model: model),
              let bytes = try? ReportWriter.bytes(ReportOutput.report(for: run, created: created)) else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }()

    func verify(_ text: String) -> (lines: [String], errors: [String], status: PlanCLI.ExitStatus) {
        VerifyCommand.outcome(Array(text.utf8), file: "r.xml", certificate: nil, model: Self.model)
    }

    func validate(_ text: String) throws -> (lines: [String], errors: [String], status: PlanCLI.ExitStatus) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("r.xml")
        try Data(text.utf8).write(to: file)
        return ValidateCommand.outcome(fileAt: file.path)
    }

    /// The first `<total value="…">` (the first source's total), multiplied by 10.
    static func inventoryTimesTen(_ text: String) throws -> (String, old: String, new: String) {
        let start = try #require(text.range(of: "<total value=\"")).upperBound
        let end = try #require(text[start...].firstIndex(of: "\""))
        let old = String(text[start..<end]), value = try #require(Double(old))
        let new = String(value * 10)
        return (text.replacingCharacters(in: start..<end, with: new), old, new)
    }

    @Test("the untouched report is identical to its recomputation and consistent: exit 0")
    func untouched() throws {
        #expect(!Self.report.isEmpty)
        let outcome = verify(Self.report)
        #expect(outcome.status == .success)
        #expect(outcome.lines == ["r.xml: identical to its recomputation from the carried inputs (12 significant digits)"])
        #expect(try validate(Self.report).status == .success)
    }

    @Test("one inventory value × 10: verify lists exactly that value; validate finds both broken sums")
    func inventoryChanged() throws {
        let (tampered, old, new) = try Self.inventoryTimesTen(Self.report)
        let outcome = verify(tampered)
        #expect(outcome.status == .badInput)
        #expect(outcome.errors.count == 2)
        #expect(outcome.errors.first?.hasSuffix("/report/inventory/source[@id='road.bus']/total/@value: reported \(new), recomputed \(old)") == true)
        #expect(outcome.errors.last == "r.xml: 1 value differs from the recomputation (12 significant digits)")
        let validation = try validate(tampered)
        #expect(validation.status == .badInput)
        // The source total and the inventory total no longer equal the sums of their parts.
        #expect(validation.errors.filter { $0.contains("but its parts add up to") }.count == 2)
    }

    @Test("one MACC step removed: verify lists the missing step; validate finds the broken cumulative start")
    func maccStepRemoved() throws {
        let macc = try #require(Self.report.range(of: "<macc "))
        let start = try #require(Self.report.range(of: "<step ", range: macc.upperBound..<Self.report.endIndex))
        let end = try #require(Self.report.range(of: "</step>", range: start.upperBound..<Self.report.endIndex))
        let measure = Self.report[start.upperBound...].split(separator: "\"")[1]
        let tampered = Self.report.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
        let outcome = verify(tampered)
        #expect(outcome.status == .badInput)
        #expect(outcome.errors.first?.hasSuffix("/report/macc/step[@measure='\(measure)']: reported (absent), recomputed present") == true)
        #expect(outcome.errors.count == 2)
        let validation = try validate(tampered)
        #expect(validation.status == .badInput)
        #expect(validation.errors.first?.contains("cumulativeStart of step") == true)
    }

    @Test("one byte of the carried plan changed: the plan's sha256 no longer matches, nor do the results")
    func inputByteChanged() throws {
        let file = try #require(Self.report.range(of: "<file role=\"plan\""))
        let open = try #require(Self.report[file.upperBound...].firstIndex(of: ">"))
        let close = try #require(Self.report.range(of: "</file>", range: open..<Self.report.endIndex))
        let encoded = String(Self.report[Self.report.index(after: open)..<close.lowerBound])
        var plan = try #require(Data(base64Encoded: encoded, options: .ignoreUnknownCharacters))
        // `electricity.grid-factor` 2030: 0.45 → 0.95 (one byte, '4' → '9').
        let needle = Data("{2024: 0.5306, 2030: 0.45".utf8)
        let at = try #require(plan.range(of: needle))
        plan[at.lowerBound + 23] = UInt8(ascii: "9")
        let tampered = Self.report.replacingCharacters(in: Self.report.index(after: open)..<close.lowerBound,
                                                       with: ReportEncoder.base64Lines([UInt8](plan)))
        let outcome = verify(tampered)
        #expect(outcome.status == .badInput)
        #expect(outcome.errors.contains { $0.contains("/report/resolvedInputs/file[@role='plan']/@sha256: reported ") })
        #expect(outcome.errors.contains { $0.contains("/report/header/inputs/@sha256") })
        #expect(outcome.errors.contains { $0.contains("/report/pathway/emissions/value[@year='2030']/text()") })
        // The arithmetic inside the report is untouched, so validate still passes.
        #expect(try validate(tampered).status == .success)
    }

    @Test("a report without resolved inputs cannot be verified: exit 65 with the reason")
    func noResolvedInputs() throws {
        let plan = try PlanLoader.loadExample(for: Self.model)
        let run = try PlanRun.evaluate(plan, model: Self.model)
        let bare = PlanReport(result: run.result, generator: .init(name: "x", version: "1"), created: Self.created)
        let outcome = verify(String(decoding: try ReportWriter.bytes(bare), as: UTF8.self))
        #expect(outcome.status == .badInput)
        #expect(outcome.errors.first?.contains("carries no <resolvedInputs>") == true)
    }

    @Test("the carried plan is named without its folders, so the same file gives the same report anywhere")
    func planNameWithoutFolders() throws {
        let bytes = Self.model.data.example
        let here = try PlanLoader.load(bytes: bytes, file: "/tmp/a/city.yaml", model: Self.model)
        let there = try PlanLoader.load(bytes: bytes, file: "plans/city.yaml", model: Self.model)
        #expect(here.sources.file("plan")?.name == "city.yaml")
        #expect(here.sources == there.sources)
        #expect(here.sources.file("catalogue")?.bytes == Self.model.data.measures)
        #expect(here.sources.file("factors")?.bytes == Self.model.data.factors)
    }

    @Test("a report made with --catalogue carries that file under its name and verifies")
    func catalogueOverride() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("my-measures.yaml")
        try Data(Self.model.data.measures + Array("\n# local copy\n".utf8)).write(to: file)
        let options = try CommonOptions.parse(["--catalogue", file.path])
        let model = try options.model(SectorContext(model: Self.model, commandName: "transport-plan"))
        let plan = options.namingCatalogue(try PlanLoader.loadExample(for: model))
        #expect(plan.sources.file("catalogue")?.name == "my-measures.yaml")
        let bytes = try ReportWriter.bytes(ReportOutput.report(for: try PlanRun.evaluate(plan, model: model), created: Self.created))
        let outcome = VerifyCommand.outcome(bytes, file: "r.xml", certificate: nil, model: Self.model)
        #expect(outcome.status == .success)
    }

    @Test("report --help says how to get identical bytes; --created fixes them")
    func reproducibilityDocumented() throws {
        let help = ReportCommand.helpMessage(columns: 200)
        #expect(help.contains("SOURCE_DATE_EPOCH"))
        #expect(help.contains("--created"))
        let command = try ReportCommand.parse(["--created", "2026-01-01T00:00:00Z"])
        #expect(command.created == "2026-01-01T00:00:00Z")
        #expect(throws: (any Error).self) { try ReportCommand.parse(["--created", "yesterday"]) }
    }
}

/// `verify --cert`: the fourth tampering case, one byte changed after signing.
@Suite("verify --cert", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "needs openssl"))
struct VerifySignedTests {
    @Test("a signed report verifies with its certificate; one changed byte fails the signature: exit 65")
    func signedReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
                             "-days", "1", "-subj", "/CN=test"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let key = [UInt8](try Data(contentsOf: folder.appendingPathComponent("key.pem")))
        let certificate = [UInt8](try Data(contentsOf: folder.appendingPathComponent("cert.pem")))
        let signed = try ReportSignature.sign(Array(VerifyCommandTests.report.utf8), keyPEM: key, certificatePEM: certificate)
        let good = VerifyCommand.outcome(signed, file: "s.xml", certificate: certificate, model: VerifyCommandTests.model)
        #expect(good.status == .success)
        #expect(good.lines.count == 2)
        // Without --cert the recomputation still passes, with a note that the signature was not checked.
        let unchecked = VerifyCommand.outcome(signed, file: "s.xml", certificate: nil, model: VerifyCommandTests.model)
        #expect(unchecked.status == .success)
        #expect(unchecked.lines.first == "s.xml: the report is signed; pass --cert CERT.pem to check the signature")
        // The first inventory total × 10, after signing.
        let (tampered, _, _) = try VerifyCommandTests.inventoryTimesTen(String(decoding: signed, as: UTF8.self))
        let bad = VerifyCommand.outcome(Array(tampered.utf8), file: "s.xml", certificate: certificate,
                                        model: VerifyCommandTests.model)
        #expect(bad.status == .badInput)
        #expect(bad.errors.first?.hasPrefix("s.xml: signature: the signature does not match the report") == true)
    }
}
