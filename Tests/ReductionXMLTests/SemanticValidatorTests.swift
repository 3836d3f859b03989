import Foundation
import Testing
@testable import ReductionXML

/// `validate` beyond the schema: each rule on the hand-made sample report, whose numbers agree.
@Suite("Semantic validation")
struct SemanticValidatorTests {
    /// The hand-made sample report with its target and MACC widths made to agree with its
    /// series (the shared fixture states 935 t for the 2030 pathway and MACC widths 110 and 55,
    /// which its series do not say) and its peak restated.
    static var consistent: PlanReport {
        var report = SampleReport.report
        let series = report.pathway.emissions
        if let value = series.value(in: 2030), !report.pathway.targets.isEmpty {
            report.pathway.targets[0].pathway = ReportQuantity(value, "tCO2e")
            report.pathway.targets[0].gap = ReportQuantity(value - report.pathway.targets[0].allowed.value, "tCO2e")
        }
        // MACC widths: each measure's interacted abatement in 2030, starts chained from 0.
        var start = 0.0
        for index in report.macc.steps.indices {
            let id = report.macc.steps[index].measureID
            let width = report.measures.first { $0.id == id }?.interactedAbatement.value(in: 2030) ?? 0
            report.macc.steps[index].abatement = ReportQuantity(width, "tCO2e")
            report.macc.steps[index].cumulativeStart = ReportQuantity(start, "tCO2e")
            start += width
        }
        if let highest = series.points.max(by: { $0.value < $1.value }) {
            report.pathway.peak = PlanReport.Peak(year: highest.year, emissions: ReportQuantity(highest.value, "tCO2e"),
                                                  declinesAfter: false)
        }
        return report
    }

    static let sample = String(decoding: (try? ReportWriter.bytes(consistent)) ?? [], as: UTF8.self)

    func violations(_ text: String) throws -> [XMLDiagnostic] {
        try SemanticValidator.check(Array(text.utf8))
    }

    /// The lines (1-based) of every occurrence of `needle` in the sample report.
    func lines(of needle: String) -> [Int] {
        Self.sample.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.contains(needle) }.map { $0.offset + 1 }
    }

    @Test("the sample report is consistent: sources add up, the MACC widths chain, pathway = BAU − Σ abatement")
    func consistent() throws {
        // Inventory: 889.2 + 1.3104 = 890.5104 (the source total and the inventory total);
        // MACC: start 0, then 0 + the bus width; pathway(t) = baseline(t) − bus(t) − shift(t) by construction.
        #expect(try violations(Self.sample).isEmpty)
    }

    @Test("an inventory value multiplied by 10 breaks both the source total and the inventory total")
    func inventoryTampered() throws {
        // The diesel source's total becomes 8905.104 ≠ 889.2 + 1.3104, and the inventory
        // total 890.5104 ≠ 8905.104 (the sum of the one source total).
        let tampered = Self.sample.replacingOccurrences(of: "<total value=\"890.5104\" unit=\"tCO2e\"/>\n    </source>",
                                                        with: "<total value=\"8905.104\" unit=\"tCO2e\"/>\n    </source>")
        #expect(tampered != Self.sample)
        let found = try violations(tampered)
        #expect(found.map(\.line) == lines(of: "<total value=\"890.5104\""))
        #expect(found.first?.message == "source 'road.bus.diesel' total is 8905.104 but its parts add up to 890.5104")
    }

    @Test("a removed MACC step leaves the next cumulative start wrong")
    func maccStepRemoved() throws {
        let start = try #require(Self.sample.range(of: "<step ")), end = try #require(Self.sample.range(of: "</step>"))
        let tampered = Self.sample.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
        let found = try violations(tampered)
        // The remaining step starts at the bus step's width but, being first now, must start at 0.
        #expect(found.count == 1)
        let busWidth = Self.consistent.macc.steps[0].abatement.value
        #expect(found.first?.message.hasPrefix("cumulativeStart of step 'modal-shift' is \(busWidth), expected 0.0") == true)
    }

    @Test("a pathway value that is not BAU − Σ abatement is reported with its line")
    func pathwayTampered() throws {
        // 2025: baseline 1050; the sample's pathway value there is rewritten to 1.
        let value = try #require(SampleReport.report.pathway.emissions.value(in: 2025))
        let needle = "<value year=\"2025\">\(value)</value>"
        let emissions = try #require(Self.sample.range(of: "<emissions unit=\"tCO2e\">"))
        let at = try #require(Self.sample.range(of: needle, range: emissions.upperBound..<Self.sample.endIndex))
        let tampered = Self.sample.replacingCharacters(in: at, with: "<value year=\"2025\">1.0</value>")
        let found = try violations(tampered)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("pathway 2025 (baseline 1050.0 − Σ interacted abatement)") == true)
        #expect(found.first?.line == Self.sample[..<at.lowerBound].filter { $0 == "\n" }.count + 1)
    }

    @Test("the shared fixture's target and MACC widths disagree with its series, and validate says so; so does a lowered peak")
    func targetsAndPeaks() throws {
        let fixture = String(decoding: try ReportWriter.bytes(SampleReport.report), as: UTF8.self)
        let pathway2030 = try #require(SampleReport.report.pathway.emissions.value(in: 2030))
        let messages = try violations(fixture).map(\.message)
        // The target states 935 t for 2030; the pathway series says pathway2030.
        #expect(messages.contains("target 'cut-10' pathway 2030 (the pathway in 2030) is 935.0 but its parts add up to \(pathway2030)"))
        #expect(messages.contains { $0.hasPrefix("MACC width of 'bus-electrification' (its interacted abatement in 2030) is 110.0") })
        #expect(messages.count == 3)
        // A peak that is not the series' highest value is reported too.
        let lowered = SampleReport.report.pathway.peak.emissions.value
        let wrongPeak = try violations(Self.sample.replacingOccurrences(
            of: "<peak year=\"2024\" declinesAfter=\"false\" value=\"\(lowered)\"",
            with: "<peak year=\"2024\" declinesAfter=\"false\" value=\"\(lowered - 1)\"")).map(\.message)
        #expect(wrongPeak == ["peak (the highest value of its series) is \(lowered - 1) but its parts add up to \(lowered)"])
    }

    @Test("a year beyond the horizon and a wrong unit are reported")
    func yearsAndUnits() throws {
        let tampered = Self.sample.replacingOccurrences(of: "<years base=\"2020\" target=\"2030\" horizon=\"2030\"/>",
                                                        with: "<years base=\"2020\" target=\"2030\" horizon=\"2029\"/>")
            .replacingOccurrences(of: "<cumulativeStart value=\"0.0\" unit=\"tCO2e\"/>",
                                  with: "<cumulativeStart value=\"0.0\" unit=\"tCO2\"/>")
        let messages = try violations(tampered).map(\.message)
        #expect(messages.contains("<cumulativeStart> unit is \"tCO2\", expected \"tCO2e\""))
        let cost = try violations(Self.sample.replacingOccurrences(of: "<annualCost unit=\"CNY/a\">",
                                                                   with: "<annualCost unit=\"CNY\">")).map(\.message)
        #expect(cost == ["<annualCost> unit is \"CNY\", expected \"CNY/a\"", "<annualCost> unit is \"CNY\", expected \"CNY/a\""])
        #expect(messages.contains("year 2030 is outside the report's years 2020–2029"))
        #expect(messages.contains("MACC year 2030 is not the target year 2030") == false)
    }
}
