// The only file in the package that calls POSIX file and process functions (swift-system's
// `Internals/Syscalls.swift` is the model). Every call that can fail returns a typed
// `SystemError` whose cause is the `Errno`; EINTR is retried here. `FaultInjection` can make
// `open`, `write`, `fsync` and `rename` fail in tests, so those paths are exercised.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file descriptor together with the path it was opened from (for messages and
/// for fault injection by path).
package struct FileDescriptor: Sendable, Hashable {
    /// The raw descriptor.
    package var rawValue: Int32
    /// The path it was opened from.
    package var path: String

    /// Wraps a raw descriptor opened from `path`.
    package init(rawValue: Int32, path: String) {
        self.rawValue = rawValue
        self.path = path
    }
}

/// What `fstat` says a path is.
package enum FileKind: String, Sendable, Hashable {
    case regular = "a regular file", directory = "a folder", fifo = "a FIFO (named pipe)",
         socket = "a socket", characterDevice = "a character device", blockDevice = "a block device",
         symbolicLink = "a symbolic link", other = "not a regular file"
}

/// Thin, typed wrappers over the POSIX calls the package needs.
package enum Syscalls {
    /// The C library's text for an errno number.
    package static func errorText(_ number: Int32) -> String { String(cString: strerror(number)) }

    private static func lastError(_ operation: String, _ path: String) -> SystemError {
        SystemError(operation, path: path, errno: Errno(rawValue: errno))
    }

    // MARK: Files

    /// `O_RDWR | O_CREAT | O_EXCL`: a new file, failing when the name exists.
    package static let createExclusive = O_RDWR | O_CREAT | O_EXCL

    /// `open(2)` with `O_CLOEXEC` added. Never blocks on a FIFO when `flags` has `O_NONBLOCK`.
    package static func openFile(_ path: String, flags: Int32, mode: UInt16 = 0o644) throws(SystemError) -> FileDescriptor {
        if let fault = FaultInjection.current?.fault(.open, path: path) { throw SystemError("open", path: path, errno: fault) }
        while true {
            let raw = open(path, flags | O_CLOEXEC, mode_t(mode))
            if raw >= 0 { return FileDescriptor(rawValue: raw, path: path) }
            if errno != EINTR { throw lastError("open", path) }
        }
    }

    /// Opens `path` for reading without blocking (a FIFO opens at once and is then refused),
    /// checks with `fstat` that it is a regular file, and returns the descriptor in blocking mode
    /// with the file's size.
    package static func openRegularFileForReading(_ path: String) throws(FileReadError) -> (FileDescriptor, Int) {
        let descriptor: FileDescriptor
        do { descriptor = try openFile(path, flags: O_RDONLY | O_NONBLOCK) } catch { throw .system(error) }
        let kind: FileKind, size: Int
        do { (kind, size) = try status(descriptor) } catch { closeFile(descriptor); throw .system(error) }
        guard kind == .regular else {
            closeFile(descriptor)
            throw .notRegularFile(path: path, kind: kind)
        }
        let flags = fcntl(descriptor.rawValue, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor.rawValue, F_SETFL, flags & ~O_NONBLOCK) }
        return (descriptor, size)
    }

    /// `fstat(2)`: the kind of file and its size in bytes.
    package static func status(_ descriptor: FileDescriptor) throws(SystemError) -> (FileKind, Int) {
        var info = stat()
        guard fstat(descriptor.rawValue, &info) == 0 else { throw lastError("inspect", descriptor.path) }
        return (kind(info.st_mode), Int(clamping: info.st_size))
    }

    /// `stat(2)` on a path (following symbolic links); nil when it does not exist.
    package static func kind(ofPath path: String) throws(SystemError) -> FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw lastError("inspect", path)
        }
        return kind(info.st_mode)
    }

    private static func kind(_ mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFLNK: .symbolicLink
        default: .other
        }
    }

    /// Reads up to `count` bytes into `buffer`; 0 at end of file. Retries EINTR.
    package static func readChunk(_ descriptor: FileDescriptor, into buffer: UnsafeMutableRawPointer,
                                  count: Int) throws(SystemError) -> Int {
        while true {
            let got = read(descriptor.rawValue, buffer, count)
            if got >= 0 { return got }
            if errno != EINTR { throw lastError("read", descriptor.path) }
        }
    }

    /// Writes all `count` bytes, retrying EINTR and short writes.
    package static func writeAll(_ descriptor: FileDescriptor, _ bytes: UnsafeRawPointer, count: Int) throws(SystemError) {
        if let fault = FaultInjection.current?.fault(.write, path: descriptor.path) {
            throw SystemError("write", path: descriptor.path, errno: fault)
        }
        var offset = 0
        while offset < count {
            let written = write(descriptor.rawValue, bytes + offset, count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw lastError("write", descriptor.path)
            }
            offset += written
        }
    }

    /// `fsync(2)`: the data (or a folder's entries) reach the disk before this returns.
    package static func syncFile(_ descriptor: FileDescriptor) throws(SystemError) {
        if let fault = FaultInjection.current?.fault(.fsync, path: descriptor.path) {
            throw SystemError("flush to disk (fsync)", path: descriptor.path, errno: fault)
        }
        while fsync(descriptor.rawValue) != 0 {
            if errno != EINTR { throw lastError("flush to disk (fsync)", descriptor.path) }
        }
    }

    /// Moves the offset back to the start of the file.
    package static func rewind(_ descriptor: FileDescriptor) throws(SystemError) {
        guard lseek(descriptor.rawValue, 0, SEEK_SET) == 0 else { throw lastError("reread", descriptor.path) }
    }

    /// `close(2)`; errors are ignored (the data was already flushed with ``syncFile(_:)``).
    package static func closeFile(_ descriptor: FileDescriptor) { _ = close(descriptor.rawValue) }

    /// `rename(2)`: atomically replaces `destination`.
    package static func renameFile(_ source: String, to destination: String) throws(SystemError) {
        if let fault = FaultInjection.current?.fault(.rename, path: destination) {
            throw SystemError("rename into place", path: destination, errno: fault)
        }
        guard rename(source, destination) == 0 else { throw lastError("rename into place", destination) }
    }

    /// `unlink(2)`; a missing file is not an error.
    package static func removeFile(_ path: String) throws(SystemError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw lastError("remove", path) }
    }

    /// `mkdir(2)` of each missing component of `path` (like `mkdir -p`).
    package static func createFolders(_ path: String) throws(SystemError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            if mkdir(prefix, 0o755) == 0 || errno == EEXIST {
                if try kind(ofPath: prefix) != .directory {
                    throw SystemError("create the folder", path: prefix, errno: Errno(rawValue: ENOTDIR))
                }
                continue
            }
            throw lastError("create the folder", prefix)
        }
    }

    /// `fsync` of a folder, so a rename in it survives a power cut.
    package static func syncFolder(_ path: String) throws(SystemError) {
        let descriptor = try openFile(path, flags: O_RDONLY)
        defer { closeFile(descriptor) }
        try syncFile(descriptor)
    }

    /// The names in a folder (without `.` and `..`), unsorted.
    package static func listFolder(_ path: String) throws(SystemError) -> [String] {
        guard let folder = opendir(path) else { throw lastError("list the folder", path) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    // MARK: Processes and environment

    /// This process's id.
    package static var processID: Int32 { getpid() }

    /// Whether a process with this id exists (`kill(pid, 0)`; EPERM means it exists).
    package static func processExists(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Sends SIGKILL to `pid`.
    package static func forceKill(_ pid: Int32) { _ = kill(pid, SIGKILL) }

    /// The conventional name of a signal number (`SIGILL`), or `signal N`.
    package static func signalName(_ number: Int32) -> String {
        let names: [Int32: String] = [SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS",
                                      SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM"]
        return names[number] ?? "signal \(number)"
    }

    /// An environment variable of this process.
    package static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// Seconds since 1970-01-01T00:00:00Z from the system clock.
    package static func secondsSinceEpoch() -> Int64 { Int64(time(nil)) }

    /// The path of the running executable (`/proc/self/exe` on Linux), or nil.
    package static func executablePath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #elseif canImport(Darwin)
        var size: UInt32 = 4096
        var buffer = [CChar](repeating: 0, count: Int(size))
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        return String(cString: buffer)
        #else
        return nil
        #endif
    }
}

extension Errno {
    /// No space left on the device.
    package static let noSpace = Errno(rawValue: ENOSPC)
    /// Read-only file system.
    package static let readOnlyFileSystem = Errno(rawValue: EROFS)
    /// Permission denied.
    package static let permissionDenied = Errno(rawValue: EACCES)
    /// Input/output error.
    package static let ioError = Errno(rawValue: EIO)
    /// No such file or directory.
    package static let noSuchFile = Errno(rawValue: ENOENT)

    /// The symbolic name, e.g. `ENOSPC`; `errno N` for numbers without one here.
    package var name: String {
        let names: [Int32: String] = [
            ENOSPC: "ENOSPC", EROFS: "EROFS", EACCES: "EACCES", EPERM: "EPERM", EIO: "EIO",
            ENOENT: "ENOENT", EEXIST: "EEXIST", ENOTDIR: "ENOTDIR", EISDIR: "EISDIR",
            EDQUOT: "EDQUOT", EFBIG: "EFBIG", EMFILE: "EMFILE", ENFILE: "ENFILE", EINTR: "EINTR",
            EXDEV: "EXDEV", EAGAIN: "EAGAIN", ENXIO: "ENXIO", ELOOP: "ELOOP", ENAMETOOLONG: "ENAMETOOLONG",
            EBADF: "EBADF", EINVAL: "EINVAL", ENOMEM: "ENOMEM", ESRCH: "ESRCH",
        ]
        return names[rawValue] ?? "errno \(rawValue)"
    }
}
