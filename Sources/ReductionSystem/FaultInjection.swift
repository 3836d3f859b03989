import Foundation

/// A test seam (after swift-system's `Internals/Mocking.swift`): while a fault plan is bound
/// with ``with(_:_:)``, the matching calls of ``Syscalls`` fail with the planned ``Errno``
/// instead of reaching the kernel. The binding is task-local, so tests running in parallel
/// never see each other's faults, and production code (no binding) pays one lookup per call.
package final class FaultInjection: @unchecked Sendable {
    /// The calls that can be made to fail.
    package enum Operation: String, Sendable, Hashable {
        case open, write, fsync, rename
    }

    /// One planned failure: the `operation` on a path ending in `pathSuffix` (any path when
    /// nil) fails with `errno` after `skip` matching calls have succeeded.
    package struct Rule: Sendable, Hashable {
        package var operation: Operation
        package var errno: Errno
        package var pathSuffix: String?
        package var skip: Int

        /// Creates a rule.
        package init(_ operation: Operation, _ errno: Errno, pathSuffix: String? = nil, skip: Int = 0) {
            self.operation = operation
            self.errno = errno
            self.pathSuffix = pathSuffix
            self.skip = skip
        }
    }

    @TaskLocal package static var current: FaultInjection?

    private let rules: [Rule]
    private let lock = NSLock()
    private var seen: [Int]
    private var fired: [Rule] = []

    /// A plan made of `rules`; each fires once, on its `skip + 1`-th matching call.
    package init(_ rules: [Rule]) {
        self.rules = rules
        seen = Array(repeating: 0, count: rules.count)
    }

    /// The rules that have fired so far, in order.
    package var firedRules: [Rule] { lock.withLock { fired } }

    /// Runs `body` with `rules` in force for the calling task.
    package static func with<R, E: Error>(_ rules: [Rule], _ body: () throws(E) -> R) throws(E) -> R {
        let plan = FaultInjection(rules)
        let outcome: Result<R, E> = $current.withValue(plan) {
            do throws(E) { return .success(try body()) } catch { return .failure(error) }
        }
        return try outcome.get()
    }

    func fault(_ operation: Operation, path: String) -> Errno? {
        for (index, rule) in rules.enumerated() where rule.operation == operation {
            if let suffix = rule.pathSuffix, !path.hasSuffix(suffix) { continue }
            let fires = lock.withLock { () -> Bool in
                seen[index] += 1
                if seen[index] == rule.skip + 1 { fired.append(rule); return true }
                return false
            }
            if fires { return rule.errno }
        }
        return nil
    }
}
