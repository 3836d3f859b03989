import Foundation
import Testing
@testable import ReductionSystem

/// The syscall layer's atomic writes under injected faults: a failing `write`, `fsync` or
/// `rename` throws the typed errno, leaves no temporary file and keeps the earlier file.
@Suite("Atomic files")
struct AtomicFilesTests {
    static let earlier: [UInt8] = Array("earlier\n".utf8)

    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "rp-system-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func contents(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test("a faulty write, fsync or rename throws its errno and keeps the earlier file", arguments: [
        FaultInjection.Rule(.write, .noSpace),
        FaultInjection.Rule(.fsync, .ioError),
        FaultInjection.Rule(.rename, .readOnlyFileSystem),
        FaultInjection.Rule(.open, .permissionDenied),
    ])
    func faultKeepsEarlier(rule: FaultInjection.Rule) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/report.xml"
        try AtomicFiles.write(Self.earlier, to: target)
        let error = try #require(throws: SystemError.self) {
            try FaultInjection.with([rule]) { () throws(SystemError) in try AtomicFiles.write(Array("new\n".utf8), to: target) }
        }
        #expect(error.errno == rule.errno)
        #expect(error.description.contains("(\(rule.errno.name))"))
        #expect(try bytes(target) == Self.earlier)
        #expect(try contents(folder) == ["report.xml"])
    }

    @Test func errnoNamesAndText() {
        #expect(Errno.noSpace.name == "ENOSPC")
        #expect(Errno.readOnlyFileSystem.name == "EROFS")
        #expect(Errno.permissionDenied.name == "EACCES")
        #expect(Errno.noSpace.description == "No space left on device (ENOSPC)")
        let error = SystemError("write", path: "out/a.xml", errno: .noSpace)
        #expect(error.description == "out/a.xml: cannot write: No space left on device (ENOSPC)")
    }

    @Test("a set whose second rename fails is completed by the next recovery, never left mixed")
    func setCompletedByRecovery() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a.xml", "a-macc.svg"] { try AtomicFiles.write(Array("old \(name)".utf8), to: "\(folder)/\(name)") }
        let staged = try ["a.xml", "a-macc.svg"].map { name throws(SystemError) in
            try AtomicFiles.stage(Array("new \(name)".utf8), to: "\(folder)/\(name)")
        }
        #expect(throws: SystemError.self) {
            try FaultInjection.with([.init(.rename, .ioError, pathSuffix: "a-macc.svg")]) { () throws(SystemError) in
                try AtomicFiles.commit(staged)
            }
        }
        // Half-way: the journal names the pending rename.
        #expect(try contents(folder).contains { $0.hasPrefix(".rp-set.") && $0.hasSuffix(".journal") })
        let touched = try AtomicFiles.recover(folder: folder)
        #expect(touched.contains("a-macc.svg"))
        #expect(try contents(folder) == ["a-macc.svg", "a.xml"])
        #expect(try bytes("\(folder)/a.xml") == Array("new a.xml".utf8))
        #expect(try bytes("\(folder)/a-macc.svg") == Array("new a-macc.svg".utf8))
    }

    @Test("a set whose first rename fails is abandoned whole: the old set stays")
    func setAbandonedWhole() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a.xml", "a-macc.svg"] { try AtomicFiles.write(Array("old \(name)".utf8), to: "\(folder)/\(name)") }
        let staged = try ["a.xml", "a-macc.svg"].map { name throws(SystemError) in
            try AtomicFiles.stage(Array("new \(name)".utf8), to: "\(folder)/\(name)")
        }
        #expect(throws: SystemError.self) {
            try FaultInjection.with([.init(.rename, .readOnlyFileSystem, pathSuffix: "a.xml")]) { () throws(SystemError) in
                try AtomicFiles.commit(staged)
            }
        }
        #expect(try contents(folder) == ["a-macc.svg", "a.xml"])
        #expect(try bytes("\(folder)/a.xml") == Array("old a.xml".utf8))
    }

    @Test("temporary files of dead processes (this and earlier versions' names) are removed; others stay")
    func strayTemporariesRemoved() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 2147483646 is above every Linux pid_max (at most 4194304) and macOS's 99998: never a live process.
        let strays = [".a.xml.2147483646.k3j2.rp-tmp", ".a.xml.2147483646.k3j2.tmp", ".a-macc.svg.2147483646.tmp",
                      ".rp-set.2147483646.zz.journal"]
        let kept = [".a.xml.\(getpid()).live.rp-tmp", ".notes.tmp", "a.xml", ".hidden"]
        for name in strays + kept { try Data("x".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)")) }
        let touched = try AtomicFiles.recover(folder: folder)
        #expect(Set(touched) == Set(strays))
        #expect(try contents(folder) == kept.sorted())
    }

    @Test("a FIFO is refused at once without blocking; a folder too")
    func fifoRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/plan.yaml"
        #expect(mkfifo(fifo, 0o600) == 0)
        // Before the fix the open itself blocked for ever (no writer on the FIFO).
        #expect(throws: FileReadError.notRegularFile(path: fifo, kind: .fifo)) { try RegularFile.read(fifo, maxBytes: 100) }
        #expect(throws: FileReadError.notRegularFile(path: folder, kind: .directory)) { try RegularFile.read(folder, maxBytes: 100) }
        let file = folder + "/small.yaml"
        try Data("abc".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try RegularFile.read(file, maxBytes: 3) == Array("abc".utf8))
        #expect(throws: FileReadError.tooLarge(path: file, size: 3, limit: 2)) { try RegularFile.read(file, maxBytes: 2) }
    }
}
