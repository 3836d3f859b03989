import Foundation

/// A file written completely under a temporary name in its destination's folder and flushed
/// to disk (`fsync`), not yet renamed into place. ``AtomicFiles/commit(_:)`` puts it there;
/// ``AtomicFiles/discard(_:)`` removes it.
package struct StagedFile: Sendable, Hashable {
    /// The temporary file, in the same folder as ``destination``.
    package var temporaryPath: String
    /// Where the file goes.
    package var destination: String
}

/// Atomic writes of one file or of a set of files in one folder.
///
/// - One file: temporary file in the destination's folder, `write`, `fsync`, `rename(2)` over
///   the destination, `fsync` of the folder. The destination holds the old bytes or the new.
/// - A set (a report and its charts): every file is staged first; then a journal naming each
///   temporary file and its destination is written atomically, the renames are done, the
///   folder is flushed and the journal removed. A process killed during the renames leaves
///   the journal; the next write into that folder (``recover(folder:)``) completes the renames
///   first, so the set is the old one or the new one, never a mix once recovery has run.
/// - Temporary files are named `.<name>.<pid>.<token>.rp-tmp` and journals
///   `.rp-set.<pid>.<token>.journal`; ``recover(folder:)`` removes those left by processes that
///   no longer exist (and the `.tmp` names of earlier versions).
package enum AtomicFiles {
    static let temporarySuffix = "rp-tmp"
    static let journalPrefix = ".rp-set."
    static let journalSuffix = ".journal"

    /// The folder part of a path (`.` for a bare name).
    package static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func name(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    static func token() -> String { String(UInt64.random(in: 0...UInt64.max), radix: 36) }

    /// Creates a new, empty temporary file for `destination` (exclusively) and returns it open
    /// for reading and writing. The caller writes, calls ``finish(_:descriptor:)`` or removes it.
    package static func createTemporary(for destination: String) throws(SystemError) -> (FileDescriptor, StagedFile) {
        let folder = folder(of: destination)
        guard try Syscalls.kind(ofPath: folder) == .directory else {
            throw SystemError("write into the folder \(folder)", path: destination, errno: .noSuchFile)
        }
        let temporary = "\(folder)/.\(name(of: destination)).\(Syscalls.processID).\(token()).\(temporarySuffix)"
        let descriptor = try Syscalls.openFile(temporary, flags: Syscalls.createExclusive, mode: 0o644)
        return (descriptor, StagedFile(temporaryPath: temporary, destination: destination))
    }

    /// Writes `bytes` to a new temporary file for `destination`, flushes and closes it.
    package static func stage(_ bytes: [UInt8], to destination: String) throws(SystemError) -> StagedFile {
        let (descriptor, staged) = try createTemporary(for: destination)
        do throws(SystemError) {
            defer { Syscalls.closeFile(descriptor) }
            let failure = bytes.withUnsafeBytes { buffer -> SystemError? in
                guard let base = buffer.baseAddress else { return nil }
                do throws(SystemError) { try Syscalls.writeAll(descriptor, base, count: buffer.count) } catch { return error }
                return nil
            }
            if let failure { throw failure }
            try Syscalls.syncFile(descriptor)
        } catch {
            discard([staged])
            throw error
        }
        return staged
    }

    /// Removes staged files that will not be committed.
    package static func discard(_ files: [StagedFile]) {
        for file in files { try? Syscalls.removeFile(file.temporaryPath) }
    }

    /// Writes `bytes` to `destination` atomically (stage, rename, `fsync` of the folder).
    package static func write(_ bytes: [UInt8], to destination: String) throws(SystemError) {
        try recover(folder: folder(of: destination))
        try commit([try stage(bytes, to: destination)])
    }

    /// Renames staged files into place as one set (see the type's description). All files
    /// must be in one folder. When the journal or the first rename fails, every staged file is
    /// removed and the old set stays; when a later rename fails, the journal and the remaining
    /// staged files are kept so that the next ``recover(folder:)`` completes the set.
    package static func commit(_ files: [StagedFile]) throws(SystemError) {
        guard let first = files.first else { return }
        let folder = folder(of: first.destination)
        if files.count == 1 {
            do { try Syscalls.renameFile(first.temporaryPath, to: first.destination) } catch {
                discard(files)
                throw error
            }
            try Syscalls.syncFolder(folder)
            return
        }
        let journal = "\(folder)/\(journalPrefix)\(Syscalls.processID).\(token())\(journalSuffix)"
        let lines = files.map { "\(name(of: $0.temporaryPath))\t\(name(of: $0.destination))\n" }.joined()
        var journalFile: StagedFile?
        do {
            journalFile = try stage(Array(lines.utf8), to: journal)
            if let journalFile { try Syscalls.renameFile(journalFile.temporaryPath, to: journal) }
            try Syscalls.syncFolder(folder)
        } catch {
            discard(files + (journalFile.map { [$0] } ?? []))
            try? Syscalls.removeFile(journal)
            throw error
        }
        for (index, file) in files.enumerated() {
            do { try Syscalls.renameFile(file.temporaryPath, to: file.destination) } catch {
                guard index > 0 else {
                    // Nothing replaced yet: abandon the commit, the old set stays whole.
                    discard(files)
                    try? Syscalls.removeFile(journal)
                    throw error
                }
                // Part of the set is in place: keep the journal and the rest of the new files,
                // so the next write into this folder completes the set (``recover(folder:)``).
                _ = abandoned.withLock { $0.insert(journal) }
                throw error
            }
        }
        try Syscalls.syncFolder(folder)
        try Syscalls.removeFile(journal)
        try Syscalls.syncFolder(folder)
    }

    /// Completes the commits of killed processes in `folder` (from their journals) and removes
    /// their temporary files. Files of processes still running are left alone; a file that
    /// cannot be renamed or removed is skipped (throws only when the folder cannot be listed or
    /// flushed). Returns the names removed or completed, for messages and tests.
    @discardableResult
    package static func recover(folder: String) throws(SystemError) -> [String] {
        guard try Syscalls.kind(ofPath: folder) == .directory else { return [] }
        var touched: [String] = []
        let names = try Syscalls.listFolder(folder).sorted()
        for name in names where name.hasPrefix(journalPrefix) && name.hasSuffix(journalSuffix) {
            let path = "\(folder)/\(name)"
            guard let pid = ownerProcess(ofJournal: name),
                  !isLive(pid) || abandoned.withLock({ $0.remove(path) != nil }) else { continue }
            if let bytes = try? RegularFile.read(path, maxBytes: 1 << 20) {
                for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                    let parts = line.split(separator: "\t").map(String.init)
                    // Only this layer's temporary files, each onto the name it was made for.
                    guard parts.count == 2, !parts.contains(where: { $0.contains("/") }),
                          ownerProcess(ofTemporary: parts[0]) == pid, parts[0].hasPrefix(".\(parts[1]).") else { continue }
                    let temporary = "\(folder)/\(parts[0])"
                    if (try? Syscalls.kind(ofPath: temporary)) == .regular,
                       (try? Syscalls.renameFile(temporary, to: "\(folder)/\(parts[1])")) != nil {
                        touched.append(parts[1])
                    }
                }
                try Syscalls.syncFolder(folder)
            }
            if (try? Syscalls.removeFile(path)) != nil { touched.append(name) }
        }
        // Best effort: a stray that cannot be removed (another user's) must not block writing.
        for name in try Syscalls.listFolder(folder).sorted() {
            guard let pid = ownerProcess(ofTemporary: name), !isLive(pid) else { continue }
            if (try? Syscalls.removeFile("\(folder)/\(name)")) != nil { touched.append(name) }
        }
        return touched
    }

    /// The process id in `.<name>.<pid>.<token>.rp-tmp` (and the earlier `.<name>.<pid>.tmp`,
    /// `.<name>.<pid>.<token>.tmp`); nil for any other name.
    static func ownerProcess(ofTemporary name: String) -> Int32? {
        guard name.hasPrefix(".") else { return nil }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 4 else { return nil }
        let last = parts[parts.count - 1]
        if last == temporarySuffix, let pid = Int32(parts[parts.count - 3]), pid > 0, !parts[parts.count - 2].isEmpty {
            return pid
        }
        // Earlier versions' names, only for the files the tools write (never a user's `.x.2024.tmp`).
        guard last == "tmp" else { return nil }
        let outputs: Set<String> = ["xml", "svg", "csv", "yaml"]
        if let pid = Int32(parts[parts.count - 2]), pid > 0, outputs.contains(parts[parts.count - 3]) { return pid }
        if parts.count >= 5, let pid = Int32(parts[parts.count - 3]), pid > 0, outputs.contains(parts[parts.count - 4]) {
            return pid
        }
        return nil
    }

    static func ownerProcess(ofJournal name: String) -> Int32? {
        let middle = name.dropFirst(journalPrefix.count).dropLast(journalSuffix.count)
        return middle.split(separator: ".").first.flatMap { Int32($0) }
    }

    /// Journals of this process whose commit failed part-way (no thread is working on them).
    static let abandoned = Locked<Set<String>>([])

    static func isLive(_ pid: Int32) -> Bool { pid == Syscalls.processID || Syscalls.processExists(pid) }
}

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
