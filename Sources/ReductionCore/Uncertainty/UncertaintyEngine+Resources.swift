import Foundation

extension UncertaintyEngine {
    /// The most threads ``run(draws:seed:threads:referencePrice:progress:)`` uses (64); more
    /// are clamped. The default is the number of active cores.
    public static let maximumThreads = 64

    /// The most memory the stored per-draw results may take (2 GiB); see
    /// ``estimatedResultBytes(draws:)``.
    public static let maximumResultBytes = 2 << 30

    /// Memory the per-draw results of `draws` draws take, in bytes:
    /// `draws × (42 × measures + 40 + targets)` — per measure and draw an abatement, a cost,
    /// a net cost, a private cost and a rank (8 bytes each) and two flags (rank kept, chosen);
    /// per draw the target-year pathway, the reference price and peak year (8 + 8 + 8), a
    /// summary column and its sorted copy (8 + 8), and one
    /// flag per target; per correlated parameter and draw its uniform, its re-paired copy and
    /// its score (24). The sensitivity sample adds `min(draws, sensitivityDraws) × parameters × 8`,
    /// which stops growing at ``sensitivityDraws``. Everything else is independent of the number
    /// of draws.
    public func estimatedResultBytes(draws: Int) -> Int {
        let perDraw = 42 * reported.count + 40 + evaluator.plan.targets.count + 24 * correlated.count
        let (bytes, overflow) = max(draws, 0).multipliedReportingOverflow(by: perDraw)
        let sample = min(max(draws, 0), Self.sensitivityDraws) * parameters.count * 8
        return overflow || bytes > Int.max - sample ? Int.max : bytes + sample
    }

    /// Refuses, before anything is allocated, a run whose stored results would exceed
    /// ``maximumResultBytes``: the error names the estimate and the largest number of draws
    /// this plan allows.
    public func checkResources(draws: Int) throws(PlanError) {
        let bytes = estimatedResultBytes(draws: draws)
        guard bytes > Self.maximumResultBytes else { return }
        let perDraw = max(estimatedResultBytes(draws: 1), 1)
        throw PlanError(.invalidValue,
                        "\(draws) draws of \(reported.count) measures need about \(bytes >> 20) MiB for the per-draw results; "
                        + "the limit is \(Self.maximumResultBytes >> 20) MiB, so at most \(Self.maximumResultBytes / perDraw) draws for this plan",
                        at: SourceLocation(keyPath: "draws"))
    }
}

/// Hands out the thread shares of a Monte Carlo run and counts the finished ones. The caller
/// waits with ``waitAll(orRun:)``, which runs an unclaimed share itself whenever no share was
/// claimed for a while, so a thread that failed to start (a process limit) slows the run
/// down but never hangs it.
final class ShareQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private var next = 0, done = 0

    init(count: Int) { self.count = count }

    /// Runs `share(0)`…`share(count − 1)` on `threads` OS threads, each claiming the next
    /// unclaimed share, and returns when all are finished (shares nobody claims run on the
    /// calling thread, see ``waitAll(orRun:)``). One OS thread per worker: Dispatch's
    /// `concurrentPerform` ran every share on one core on the 2-core test machine.
    static func perform(_ count: Int, threads: Int, _ share: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let shares = ShareQueue(count: count)
        for _ in 0..<min(max(threads, 1), count) {
            let worker = Thread {
                while let index = shares.claim() {
                    share(index)
                    shares.finish()
                }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        shares.waitAll(orRun: share)
    }

    /// The next unclaimed share, or nil when all are claimed.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Marks one claimed share finished.
    func finish() {
        condition.lock()
        done += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Returns when every share is finished; runs `share` on the calling thread for shares no
    /// thread claimed within 0.2 s of the last claim.
    func waitAll(orRun share: (Int) -> Void) {
        while true {
            condition.lock()
            let claimedBefore = next
            while done < count && next == claimedBefore {
                if !condition.wait(until: Date(timeIntervalSinceNow: 0.2)) { break }
            }
            let finished = done == count
            let stalled = next == claimedBefore && next < count
            condition.unlock()
            if finished { return }
            if stalled, let index = claim() {
                share(index)
                finish()
            }
        }
    }
}
