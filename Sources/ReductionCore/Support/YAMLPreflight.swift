internal import CYaml

/// Resource bounds for plan files, checked before the YAML is turned into a tree.
///
/// A plan is small (the shipped examples are under 20 KB, under 2,000 YAML nodes). These
/// bounds are orders of magnitude above any real plan and stop inputs that would otherwise
/// exhaust time or memory: alias bombs (a few bytes that expand exponentially), deep
/// nesting (the tree builder recurses), and huge lists (measure ordering is quadratic).
public enum PlanLimits {
    /// Largest plan file accepted: 16 MiB.
    public static let maxFileBytes = 16 << 20
    /// Deepest nesting of lists and mappings: 64 levels (the plan schema needs 6).
    public static let maxDepth = 64
    /// Most YAML nodes after expanding every alias: 1,000,000.
    public static let maxNodes = 1_000_000
    /// Most items in one list or entries in one mapping: 100,000.
    public static let maxCollectionCount = 100_000
    /// Longest single text or number: 1 MiB.
    public static let maxScalarBytes = 1 << 20
    /// Most measures in one plan (catalogue and custom together): 5,000.
    public static let maxMeasures = 5_000
    /// Largest magnitude of any number in a plan, and of any input after its growth is
    /// applied: 10^18 (a city's emissions are below 10^9 t, its GDP below 10^14 CNY). Products
    /// of a few such numbers stay far from the Double range, so results cannot overflow to
    /// infinity or NaN.
    public static let maxMagnitude = 1e18
    /// Largest growth rate per year: 10 (+1,000 % a year).
    public static let maxGrowthRate = 10.0
}

/// A pass over the YAML event stream (libyaml, no tree built) that enforces ``PlanLimits``
/// and the plan format's YAML subset before Yams composes the document:
///
/// - aliases and lists or mappings are not allowed as mapping keys (an alias bomb used as
///   a key would be hashed in full while the tree is built);
/// - the expanded node count, counting each alias as the size of what it names, is bounded;
/// - explicit tags other than YAML's core ones (`!!str`, `!!int`, `!!float`, `!!bool`,
///   `!!null`, `!!map`, `!!seq`) are refused: `!!binary`, `!!python/…`, `!custom`.
///
/// Every refusal is a ``PlanError`` with the file, line and column of the offending node.
struct YAMLPreflight {
    static let coreTags: Set<String> = ["str", "int", "float", "bool", "null", "map", "seq"]
        .reduce(into: []) { $0.insert("tag:yaml.org,2002:" + $1) }

    private struct Container {
        var isMapping: Bool
        /// Nodes expanded so far inside this container (itself included).
        var size: Int
        /// Children seen (keys and values counted separately in a mapping).
        var children: Int
        var anchor: String?
        /// Mapping only: the next child is a key.
        var expectingKey: Bool { isMapping && children % 2 == 0 }
    }

    let file: String?
    private var stack: [Container] = []
    private var anchorSizes: [String: Int] = [:]
    private var total = 0

    /// Checks `bytes` (valid UTF-8). Syntax errors are left to the full parse, which words
    /// them better; this pass stops quietly at the first one.
    static func check(_ bytes: [UInt8], file: String?) throws(PlanError) {
        guard bytes.count <= PlanLimits.maxFileBytes else {
            throw PlanError(.invalidValue,
                            "the file is \(bytes.count) bytes; the limit is \(PlanLimits.maxFileBytes) bytes",
                            at: SourceLocation(file: file))
        }
        var pass = YAMLPreflight(file: file)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        try bytes.withUnsafeBufferPointer { (buffer) throws(PlanError) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                try pass.visit(event)
            }
        }
    }

    private func fail(_ mark: yaml_mark_t, _ code: PlanError.Code, _ message: String) -> PlanError {
        PlanError(code, message, at: SourceLocation(file: file, line: Int(clamping: mark.line) + 1,
                                                    column: Int(clamping: mark.column) + 1))
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        var length = 0
        while pointer[length] != 0 { length += 1 }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func checkTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ mark: yaml_mark_t) throws(PlanError) {
        guard let tag = Self.text(pointer), !Self.coreTags.contains(tag) else { return }
        let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
        throw fail(mark, .malformedInput, "YAML tag '\(shown)' is not allowed in a plan file (only plain values, lists and mappings)")
    }

    /// Counts `size` expanded nodes in the total (bounded by ``PlanLimits/maxNodes``).
    private mutating func count(_ size: Int, mark: yaml_mark_t) throws(PlanError) {
        let (sum, overflow) = total.addingReportingOverflow(size)
        total = overflow ? Int.max : sum
        guard total <= PlanLimits.maxNodes else {
            throw fail(mark, .invalidValue,
                       "the document expands to more than \(PlanLimits.maxNodes) YAML nodes (aliases counted in full)")
        }
    }

    /// Adds a finished child of `size` expanded nodes to the open container.
    private mutating func addChild(size: Int, mark: yaml_mark_t) throws(PlanError) {
        guard !stack.isEmpty else { return }
        let index = stack.count - 1
        stack[index].children += 1
        let (sum, overflow) = stack[index].size.addingReportingOverflow(size)
        stack[index].size = overflow ? Int.max : sum
        let top = stack[index]
        guard top.children <= PlanLimits.maxCollectionCount * (top.isMapping ? 2 : 1) else {
            throw fail(mark, .invalidValue,
                       "a \(top.isMapping ? "mapping" : "list") has more than \(PlanLimits.maxCollectionCount) entries")
        }
    }

    private mutating func visit(_ event: yaml_event_t) throws(PlanError) {
        let mark = event.start_mark
        let isKey = stack.last?.expectingKey ?? false
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = Self.text(event.data.alias.anchor) ?? ""
            if isKey { throw fail(mark, .wrongType, "an alias (*\(name)) cannot be used as a mapping key") }
            // An undefined alias is reported by the full parse.
            let size = anchorSizes[name] ?? 1
            try count(size, mark: mark)
            try addChild(size: size, mark: mark)
        case YAML_SCALAR_EVENT:
            try checkTag(event.data.scalar.tag, mark)
            guard event.data.scalar.length <= PlanLimits.maxScalarBytes else {
                throw fail(mark, .invalidValue, "a value is \(event.data.scalar.length) bytes long; the limit is \(PlanLimits.maxScalarBytes)")
            }
            if let anchor = Self.text(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
            try count(1, mark: mark)
            try addChild(size: 1, mark: mark)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            try checkTag(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag, mark)
            if isKey { throw fail(mark, .wrongType, "mapping keys must be plain text") }
            guard stack.count < PlanLimits.maxDepth else {
                throw fail(mark, .invalidValue, "lists and mappings are nested more than \(PlanLimits.maxDepth) levels deep")
            }
            try count(1, mark: mark)
            let anchor = Self.text(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
            stack.append(Container(isMapping: isMapping, size: 1, children: 0, anchor: anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let done = stack.popLast() else { return }
            if let anchor = done.anchor { anchorSizes[anchor] = done.size }
            try addChild(size: done.size, mark: mark)
        default:
            break
        }
    }
}
