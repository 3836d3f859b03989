/// One value that differs between a report as filed and the same report recomputed.
public struct ReportDifference: Sendable, Hashable, CustomStringConvertible {
    /// Where: an XPath-like path such as
    /// `/report/inventory/source[@id='cars']/total/@value` or `/report/macc/step[@measure='x']`.
    public var path: String
    /// The value in the report as filed; `nil` when the node is absent there.
    public var reported: String?
    /// The recomputed value; `nil` when the recomputed report has no such node.
    public var recomputed: String?
    /// Line of the node (or of its nearest present ancestor) in the filed report; 0 if unknown.
    public var line: Int

    /// Records one difference: the element path, both texts (nil where one side has no such value) and the line in the filed report.
    public init(path: String, reported: String?, recomputed: String?, line: Int) {
        self.path = path
        self.reported = reported
        self.recomputed = recomputed
        self.line = line
    }

    /// `line 12: /report/…/@value: reported 10 · recomputed 1`.
    public var description: String {
        "line \(line): \(path): reported \(reported ?? "(absent)") · recomputed \(recomputed ?? "(absent)")"
    }
}

/// Compares two report documents node by node, whatever sections they hold.
///
/// Elements are matched by name and by a key attribute when they have one (`id`, `measure`,
/// `key`, `gas`, `pollutant`, `view`, `role`, `basis`, `year`, `xml:lang`, `scheme`,
/// `name`), otherwise by position among siblings of the same name; attributes by name;
/// text exactly. Two numbers are equal when `|a − b| ≤ 10^(1−d) · max(|a|, |b|)` for the
/// `d` significant digits the filed report declares (exactly equal when it declares none).
/// XML-DSig `Signature` elements are ignored: a signature is not a computed value.
public enum ReportComparison {
    static let keyAttributes = ["id", "measure", "key", "gas", "pollutant", "view", "role", "basis", "year",
                                "xml:lang", "scheme", "name"]
    static let signatureNamespace = "http://www.w3.org/2000/09/xmldsig#"

    /// Every difference between `reported` and `recomputed` (both XML report bytes), in the
    /// filed report's document order. Throws when either is not well-formed XML.
    public static func differences(reported: [UInt8], recomputed: [UInt8],
                                   significantDigits: Int?) throws(ReportXMLError) -> [ReportDifference] {
        let left = try DocumentTree.parse(reported, maxBytes: ReportReader.defaultMaxBytes)
        let right = try DocumentTree.parse(recomputed, maxBytes: ReportReader.defaultMaxBytes)
        guard let a = left.root, let b = right.root else {
            throw ReportXMLError(.malformed, "document has no root element")
        }
        var walk = Walk(tolerance: significantDigits.map { tolerance(digits: $0) } ?? 0)
        walk.compare(a, b, path: "/" + a.localName)
        return walk.found
    }

    /// `10^(1−digits)`, the relative tolerance for numbers written with `digits` significant digits.
    static func tolerance(digits: Int) -> Double {
        var value = 1.0
        for _ in 1..<max(digits, 1) { value /= 10 }
        return value
    }

    /// Whether two attribute or text values are the same (numbers within `tolerance`).
    static func same(_ a: String, _ b: String, tolerance: Double) -> Bool {
        if a == b { return true }
        guard let x = Double(xmlDecimal: a), let y = Double(xmlDecimal: b) else { return false }
        return abs(x - y) <= tolerance * max(abs(x), abs(y))
    }

    struct Walk {
        let tolerance: Double
        var found: [ReportDifference] = []

        mutating func compare(_ a: ElementNode, _ b: ElementNode, path: String) {
            let left = Dictionary(a.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { x, _ in x })
            let right = Dictionary(b.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { x, _ in x })
            let names = a.attributes.map(\.name) + b.attributes.map(\.name).filter { left[$0] == nil }
            for name in names where !name.hasPrefix("{") {
                let x = left[name], y = right[name]
                if let x, let y, ReportComparison.same(x, y, tolerance: tolerance) { continue }
                found.append(ReportDifference(path: "\(path)/@\(name)", reported: x, recomputed: y, line: a.line))
            }
            let leftElements = a.children, rightElements = b.children
            var counts: [String: Int] = [:], otherCounts: [String: Int] = [:]
            for child in leftElements { counts[child.localName, default: 0] += 1 }
            for child in rightElements { otherCounts[child.localName, default: 0] += 1 }
            let repeated = Set(counts.filter { $0.value > 1 }.keys).union(otherCounts.filter { $0.value > 1 }.keys)
            let leftChildren = keyed(leftElements, repeated: repeated), rightChildren = keyed(rightElements, repeated: repeated)
            if leftChildren.isEmpty && rightChildren.isEmpty {
                let x = a.ownText.trimmingSpaces, y = b.ownText.trimmingSpaces
                if !ReportComparison.same(x, y, tolerance: tolerance) {
                    found.append(ReportDifference(path: "\(path)/text()", reported: Self.abridged(x),
                                                  recomputed: Self.abridged(y), line: a.line))
                }
                return
            }
            let rightIndex = Dictionary(rightChildren.map { ($0.segment, $0.node) }, uniquingKeysWith: { x, _ in x })
            let leftSegments = Set(leftChildren.map(\.segment))
            for child in leftChildren {
                if let other = rightIndex[child.segment] {
                    compare(child.node, other, path: "\(path)/\(child.segment)")
                } else {
                    found.append(ReportDifference(path: "\(path)/\(child.segment)", reported: "present",
                                                  recomputed: nil, line: child.node.line))
                }
            }
            for child in rightChildren where !leftSegments.contains(child.segment) {
                found.append(ReportDifference(path: "\(path)/\(child.segment)", reported: nil,
                                              recomputed: "present", line: a.line))
            }
        }

        /// Children with their path segment: plain `name` for the only child of that name
        /// (in both documents, `repeated` lists the others), else `name[@key='value']`, or `name[n]` (1-based among same-named siblings) when
        /// no key attribute is present or the key repeats.
        func keyed(_ children: [ElementNode], repeated: Set<String>) -> [(segment: String, node: ElementNode)] {
            var result: [(segment: String, node: ElementNode)] = []
            var counts: [String: Int] = [:]
            var seen: Set<String> = []
            for child in children where child.namespaceURI != ReportComparison.signatureNamespace {
                let name = child.localName
                counts[name, default: 0] += 1
                let single = !repeated.contains(name)
                var segment = single ? name : "\(name)[\(counts[name] ?? 1)]"
                let attributes = single ? [] : child.attributes
                for key in ReportComparison.keyAttributes {
                    if let value = attributes.first(where: { $0.name == key })?.value {
                        let candidate = "\(name)[@\(key)='\(value)']"
                        if !seen.contains(candidate) { segment = candidate }
                        break
                    }
                }
                seen.insert(segment)
                result.append((segment, child))
            }
            return result
        }

        static func abridged(_ text: String) -> String {
            text.count <= 80 ? text : String(text.prefix(77)) + "…"
        }
    }
}
