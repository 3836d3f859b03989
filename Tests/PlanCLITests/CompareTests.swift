import Foundation
import Testing
@testable import PlanCLI
import ReductionPlanKit
import ReductionCore
import ReductionXML
import TransportSector

/// `compare`: a one-number change lists that input and the results it moved, and nothing else.
@Suite("compare")
struct CompareTests {
    static let model = TransportModel()
    static let example = String(decoding: TransportModel().data.example, as: UTF8.self)

    func side(_ text: String, _ name: String) throws -> PlanComparison.Side {
        try CompareCommand.side(name, bytes: Array(text.utf8), model: Self.model)
    }

    @Test("the example against itself: nothing differs")
    func identical() throws {
        let comparison = PlanComparison(try side(Self.example, "a.yaml"), try side(Self.example, "b.yaml"))
        #expect(comparison.inputs.isEmpty)
        #expect(comparison.results.isEmpty)
    }

    @Test("grid factor 2030 changed 0.45 → 0.46: that one input, and only results from 2025 on")
    func gridFactorChanged() throws {
        let changed = Self.example.replacingOccurrences(of: "{2024: 0.5306, 2030: 0.45,", with: "{2024: 0.5306, 2030: 0.46,")
        #expect(changed != Self.example)
        let comparison = PlanComparison(try side(Self.example, "a.yaml"), try side(changed, "b.yaml"))
        // Interpolated between 2024 (0.5306, unchanged) and 2030: 2025 is 0.5306 + (0.45 − 0.5306)/6
        // = 0.517166…, becoming 0.5306 + (0.46 − 0.5306)/6 = 0.518833…, so the first differing year is 2025.
        #expect(comparison.inputs.count == 1)
        let input = try #require(comparison.inputs.first)
        #expect(input.section == "input" && input.item == "electricity.grid-factor (from 2025)")
        #expect(abs((Double(input.a) ?? 0) - (0.5306 + (0.45 - 0.5306) / 6)) < 1e-9)
        #expect(abs((Double(input.b) ?? 0) - (0.5306 + (0.46 - 0.5306) / 6)) < 1e-9)
        // Results moved (BAU and pathway in 2030, electric measures), but not the 2024 inventory or BAU.
        #expect(comparison.results.contains { $0.section == "BAU" && $0.item == "2030" })
        #expect(comparison.results.contains { $0.section == "pathway" && $0.item == "2030" })
        #expect(!comparison.results.contains { $0.section == "inventory" })
        #expect(!comparison.results.contains { ($0.section == "BAU" || $0.section == "pathway") && $0.item == "2024" })
        // A report and its plan file are the same side: comparing the report with the changed plan gives the same rows.
        let plan = try PlanLoader.loadExample(for: Self.model)
        let report = ReportOutput.report(for: try PlanRun.evaluate(plan, model: Self.model), created: .init(secondsSinceEpoch: 0))
        let fromReport = PlanComparison(try side(String(decoding: try ReportWriter.bytes(report), as: UTF8.self), "a.xml"),
                                        try side(changed, "b.yaml"))
        #expect(fromReport.inputs == comparison.inputs)
        #expect(fromReport.results.map(\.item) == comparison.results.map(\.item))
    }
}
