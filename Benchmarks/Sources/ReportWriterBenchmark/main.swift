// Writes a synthetic report of N measures × 41 yearly values (2020–2060) through
// ReductionXML's streaming writer to a file, the way the CLI does (temporary file, fsync,
// rename), and prints the wall time. C/writer_bench.c makes the same xmlTextWriter calls
// and writes byte-identical output, so the two can be compared with `cmp`.
//
//   swift run -c release ReportWriterBenchmark [measures] [output.xml] [--validate]
import Foundation
import ReductionXML

let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let count = arguments.first.flatMap(Int.init) ?? 20_000
let output = arguments.dropFirst().first ?? "/tmp/reductionplan-bench-swift.xml"
let validate = CommandLine.arguments.contains("--validate")
let years = Array(2020...2060)

func name(_ english: String, _ chinese: String) -> LocalizedName { LocalizedName(english: english, chinese: chinese) }
func series(_ unit: String, _ value: (Int) -> Double) -> YearSeries {
    YearSeries(unit: unit, points: years.map { YearSeries.Point(year: $0, value: value($0)) })
}

/// Measure `i` of the synthetic report; every number has a binary-exact fraction, so C's
/// `%.17g` and Swift's shortest round-trip print the same digits.
func measure(_ i: Int) -> PlanReport.Measure {
    PlanReport.Measure(
        id: "m\(i)", order: i + 1, status: "planned", instrument: "investment",
        name: name("Measure \(i)", "措施\(i)"),
        parameters: [PlanReport.Parameter(key: "share", name: name("Share", "占比"),
                                          value: Quantity(Double(i % 100) + 0.5, "1"), source: "合成数据 synthetic")],
        deployment: PlanReport.Deployment(start: 2025, end: 2030,
                                          share: series("1") { Double(($0 - 2020) % 4) * 0.25 + 0.125 }),
        costs: [PlanReport.Cost(kind: "capex", amount: Quantity(1000 * Double(i % 50) + 0.5, "CNY")),
                PlanReport.Cost(kind: "opex", amount: Quantity(Double(i % 7) + 0.75, "CNY/a"))],
        standaloneAbatement: series("tCO2e") { Double(i % 1000 + $0 - 2020) + 0.25 },
        interactedAbatement: series("tCO2e") { Double(i % 1000 + $0 - 2020) + 0.75 },
        costPerTonne: PlanReport.CostPerTonne(year: 2030, method: "annualised",
                                              value: Quantity(Double(i % 400) - 200.5, "CNY/tCO2e")),
        npv: Quantity(Double(i % 300) * 1000 + 0.5, "CNY"),
        breakEvenPrice: Quantity(Double(i % 400) - 100.25, "CNY/tCO2e"),
        coBenefits: [PlanReport.CoBenefit(pollutant: "NOx", year: 2030, amount: Quantity(Double(i % 10) + 0.125, "t"))],
        references: [])
}

var cumulative = 0.0
let steps = (0..<count).map { i -> PlanReport.MACC.Step in
    let abatement = Double(i % 1000 + 10) + 0.75
    cumulative += abatement
    return PlanReport.MACC.Step(measureID: "m\(i)", abatement: Quantity(abatement, "tCO2e"),
                                costPerTonne: Quantity(Double(i % 400) - 200.5, "CNY/tCO2e"),
                                cumulative: Quantity(cumulative + 0.125, "tCO2e"))
}

let report = PlanReport(
    header: PlanReport.Header(
        jurisdiction: PlanReport.Jurisdiction(name: name("Nanjing", "南京市"), divisionCode: "320100"),
        sector: NamedItem(id: "transport", name: name("Transport", "交通运输")),
        authority: name("Transport Bureau", "交通运输局"), preparer: "基准测试 benchmark",
        baseYear: 2020, targetYear: 2030, horizonYear: 2060,
        gwpSet: NamedItem(id: "AR5", name: name("IPCC AR5", "IPCC第五次评估报告")),
        currency: "CNY", priceYear: 2020, discountRates: [.init(view: "social", rate: 0.03125)],
        generator: .init(name: "benchmark", version: "1.0"),
        inputsSHA256: String(repeating: "0", count: 64), created: ReportTimestamp(secondsSinceEpoch: 1_700_000_000)),
    inventory: PlanReport.Inventory(year: 2020, sources: [], total: Quantity(1000.5, "tCO2e")),
    baseline: series("tCO2e") { Double($0) + 0.5 },
    measures: [],
    macc: PlanReport.MACC(year: 2030, steps: steps),
    pathway: PlanReport.Pathway(emissions: series("tCO2e") { Double($0) - 0.5 },
                                peak: PlanReport.Peak(year: 2025, emissions: Quantity(2024.5, "tCO2e"), declinesAfter: true),
                                targets: []),
    references: [])

let clock = ContinuousClock()
let elapsed = try clock.measure {
    try ReportWriter.write(report, measures: (0..<count).lazy.map(measure),
                           toFile: URL(fileURLWithPath: output), validate: validate)
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("swift: \(count) measures → \(output) in \(String(format: "%.3f", seconds)) s\(validate ? " (with validation)" : "")")
