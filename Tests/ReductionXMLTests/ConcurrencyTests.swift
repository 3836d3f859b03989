import Dispatch
import Foundation
import Testing
@testable import ReductionXML

/// libxml2 from several threads at once: each thread writes, parses and validates its own
/// documents, and every error it sees carries its own document's line, never another's.
@Suite("Concurrent use")
struct ConcurrencyTests {
    /// A document whose only schema error is on line `3 + bad` (item `bad` has n="x").
    static func document(items: Int, bad: Int) throws(ReportXMLError) -> [UInt8] {
        let writer = try TextWriter()
        try writer.startDocument()
        try TinySchema.write((0..<items).map { ($0 == bad ? "x" : String($0), "第\($0)项") }, into: writer)
        try writer.endDocument()
        return writer.bytes()
    }

    @Test("8 threads × 25 rounds of write, parse and validate keep their errors apart")
    func parallelRounds() throws {
        let threads = 8, rounds = 25
        let results = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for round in 0..<rounds {
                let bad = (thread * 7 + round) % 20
                let outcome: String
                do {
                    let schema = try CompiledSchema(xsd: TinySchema.bytes)
                    let tree = try DocumentTree.parse(try Self.document(items: 20, bad: bad), maxBytes: 1 << 20)
                    let lines = schema.validate(tree).map(\.line)
                    let broken = try? DocumentTree.parse(bytes("<a>\n\(String(repeating: "\n", count: bad))<b></a>"),
                                                         maxBytes: 1 << 20)
                    outcome = lines == [bad + 3] && broken == nil ? "ok" : "thread \(thread) round \(round): \(lines)"
                } catch {
                    outcome = "thread \(thread) round \(round): \(error)"
                }
                results.withLock { $0.append(outcome) }
            }
        }
        let all = results.withLock { $0 }
        #expect(all.count == threads * rounds)
        #expect(all.filter { $0 != "ok" } == [])
    }

    @Test("parse errors raised concurrently carry each document's own line")
    func parallelParseErrors() {
        let lines = Mutex<[Int: Int]>([:])
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let text = "<r>" + String(repeating: "\n", count: index) + "<unclosed></r>"
            do throws(ReportXMLError) {
                _ = try DocumentTree.parse(bytes(text), maxBytes: 1 << 16)
            } catch {
                lines.withLock { $0[index] = error.line ?? -1 }
            }
        }
        let seen = lines.withLock { $0 }
        #expect(seen.count == 64)
        #expect(seen.allSatisfy { $0.value == $0.key + 1 })
    }
}

/// A minimal lock for test bookkeeping (Synchronization's Mutex needs macOS 15).
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
