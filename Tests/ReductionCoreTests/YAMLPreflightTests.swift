import Testing
@testable import ReductionCore

/// The pass over the YAML events before the tree is built: alias bombs, aliases and
/// collections as keys, unknown tags, depth and size bounds. Each refusal names the line.
@Suite("YAML preflight")
struct YAMLPreflightTests {
    func refusal(_ text: String) -> PlanError? {
        do {
            try YAMLPreflight.check(Array(text.utf8), file: "plan.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// `levels` anchors, each a list of `width` aliases of the previous one: the last one
    /// expands to 10 × width^(levels-1) scalars (levels 12, width 10: 10^12).
    func bomb(levels: Int = 12, width: Int = 10) -> String {
        var lines = ["b0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<levels {
            lines.append("b\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: width).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("an alias used as a mapping key is refused on its line")
    func aliasAsKey() throws {
        let error = try #require(refusal("a: &k name\nb:\n  *k : 1\n"))
        #expect(error.code == .wrongType)
        #expect(error.location.line == 3)
        #expect(error.message.contains("alias (*k) cannot be used as a mapping key"))
    }

    @Test("a list or mapping as a key (an alias bomb nested under a key) is refused")
    func collectionAsKey() throws {
        let error = try #require(refusal(bomb(levels: 3) + "k:\n  ? {inner: *a2}\n  : 1\n"))
        #expect(error.message == "mapping keys must be plain text")
        #expect(error.location.line == 5)
        #expect(refusal("? [a, b]\n: 1\n")?.code == .wrongType)
    }

    @Test("an alias bomb used as values is refused once it expands past 1,000,000 nodes")
    func aliasBombValue() throws {
        // levels 6, width 10: the last anchor is 10 × 10^5 = 10^6 scalars plus its lists;
        // the running total passes 10^6 on line 6 (the 6th anchor).
        let error = try #require(refusal(bomb(levels: 6)))
        #expect(error.code == .invalidValue)
        #expect(error.location.line == 6)
        #expect(error.message.contains("more than 1000000 YAML nodes"))
        // Five levels (about 111,000 nodes in all) are within the bound.
        #expect(refusal(bomb(levels: 5)) == nil)
    }

    @Test("!!binary, !!python/… and !custom tags are refused; core tags are not", arguments: [
        ("x: !!binary aGVsbG8=\n", "!!binary"),
        ("x: !!python/object/apply:os.system [ls]\n", "!!python/object/apply:os.system"),
        ("x: !custom 3\n", "!custom"),
        ("x: !!set {a: null}\n", "!!set"),
    ])
    func tags(text: String, shown: String) throws {
        let error = try #require(refusal(text))
        #expect(error.code == .malformedInput)
        #expect(error.location.line == 1)
        #expect(error.message.contains("YAML tag '\(shown)' is not allowed"))
    }

    @Test("core tags are accepted")
    func coreTags() {
        #expect(refusal("a: !!str 2030\nb: !!int 3\nc: !!float 1.5\nd: !!map {x: 1}\ne: !!seq [1]\n") == nil)
    }

    @Test("nesting deeper than 64 is refused before the recursive tree builder runs")
    func depth() throws {
        #expect(refusal("x: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n") == nil)
        let error = try #require(refusal("x: " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n"))
        #expect(error.message.contains("nested more than 64 levels"))
        #expect(error.location.line == 1)
    }

    @Test("a list of more than 100,000 items is refused; 100,000 are accepted")
    func longList() throws {
        #expect(refusal("x: [" + Array(repeating: "r", count: 100_000).joined(separator: ",") + "]\n") == nil)
        let error = try #require(refusal("x: [" + Array(repeating: "r", count: 100_001).joined(separator: ",") + "]\n"))
        #expect(error.message.contains("a list has more than 100000 entries"))
    }

    @Test("a value over 1 MiB and a file over 16 MiB are refused")
    func sizes() throws {
        let long = try #require(refusal("x: " + String(repeating: "y", count: (1 << 20) + 1) + "\n"))
        #expect(long.message.contains("the limit is 1048576"))
        let huge = try #require(refusal(String(repeating: "# comment line\n", count: (16 << 20) / 15 + 1)))
        #expect(huge.message.contains("the limit is 16777216 bytes"))
        #expect(huge.location.file == "plan.yaml")
    }
}
