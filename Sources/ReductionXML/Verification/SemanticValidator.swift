public import Foundation

/// Checks what the schema cannot: that a report's numbers agree with each other.
///
/// Each rule is one a reviewer would check by hand; each violation names its line.
/// - inventory: each source's `total` = Σ its gases' `co2e`; the inventory `total` = Σ source totals;
/// - breakdown: in every year, Σ sources' `bau` = `baseline` and Σ sources' `pathway` = pathway emissions;
/// - MACC: each width is its measure's interacted abatement in the MACC year; steps in
///   ascending cost per tonne when the order is stable; `cumulativeStart` of the first step is 0 and of
///   each next step the previous start plus the previous width (abatement);
/// - pathway: in every year, pathway = baseline − Σ interacted abatement of the measures in the pathway;
/// - years: every `year` between the header's base year (or the earliest history year) and horizon;
///   the MACC and inventory years are the header's target and base years;
/// - targets: `bau` and `pathway` are the series' values in the target's year, `gap` = pathway − allowed;
///   peaks: the highest value of their series;
/// - units: emissions and abatement in `tCO2e`, captured CO2 (1.1) in `tCO2`, annual costs in
///   `<currency>/a`, present costs in `<currency>`, costs per tonne in `<currency>/tCO2e`, rates in `1`.
///
/// Sums hold within `max(10^(1−d), 1e-9) · (n + 1) · Σ|terms|` for `d` declared significant
/// digits (a report without `<numbers>` is checked at 1e-9).
public enum SemanticValidator {
    /// Every violation in the report file at `file` (read with the reader's size bound).
    public static func check(fileAt file: URL) throws(ReportXMLError) -> [XMLDiagnostic] {
        try check(FileBytes.read(path: file.path, maxBytes: ReportReader.defaultMaxBytes))
    }

    /// Every violation in a schema-valid report's bytes, in document order (empty when consistent).
    public static func check(_ bytes: [UInt8]) throws(ReportXMLError) -> [XMLDiagnostic] {
        let tree = try DocumentTree.parse(bytes, maxBytes: ReportReader.defaultMaxBytes)
        guard let root = tree.root else { throw ReportXMLError(.malformed, "document has no root element") }
        var checker = Checker(root: root)
        checker.run()
        return checker.found.sorted { $0.line < $1.line }
    }

    struct Checker {
        let root: ElementNode
        var found: [XMLDiagnostic] = []
        var relative = 1e-9
        var currency = ""
        var years = 0...0

        init(root: ElementNode) { self.root = root }

        mutating func report(_ node: ElementNode, _ message: String) {
            found.append(XMLDiagnostic(severity: .error, line: node.line, column: 0, message: message, code: 0))
        }

        mutating func run() {
            guard let header = root.child("header") else { return }
            if let digits = header.child("numbers")?.integer("significantDigits") {
                relative = max(ReportComparison.tolerance(digits: digits), 1e-9)
            }
            currency = header.child("currency")?.attribute("code") ?? ""
            let base = header.child("years")?.integer("base") ?? 0
            let target = header.child("years")?.integer("target") ?? 0
            let horizon = header.child("years")?.integer("horizon") ?? 0
            for rate in header.children where rate.localName == "discountRate" { unit(rate, "1") }
            let earliest = min(base, Self.earliestYear(root) ?? base)
            years = earliest...max(horizon, earliest)
            checkYears(root)
            if let year = root.child("inventory")?.integer("year"), year != base, let node = root.child("inventory") {
                report(node, "inventory year \(year) is not the base year \(base)")
            }
            if let macc = root.child("macc"), let year = macc.integer("year"), year != target {
                report(macc, "MACC year \(year) is not the target year \(target)")
            }
            inventory()
            macc()
            pathway()
            breakdown()
            targetsAndPeaks()
        }

        /// Each target's `bau` and `pathway` are the series' values in its year and `gap` is
        /// pathway − allowed; each peak is the highest value of its series.
        mutating func targetsAndPeaks() {
            guard let pathway = root.child("pathway"), let emissions = pathway.child("emissions"),
                  let baseline = root.child("baseline") else { return }
            let bau = Dictionary(baseline.series, uniquingKeysWith: { first, _ in first })
            let path = Dictionary(emissions.series, uniquingKeysWith: { first, _ in first })
            for target in pathway.children where target.localName == "target" {
                guard let year = target.integer("year") else { continue }
                let id = target.attribute("id") ?? "?"
                for (name, series) in [("bau", bau), ("pathway", path)] {
                    guard let node = target.child(name), let value = node.number("value"), let expected = series[year] else { continue }
                    sum(node, "target '\(id)' \(name) \(year) (the \(name == "bau" ? "baseline" : "pathway") in \(year))",
                        total: value, parts: [expected])
                }
                if let gap = target.child("gap"), let value = gap.number("value"),
                   let allowed = target.child("allowed")?.number("value"), let emitted = target.child("pathway")?.number("value") {
                    sum(gap, "target '\(id)' gap (pathway − allowed)", total: value + allowed, parts: [emitted])
                }
            }
            for (name, series) in [("bauPeak", bau), ("peak", path)] {
                guard let node = pathway.child(name), let value = node.number("value"), let highest = series.values.max() else { continue }
                sum(node, "\(name) (the highest value of its series)", total: value, parts: [highest])
            }
        }

        /// The first year of the baseline (history years before the base year are allowed there).
        static func earliestYear(_ root: ElementNode) -> Int? {
            root.child("baseline")?.children.first?.integer("year")
        }

        mutating func checkYears(_ node: ElementNode) {
            if let year = node.integer("year"), !years.contains(year) {
                report(node, "year \(year) is outside the report's years \(years.lowerBound)–\(years.upperBound)")
            }
            for child in node.children where child.namespaceURI != ReportComparison.signatureNamespace {
                checkYears(child)
            }
        }

        mutating func unit(_ node: ElementNode, _ expected: String) {
            let found = node.attribute("unit") ?? ""
            if found != expected { report(node, "<\(node.localName)> unit is \"\(found)\", expected \"\(expected)\"") }
        }

        mutating func sum(_ node: ElementNode, _ what: String, total: Double, parts: [Double]) {
            let scale = parts.reduce(abs(total)) { $0 + abs($1) }
            let difference = total - parts.reduce(0, +)
            if abs(difference) > relative * Double(parts.count + 1) * max(scale, 1e-300) {
                report(node, "\(what) is \(total) but its parts add up to \(parts.reduce(0, +))")
            }
        }

        mutating func inventory() {
            guard let inventory = root.child("inventory") else { return }
            var totals: [Double] = []
            for source in inventory.children where source.localName == "source" {
                let gases = source.children.filter { $0.localName == "gas" }.compactMap { $0.child("co2e") }
                for co2e in gases { unit(co2e, "tCO2e") }
                guard let total = source.child("total") else { continue }
                unit(total, "tCO2e")
                let value = total.number("value") ?? 0
                totals.append(value)
                sum(total, "source '\(source.attribute("id") ?? "?")' total", total: value,
                    parts: gases.map { $0.number("value") ?? 0 })
            }
            if let total = inventory.child("total") {
                unit(total, "tCO2e")
                sum(total, "inventory total", total: total.number("value") ?? 0, parts: totals)
            }
        }

        mutating func macc() {
            guard let macc = root.child("macc") else { return }
            // Steps follow the pathway order; it ascends in cost only when re-ordering settled
            // (`orderStable="true"`), otherwise the report says the greedy order was used.
            let orderStable = root.child("measures")?.attribute("orderStable") != "false"
            var measures: [String: ElementNode] = [:]
            for measure in root.child("measures")?.children ?? [] {
                if let id = measure.attribute("id") { measures[id] = measure }
            }
            var expectedStart = 0.0, previousCost = -Double.infinity
            for (index, step) in macc.children.filter({ $0.localName == "step" }).enumerated() {
                guard let abatement = step.child("abatement"), let cost = step.child("costPerTonne"),
                      let start = step.child("cumulativeStart") else { continue }
                unit(abatement, "tCO2e")
                unit(start, "tCO2e")
                unit(cost, "\(currency)/tCO2e")
                let width = abatement.number("value") ?? 0, height = cost.number("value") ?? 0
                if let id = step.attribute("measure"), let year = macc.integer("year"),
                   let series = measures[id]?.child("interactedAbatement"),
                   let interacted = Dictionary(series.series, uniquingKeysWith: { first, _ in first })[year] {
                    sum(abatement, "MACC width of '\(id)' (its interacted abatement in \(year))", total: width, parts: [interacted])
                }
                let value = start.number("value") ?? 0
                if abs(value - expectedStart) > relative * Double(index + 2) * max(abs(expectedStart), 1) {
                    report(start, "cumulativeStart of step '\(step.attribute("measure") ?? "?")' is \(value), expected \(expectedStart) (previous start + width)")
                }
                if orderStable, height < previousCost {
                    report(cost, "step '\(step.attribute("measure") ?? "?")' costs \(height) per tonne, less than the step before (\(previousCost)): steps must ascend")
                }
                expectedStart = value + width
                previousCost = height
            }
        }

        mutating func pathway() {
            guard let baseline = root.child("baseline"), let emissions = root.child("pathway")?.child("emissions") else { return }
            unit(baseline, "tCO2e")
            unit(emissions, "tCO2e")
            var abatement: [Int: [Double]] = [:]
            for measure in root.child("measures")?.children ?? [] {
                for (name, expected) in [("standaloneAbatement", "tCO2e"), ("interactedAbatement", "tCO2e"),
                                         ("captured", "tCO2"), ("annualCost", "\(currency)/a"), ("netPresentCost", currency)] {
                    if let node = measure.child(name) { unit(node, expected) }
                }
            }
            for measure in root.child("measures")?.children ?? [] where measure.attribute("inPathway") == "true" {
                guard let series = measure.child("interactedAbatement") else { continue }
                for (year, value) in series.series { abatement[year, default: []].append(value) }
            }
            let bau = Dictionary(baseline.series, uniquingKeysWith: { first, _ in first })
            for point in emissions.children where point.localName == "value" {
                guard let year = point.integer("year"), let value = Double(xmlDecimal: point.ownText.trimmingSpaces),
                      let before = bau[year] else { continue }
                let parts = abatement[year] ?? []
                sum(point, "pathway \(year) (baseline \(before) − Σ interacted abatement)", total: before - value,
                    parts: parts)
            }
        }

        mutating func breakdown() {
            guard let breakdown = root.child("breakdown") else { return }
            let sources = breakdown.children.filter { $0.localName == "source" }
            guard !sources.isEmpty else { return }
            for (name, reference) in [("bau", root.child("baseline")), ("pathway", root.child("pathway")?.child("emissions"))] {
                guard let reference else { continue }
                var parts: [Int: [Double]] = [:]
                for source in sources {
                    for (year, value) in source.child(name)?.series ?? [] { parts[year, default: []].append(value) }
                }
                for point in reference.children where point.localName == "value" {
                    guard let year = point.integer("year"), let terms = parts[year],
                          let value = Double(xmlDecimal: point.ownText.trimmingSpaces) else { continue }
                    sum(point, "\(name == "bau" ? "baseline" : "pathway") \(year) (Σ breakdown sources)", total: value, parts: terms)
                }
            }
        }
    }
}

extension ElementNode {
    /// The first child element called `name`.
    func child(_ name: String) -> ElementNode? { children.first { $0.localName == name } }

    /// A numeric attribute.
    func number(_ name: String) -> Double? { attribute(name).flatMap { Double(xmlDecimal: $0) } }

    /// An integer attribute (a year, a count).
    func integer(_ name: String) -> Int? { attribute(name).flatMap { Int($0) } }

    /// `<value year="…">number</value>` children as (year, value).
    var series: [(Int, Double)] {
        children.compactMap { child in
            guard child.localName == "value", let year = child.integer("year"),
                  let value = Double(xmlDecimal: child.ownText.trimmingSpaces) else { return nil }
            return (year, value)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
