public import ReductionCore
public import ReductionXML
import Foundation

/// What changed between two drafts: the inputs key by key, and the results at milestone years.
///
/// Each side is a report (its results as filed; its inputs from the plan it carries) or a
/// plan file (evaluated here). Only rows whose values differ are listed, so a one-number
/// change shows that input and the results it moved, and nothing else. The core computed
/// every figure; this only lines them up.
public struct PlanComparison: Sendable {
    /// One changed value.
    public struct Row: Sendable, Hashable {
        /// `input`, `header`, `price`, `measures`, `inventory`, `BAU`, `pathway`, `measure`, `target`, `peak`.
        public var section: String
        /// The key, year or measure concerned.
        public var item: String
        /// The value in A (`—` when absent).
        public var a: String
        /// The value in B (`—` when absent).
        public var b: String
    }

    /// One side: the plan (nil when a report carries none) and the report values.
    public struct Side: Sendable {
        /// The plan the side was computed from, when known.
        public var plan: Plan?
        /// The results.
        public var report: PlanReport
        /// Creates one side from its plan (nil when the report is all there is) and its report.
        public init(plan: Plan?, report: PlanReport) {
            self.plan = plan
            self.report = report
        }
    }

    /// Changed inputs (header conventions, input keys, energy prices, measure selection).
    public var inputs: [Row] = []
    /// Changed results (inventory, BAU and pathway at milestone years, measures, targets, peak).
    public var results: [Row] = []

    /// Compares `a` with `b`.
    public init(_ a: Side, _ b: Side) {
        if let planA = a.plan, let planB = b.plan { compareInputs(planA, planB) }
        compareResults(a.report, b.report)
    }

    /// Base year, every fifth year, the target year and the horizon.
    package static func milestones(_ header: PlanReport.Header) -> [Int] {
        let years = Set([header.baseYear, header.targetYear, header.horizonYear]
            + Array(header.baseYear...max(header.baseYear, header.horizonYear)).filter { $0 % 5 == 0 })
        return years.sorted()
    }

    static func text(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.10g", value)
    }

    static func differ(_ x: Double?, _ y: Double?) -> Bool {
        guard let x, let y else { return (x == nil) != (y == nil) }
        return abs(x - y) > 1e-9 * max(abs(x), abs(y))
    }

    mutating func add(_ rows: inout [Row], _ section: String, _ item: String, _ x: Double?, _ y: Double?) {
        if Self.differ(x, y) { rows.append(Row(section: section, item: item, a: Self.text(x), b: Self.text(y))) }
    }

    mutating func add(_ rows: inout [Row], _ section: String, _ item: String, _ x: String?, _ y: String?) {
        if x != y { rows.append(Row(section: section, item: item, a: x ?? "—", b: y ?? "—")) }
    }

    mutating func compareInputs(_ a: Plan, _ b: Plan) {
        var rows: [Row] = []
        let ha = a.header, hb = b.header
        add(&rows, "header", "years", "\(ha.baseYear)–\(ha.targetYear)–\(ha.horizon)", "\(hb.baseYear)–\(hb.targetYear)–\(hb.horizon)")
        add(&rows, "header", "gwp", ha.gwp.rawValue, hb.gwp.rawValue)
        add(&rows, "header", "factorSet", ha.factorSet, hb.factorSet)
        add(&rows, "header", "discountRates.social", ha.socialDiscountRate, hb.socialDiscountRate)
        add(&rows, "header", "discountRates.private", ha.privateDiscountRate, hb.privateDiscountRate)
        for (section, left, right) in [("input", a.inputs, b.inputs), ("price", a.energyPrices, b.energyPrices)] {
            for key in Set(left.keys).union(right.keys).sorted() {
                let x = left[key].map { $0.expand(years: a.modelYears, baseYear: ha.baseYear) }
                let y = right[key].map { $0.expand(years: b.modelYears, baseYear: hb.baseYear) }
                guard let x, let y else {
                    add(&rows, section, key, x.map { Self.text($0.first) }, y.map { Self.text($0.first) })
                    continue
                }
                for year in a.modelYears.clamped(to: b.modelYears) {
                    let vx = x[year - a.modelYears.lowerBound], vy = y[year - b.modelYears.lowerBound]
                    if Self.differ(vx, vy) {
                        rows.append(Row(section: section, item: "\(key) (from \(year))", a: Self.text(vx), b: Self.text(vy)))
                        break
                    }
                }
            }
        }
        let ma = a.measures.map(\.id), mb = b.measures.map(\.id)
        for id in ma where !mb.contains(id) { rows.append(Row(section: "measures", item: id, a: "selected", b: "—")) }
        for id in mb where !ma.contains(id) { rows.append(Row(section: "measures", item: id, a: "—", b: "selected")) }
        inputs = rows
    }

    mutating func compareResults(_ a: PlanReport, _ b: PlanReport) {
        var rows: [Row] = []
        add(&rows, "inventory", "total \(a.inventory.year)", a.inventory.total.value, b.inventory.total.value)
        let years = Self.milestones(a.header)
        for year in years { add(&rows, "BAU", String(year), a.baseline.value(in: year), b.baseline.value(in: year)) }
        for year in years {
            add(&rows, "pathway", String(year), a.pathway.emissions.value(in: year), b.pathway.emissions.value(in: year))
        }
        let target = a.header.targetYear
        let measuresB = Dictionary(b.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for measure in a.measures {
            let other = measuresB[measure.id]
            add(&rows, "measure", "\(measure.id) abatement \(target)", measure.interactedAbatement.value(in: target),
                other?.interactedAbatement.value(in: target))
            add(&rows, "measure", "\(measure.id) cost per tonne", Self.costPerTonne(measure), other.flatMap(Self.costPerTonne))
            add(&rows, "measure", "\(measure.id) in pathway", String(measure.inPathway), other.map { String($0.inPathway) })
        }
        for measure in b.measures where !a.measures.contains(where: { $0.id == measure.id }) {
            rows.append(Row(section: "measure", item: measure.id, a: "—", b: "present"))
        }
        let targetsB = Dictionary(b.pathway.targets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for check in a.pathway.targets {
            let other = targetsB[check.id]
            add(&rows, "target", "\(check.id) met", String(check.met), other.map { String($0.met) })
            add(&rows, "target", "\(check.id) gap", check.gap.value, other?.gap.value)
        }
        add(&rows, "peak", "pathway peak year", String(a.pathway.peak.year), String(b.pathway.peak.year))
        results = rows
    }

    /// The interacted annualised cost per tonne in the MACC year (the first listed otherwise).
    static func costPerTonne(_ measure: PlanReport.Measure) -> Double? {
        (measure.costsPerTonne.first { $0.basis == "interacted" } ?? measure.costsPerTonne.first)?.value.value
    }

    /// Both tables as text: inputs, then results.
    public func render() -> String {
        var text = ""
        for (title, rows) in [("Inputs that differ", inputs), ("Results that differ", results)] {
            text += "\(title): \(rows.count)\n"
            guard !rows.isEmpty else { continue }
            var table = TextTable(headers: ["section", "item", "A", "B"], rightAligned: [2, 3])
            table.maxColumnWidth = 60
            for row in rows { table.append([row.section, row.item, row.a, row.b]) }
            text += table.render()
        }
        return text
    }
}
