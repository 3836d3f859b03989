import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    let total: Int
    let enabled: Bool
    private let lock = NSLock()
    private var lastPercent = -1

    init(total: Int) {
        self.total = max(total, 1)
        enabled = isatty(STDERR_FILENO) == 1
    }

    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = min(100, done * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 30 - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(percent) % (\(min(done, total))/\(total))".utf8))
        if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
