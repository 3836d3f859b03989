import Testing
@testable import ReductionCore

/// The Monte Carlo share queue: a run whose threads never start still finishes.
@Suite("Share queue")
struct ShareQueueTests {
    /// Before the queue, `run` entered a dispatch group per thread and waited without a
    /// timeout, so one thread that failed to start (a process limit) hung it for ever.
    @Test("shares no thread claims run on the waiting thread")
    func noThreadStarted() {
        let queue = ShareQueue(count: 3)
        var ran: [Int] = []
        queue.waitAll { ran.append($0) }
        #expect(ran == [0, 1, 2])
        #expect(queue.claim() == nil)
    }

    @Test("claimed shares are handed out once each")
    func claimsAreUnique() {
        let queue = ShareQueue(count: 2)
        #expect(queue.claim() == 0)
        #expect(queue.claim() == 1)
        #expect(queue.claim() == nil)
        queue.finish()
        queue.finish()
        queue.waitAll { _ in Issue.record("no share is left to run") }
    }
}
