// Writes a synthetic report of N measures × 41 yearly values (2020–2060) through
// ReductionXML's streaming writer to a file, the way the CLI does (temporary file, fsync,
// rename), and prints the wall time. C/writer_bench.c makes the same xmlTextWriter calls
// and writes byte-identical output, so the two can be compared with `cmp`.
//
//   swift run -c release ReportWriterBenchmark [measures] [output.xml] [--validate] [--read]
//
// With --read it then reads the file back with ReportReader (hardened parse, schema
// validation, decoding) and checks that the measures match.
import Foundation
import ReductionCore
import ReductionXML

let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let count = arguments.first.flatMap(Int.init) ?? 20_000
let output = arguments.dropFirst().first ?? "/tmp/reductionplan-bench-swift.xml"
let validate = CommandLine.arguments.contains("--validate")
let readBack = CommandLine.arguments.contains("--read")
let years = Array(2020...2060)

func series(_ unit: String, _ value: (Int) -> Double) -> ReportSeries {
    ReportSeries(unit: unit, points: years.map { ReportSeries.Point(year: $0, value: value($0)) })
}

/// Measure `i` of the synthetic report: four yearly series (penetration, standalone and
/// interacted abatement, annual cost). Every number has a binary-exact fraction, so C's
/// `%.17g` and Swift's shortest round-trip print the same digits.
func measure(_ i: Int) -> PlanReport.Measure {
    PlanReport.Measure(
        id: "m\(i)", order: i + 1, inPathway: true, status: "planned", instrument: "investment",
        name: LocalizedName("Measure \(i)", "措施\(i)"),
        changes: [PlanReport.Change(kind: "scale", key: "demand", parameters: [
            PlanReport.Parameter(name: "by", estimate: ReportEstimate(-Double(i % 100) - 0.5, "1", source: "合成数据 synthetic")),
        ])],
        deployment: PlanReport.Deployment(start: 2025, rampYears: 5, maxPenetration: ReportEstimate(0.875, "1"),
                                          penetration: series("1") { Double(($0 - 2020) % 4) * 0.25 + 0.125 }),
        lifetime: ReportEstimate(15.5, "a"),
        capex: ReportEstimate(1000 * Double(i % 50) + 0.5, "CNY"),
        opex: ReportEstimate(Double(i % 7) + 0.75, "CNY/a"),
        standaloneAbatement: series("tCO2e") { Double(i % 1000 + $0 - 2020) + 0.25 },
        interactedAbatement: series("tCO2e") { Double(i % 1000 + $0 - 2020) + 0.75 },
        annualCost: series("CNY/a") { Double(i % 500 + $0) + 0.5 },
        costsPerTonne: [PlanReport.CostPerTonne(basis: "interacted", method: "annualised", year: 2030,
                                                value: ReportQuantity(Double(i % 400) - 200.5, "CNY/tCO2e"))],
        netPresentCost: ReportQuantity(Double(i % 300) * 1000 + 0.5, "CNY"),
        breakEvenPrice: ReportQuantity(Double(i % 400) - 100.25, "CNY/tCO2e"), simplePayback: nil,
        coBenefits: [PlanReport.CoBenefit(pollutant: "NOx", name: LocalizedName("Nitrogen oxides", "氮氧化物"),
                                          year: 2030, amount: ReportQuantity(Double(i % 10) + 0.125, "t"))],
        references: [])
}

var cumulative = 0.125
let steps = (0..<count).map { i -> PlanReport.MACC.Step in
    let abatement = Double(i % 1000 + 10) + 0.75
    defer { cumulative += abatement }
    return PlanReport.MACC.Step(measureID: "m\(i)", abatement: ReportQuantity(abatement, "tCO2e"),
                                costPerTonne: ReportQuantity(Double(i % 400) - 200.5, "CNY/tCO2e"),
                                cumulativeStart: ReportQuantity(cumulative, "tCO2e"))
}
let peak = PlanReport.Peak(year: 2025, emissions: ReportQuantity(2024.5, "tCO2e"), declinesAfter: true)

let report = PlanReport(
    header: PlanReport.Header(
        title: LocalizedName("Benchmark plan", "基准测试方案"),
        jurisdiction: PlanReport.Jurisdiction(name: LocalizedName("Nanjing", "南京市"), divisionCode: "320100"),
        sector: PlanReport.NamedItem(id: "transport", name: LocalizedName("Transport", "交通运输")),
        authority: LocalizedName("Transport Bureau", "交通运输局"),
        baseYear: 2020, targetYear: 2030, horizonYear: 2060, gwpSet: "AR5", gwpCitation: "IPCC AR5 WG1 (2013) Table 8.7",
        factorSet: "default", currency: "CNY", priceYear: 2020, discountRates: [.init(view: "social", rate: 0.03125)],
        generator: .init(name: "benchmark", version: "1.0"),
        inputsSHA256: String(repeating: "0", count: 64), created: ReportTimestamp(secondsSinceEpoch: 1_700_000_000)),
    inventory: PlanReport.Inventory(year: 2020, sources: [], total: ReportQuantity(1000.5, "tCO2e")),
    baseline: series("tCO2e") { Double($0) + 0.5 },
    measures: [],
    macc: PlanReport.MACC(year: 2030, steps: steps),
    pathway: PlanReport.Pathway(emissions: series("tCO2e") { Double($0) - 0.5 }, bauPeak: peak, peak: peak, targets: []))

let clock = ContinuousClock()
let elapsed = try clock.measure {
    try ReportWriter.write(report, measures: (0..<count).lazy.map(measure),
                           toFile: URL(fileURLWithPath: output), validate: validate)
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("swift: \(count) measures → \(output) in \(String(format: "%.3f", seconds)) s\(validate ? " (with validation)" : "")")

if readBack {
    var read: PlanReport?
    let readTime = try clock.measure { read = try ReportReader.read(fileAt: URL(fileURLWithPath: output)) }
    let readSeconds = Double(readTime.components.seconds) + Double(readTime.components.attoseconds) / 1e18
    let matches = read?.measures.count == count && read?.measures.last == measure(count - 1)
    print("read back in \(String(format: "%.3f", readSeconds)) s; measures match: \(matches)")
}
