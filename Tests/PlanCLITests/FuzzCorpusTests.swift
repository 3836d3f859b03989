import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionXML

/// Every input that ever crashed, hung or ended with exit 70 (Fuzz/corpus/, found by hand
/// from the classes in issues 20 and 22, or by Fuzz/fuzz.py) goes through the same steps as
/// `report`, in process: load, evaluate with 16 Monte Carlo draws, summary, XML report
/// validated against its schema, charts. Each must either be refused with a ``PlanError``
/// naming the file and a line or key (exit 65) or produce a valid report; a trap ends the
/// test process, a hang never finishes.
@Suite("Fuzz regression corpus")
struct FuzzCorpusTests {
    static let corpus = repositoryRoot.appendingPathComponent("Fuzz/corpus")

    static func files(_ folder: String, suffix: String) -> [String] {
        let path = corpus.appendingPathComponent(folder).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasSuffix(suffix) }.sorted()
    }

    /// The hand-made reproducers of each crash class: the error each must give now (code,
    /// line, part of the message), or nil when the plan is valid and must give a report.
    /// Before the fix each one trapped (signal 4), hung, or ended with exit 70 or 73.
    static let expected: [String: (code: PlanError.Code, line: Int, message: String)?] = [
        // Trapped: Double → UInt64 in the summary, Double → Int64 in chart labels (emissions
        // 10^17 people × 10^7 kg/person/day × 365 / 1000 ≈ 3.7 × 10^23 t > UInt64.max ≈ 1.8 × 10^19).
        // Trapped in the summary before issue 20; since issue 17 the value is outside the input's hard range.
        "waste-summary-uint64-overflow.yaml": (.invalidValue, 30, "is outside the possible range 0–10 kg/person/day"),
        // Trapped: arithmetic overflow on year keys (PlanLoader.swift:99, baseYear − Int.min).
        "waste-year-key-int-min.yaml": (.yearOutOfRange, 59, "is outside 1900–2200"),
        "waste-year-key-int-max.yaml": (.yearOutOfRange, 59, "is outside 1900–2200"),
        // Trapped: Double → Int of a history.last-year far in the future; a fraction of a year.
        "waste-last-year-1e300.yaml": (.invalidValue, 60, "larger than any plan quantity"),
        "waste-last-year-fraction.yaml": (.yearOutOfRange, 60, "must be a whole calendar year"),
        // Exit 73: a result overflowing to NaN (1e308 × …); inputs past 10^18; runaway growth.
        "power-huge-1e308.yaml": (.invalidValue, 25, "larger than any plan quantity"),
        "waste-population-1e300.yaml": (.invalidValue, 26, "larger than any plan quantity"),
        "transport-huge-growth.yaml": (.invalidValue, 27, "a growth rate is a fraction per year within -1…1"),
        "power-nan.yaml": (.invalidValue, 25, "expected a finite number"),
        // Hung: alias bombs (12 levels × 10 aliases = 10^12 nodes) as a key, nested under a key, as values.
        "waste-alias-bomb-key.yaml": (.invalidValue, 87, "more than 1000000 YAML nodes"),
        "waste-alias-bomb-nested-key.yaml": (.invalidValue, 87, "more than 1000000 YAML nodes"),
        "waste-alias-bomb-value.yaml": (.invalidValue, 87, "more than 1000000 YAML nodes"),
        "transport-alias-key-plain.yaml": (.wrongType, 115, "an alias (*k) cannot be used as a mapping key"),
        // Long lists and deep nesting (the tree builder recurses).
        "textile-long-list.yaml": (.invalidValue, 50, "a list has more than 100000 entries"),
        "power-deep-mapping.yaml": (.invalidValue, 134, "nested more than 64 levels deep"),
        "power-deep-nesting.yaml": (.malformedInput, 134, "nesting level"),
        // Exit 70 (the report failed its own schema) on bad input.
        "transport-title-control-char.yaml": (.invalidValue, 7, "control character U+0001"),
        "transport-title-escape-sequence.yaml": (.invalidValue, 7, "control character U+001B"),
        "waste-empty-reference.yaml": (.invalidValue, 78, "expected non-empty text"),
        "waste-space-in-target-id.yaml": (.invalidValue, 73, "contain no spaces, found 'cut 2035'"),
        "waste-price-year-1800.yaml": (.yearOutOfRange, 21, "year 1800 is outside 1900–2200"),
        "waste-horizon-2250.yaml": (.yearOutOfRange, 18, "year 2250 is outside 1900–2200"),
        "waste-currency-lowercase.yaml": (.invalidValue, 20, "three capital letters"),
        "waste-empty-source.yaml": nil,  // `source: ""` is YAML null: no source, a valid plan
        // Issue 22: YAML tags and non-integer years were accepted silently.
        "waste-tag-binary.yaml": (.malformedInput, 21, "YAML tag '!!binary' is not allowed"),
        "waste-tag-python.yaml": (.malformedInput, 19, "YAML tag '!!python/object/apply:os.system' is not allowed"),
        "waste-tag-custom.yaml": (.malformedInput, 19, "YAML tag '!custom' is not allowed"),
        "waste-base-year-fraction.yaml": (.wrongType, 16, "expected a whole number, found '2022.5'"),
        "waste-target-year-fraction.yaml": (.wrongType, 75, "expected a whole number, found '2035.5'"),
        "waste-value-year-fraction.yaml": (.wrongType, 59, "expected a whole year as key, found '2022.5'"),
    ]

    /// Hostile reports: the code and line each is refused with.
    static let expectedReports: [String: (code: ReportXMLError.Code, line: Int)] = [
        "attributes-10000.xml": (.tooLarge, 2),
        "deep-300.xml": (.tooLarge, 3),
        "long-attribute-100k.xml": (.tooLarge, 2),
        "billion-laughs.xml": (.doctypeRefused, 2),
        "truncated.xml": (.malformed, 1881),
    ]

    /// What a plan file gives: the error, or nil when it gave a valid report and charts.
    static func outcome(of name: String) throws -> PlanError? {
        let prefix = String(name.prefix { $0 != "-" })
        let sector = try #require(allSectors.first { $0.tool.hasPrefix(prefix) }, "corpus file \(name) names no sector")
        let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent("plans/\(name)")))
        let run: PlanRun
        do {
            let plan = try PlanRun.load(path: name, bytes: bytes, model: sector.model)
            run = try PlanRun.evaluate(plan, model: sector.model, draws: 16, seed: 1, threads: 1)
        } catch {
            // A refusal must say where: the file and at least a line or a key path.
            #expect(error.location.file == name, "\(name): \(error)")
            #expect(error.location.line != nil || !error.location.keyPath.isEmpty, "\(name): \(error)")
            return error
        }
        for language in Language.allCases {
            _ = Summary(result: run.result, language: language).render()
        }
        let folder = try temporaryFolder(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = ReportOutput.report(for: run)
        _ = try ReportWriter.write(report, to: folder, fileName: "report.xml")
        for language in Language.allCases {
            _ = try Charts.macc(report, language: language)
            _ = try Charts.wedge(report, language: language)
        }
        return nil
    }

    @Test("every plan in Fuzz/corpus/plans is refused with file:line:key or accepted with a valid report",
          arguments: files("plans", suffix: ".yaml"))
    func plan(name: String) throws {
        let error = try Self.outcome(of: name)
        guard let expectation = Self.expected[name] else { return }
        guard let expectation else {
            #expect(error == nil, "\(name) is a valid plan: \(error.map(String.init(describing:)) ?? "")")
            return
        }
        let found = try #require(error, "\(name) was accepted")
        #expect(found.code == expectation.code, "\(found)")
        #expect(found.location.line == expectation.line, "\(found)")
        #expect(found.message.contains(expectation.message), "\(found)")
    }

    @Test("every reproducer in the tables is in the corpus")
    func reproducersPresent() {
        let plans = Set(Self.files("plans", suffix: ".yaml"))
        for name in Self.expected.keys { #expect(plans.contains(name), "\(name) is missing") }
        let reports = Set(Self.files("reports", suffix: ".xml"))
        for name in Self.expectedReports.keys { #expect(reports.contains(name), "\(name) is missing") }
    }

    @Test("every report in Fuzz/corpus/reports is refused by the reader and by validate, with a line",
          arguments: files("reports", suffix: ".xml"))
    func report(name: String) throws {
        let url = Self.corpus.appendingPathComponent("reports/\(name)")
        var errors: [ReportXMLError] = []
        do { _ = try ReportReader.read(fileAt: url) } catch { errors.append(error) }
        do { try SchemaValidator().validate(fileAt: url) } catch { errors.append(error) }
        #expect(errors.count == 2, "\(name) was accepted")
        for error in errors {
            #expect(error.line != nil, "\(name): \(error)")
            if let expected = Self.expectedReports[name] {
                #expect(error.code == expected.code, "\(name): \(error)")
                #expect(error.line == expected.line, "\(name): \(error)")
            }
        }
    }
}
