internal import Yams

/// A YAML value with its place in the file, for decoding with precise error messages.
///
/// Wraps Yams' node tree; every accessor throws a ``PlanError`` naming the file, line,
/// column and key path of the offending value.
struct YAMLValue {
    fileprivate let node: Node
    let file: String?
    let path: String

    /// Parses `text`. Syntax errors and duplicate keys become `malformedInput`.
    static func parse(_ text: String, file: String?) throws(PlanError) -> YAMLValue {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PlanError(.malformedInput, "the file is empty", at: SourceLocation(file: file))
            }
            return YAMLValue(node: node, file: file, path: "")
        } catch let error as PlanError {
            throw error
        } catch let error as YamlError {
            throw PlanError(.malformedInput, Self.describe(error), at: Self.location(of: error, file: file))
        } catch {
            throw PlanError(.malformedInput, "not valid YAML: \(error)", at: SourceLocation(file: file))
        }
    }

    /// Parses UTF-8 bytes; invalid UTF-8 is `malformedInput`. ``YAMLPreflight`` checks the
    /// resource bounds and the YAML subset first.
    static func parse(bytes: [UInt8], file: String?) throws(PlanError) -> YAMLValue {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PlanError(.malformedInput, "the file is not valid UTF-8 text", at: SourceLocation(file: file))
        }
        try YAMLPreflight.check(bytes, file: file)
        return try parse(text, file: file)
    }

    private static func location(of error: YamlError, file: String?) -> SourceLocation {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(_, context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        case let .reader(_, offset, _, _):
            return SourceLocation(file: file, keyPath: offset.map { "byte \($0)" } ?? "")
        default:
            return SourceLocation(file: file)
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _):
            return "YAML syntax error: \(problem)" + (context.map { " (\($0.text))" } ?? "")
        case let .composer(_, problem, _, _):
            return "YAML structure error: \(problem)"
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicate key in mapping: \(duplicates.sorted().joined(separator: ", "))"
        default:
            return "not valid YAML: \(error)"
        }
    }

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark.map { $0.line }, column: node.mark.map { $0.column },
                       keyPath: path)
    }

    func error(_ code: PlanError.Code, _ message: String) -> PlanError {
        PlanError(code, message, at: location)
    }

    private func child(_ node: Node, key: String) -> YAMLValue {
        YAMLValue(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }

    private var kindName: String {
        switch node {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    // MARK: Shape

    var isMapping: Bool { node.mapping != nil }
    var isSequence: Bool { node.sequence != nil }
    var isNull: Bool { node.scalar.map { $0.string == "~" || $0.string == "null" || $0.string.isEmpty } ?? false }

    /// The mapping's entries in file order, with string keys.
    func entries() throws(PlanError) -> [(key: String, value: YAMLValue)] {
        guard let mapping = node.mapping else { throw error(.wrongType, "expected a mapping, found \(kindName)") }
        var out: [(String, YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                throw error(.wrongType, "mapping keys must be plain text")
            }
            out.append((key, child(valueNode, key: key)))
        }
        return out
    }

    /// The list's items.
    func items() throws(PlanError) -> [YAMLValue] {
        guard let sequence = node.sequence else { throw error(.wrongType, "expected a list, found \(kindName)") }
        return sequence.enumerated().map { index, item in
            YAMLValue(node: item, file: file, path: "\(path)[\(index)]")
        }
    }

    /// The value at `key`, or nil when absent or null.
    func optional(_ key: String) throws(PlanError) -> YAMLValue? {
        guard let mapping = node.mapping else { throw error(.wrongType, "expected a mapping, found \(kindName)") }
        guard let value = mapping[Node(key)] else { return nil }
        let wrapped = child(value, key: key)
        return wrapped.isNull ? nil : wrapped
    }

    /// The value at `key`, or a `missingKey` error.
    func required(_ key: String) throws(PlanError) -> YAMLValue {
        guard let value = try optional(key) else {
            throw error(.missingKey, "missing required key '\(key)'")
        }
        return value
    }

    /// Rejects keys not in `allowed` (typos are errors, not silently ignored).
    func allowOnly(_ allowed: Set<String>) throws(PlanError) {
        for (key, value) in try entries() where !allowed.contains(key) {
            let known = allowed.sorted().joined(separator: ", ")
            throw value.error(.unknownKey, "unknown key '\(key)' (expected one of: \(known))")
        }
    }

    // MARK: Scalars

    /// Text as written. Control characters (other than tab and line breaks) and the
    /// non-characters U+FFFE/U+FFFF are refused: XML cannot carry them and a terminal
    /// would act on them.
    func string() throws(PlanError) -> String {
        guard let scalar = node.scalar else { throw error(.wrongType, "expected text, found \(kindName)") }
        let text = scalar.string
        if let bad = text.unicodeScalars.first(where: Self.isForbidden) {
            let code = String(bad.value, radix: 16, uppercase: true)
            throw error(.invalidValue, "control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) is not allowed in text")
        }
        return text
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Non-empty text (not only white space), for sources, references and names.
    func text() throws(PlanError) -> String {
        let value = try string()
        guard !value.trimmingWhitespace.isEmpty else { throw error(.invalidValue, "expected non-empty text") }
        return value
    }

    /// An id: non-empty, without white space (the report schema's `Identifier`).
    func identifier() throws(PlanError) -> String {
        let value = try string()
        guard !value.isEmpty, !value.contains(where: \.isWhitespace) else {
            throw error(.invalidValue, "an id must be non-empty and contain no spaces, found '\(value)'")
        }
        return value
    }

    /// A calendar year the report schema can carry (1900–2200).
    func year() throws(PlanError) -> Int {
        let value = try int()
        guard Self.years.contains(value) else {
            throw error(.yearOutOfRange, "year \(value) is outside \(Self.years.lowerBound)–\(Self.years.upperBound)")
        }
        return value
    }

    /// A currency code: three capital letters (ISO 4217, the report schema's `CurrencyCode`).
    func currencyCode() throws(PlanError) -> String {
        let value = try string()
        guard value.unicodeScalars.count == 3, value.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw error(.invalidValue, "a currency is three capital letters (ISO 4217, e.g. CNY), found '\(value)'")
        }
        return value
    }

    /// The years a plan may name (the report schema's `Year`).
    static let years = 1900...2200

    /// A finite number of magnitude at most ``PlanLimits/maxMagnitude``. NaN, infinities and
    /// larger numbers are `invalidValue`.
    func double() throws(PlanError) -> Double {
        guard let scalar = node.scalar else { throw error(.wrongType, "expected a number, found \(kindName)") }
        let text = scalar.string.replacingUnderscores
        if [".nan", ".inf", "-.inf", "+.inf", "nan", "inf", "-inf"].contains(text.lowercased()) {
            throw error(.invalidValue, "expected a finite number, found '\(scalar.string)'")
        }
        guard let value = Double(text) else {
            throw error(.wrongType, "expected a number, found '\(scalar.string)'")
        }
        guard value.isFinite else { throw error(.invalidValue, "expected a finite number, found '\(scalar.string)'") }
        guard abs(value) <= PlanLimits.maxMagnitude else {
            throw error(.invalidValue, "\(scalar.string) is larger than any plan quantity (the limit is ±\(PlanLimits.maxMagnitude))")
        }
        return value
    }

    /// A whole number of magnitude below 10^9 (so that sums and differences cannot overflow).
    /// A whole number of magnitude below 10^9 (so that sums and differences cannot overflow).
    func int() throws(PlanError) -> Int {
        let value = try double()
        guard value == value.rounded(), abs(value) < 1e9 else {
            throw error(.wrongType, "expected a whole number, found '\((try? string()) ?? "")'")
        }
        return Int(value)
    }

    func bool() throws(PlanError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw error(.wrongType, "expected true or false, found '\(other)'")
        }
    }

    /// A list of non-empty strings, or a single string as a one-element list.
    func strings() throws(PlanError) -> [String] {
        if node.scalar != nil { return [try text()] }
        var out: [String] = []
        for item in try items() { out.append(try item.text()) }
        return out
    }

    /// A bilingual name: `{en: …, zh-Hans: …}`; both are required.
    func localizedName() throws(PlanError) -> LocalizedName {
        if node.scalar != nil {
            throw error(.wrongType, "expected a name in both languages, {en: …, zh-Hans: …}")
        }
        try allowOnly(["en", "zh-Hans"])
        let english = try required("en").string()
        let chinese = try required("zh-Hans").string()
        guard !english.trimmingWhitespace.isEmpty, !chinese.trimmingWhitespace.isEmpty else {
            throw error(.invalidValue, "both 'en' and 'zh-Hans' must be non-empty")
        }
        return LocalizedName(english, chinese)
    }

    /// Decodes `T` from a raw string, listing the allowed values on failure.
    func enumeration<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(PlanError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(.invalidValue, "unknown value '\(text)' (expected one of: \(allowed))")
        }
        return value
    }
}

extension String {
    var replacingUnderscores: String { contains("_") ? filter { $0 != "_" } : self }
}
