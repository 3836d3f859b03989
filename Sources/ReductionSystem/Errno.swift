/// An `errno` value kept as a typed cause, in the manner of swift-system's `Errno`: the
/// number, its symbolic name (`ENOSPC`) and the C library's text.
package struct Errno: Error, Sendable, Hashable, CustomStringConvertible {
    /// The raw `errno` number (platform-specific).
    package var rawValue: Int32

    /// Wraps a raw `errno` number.
    package init(rawValue: Int32) { self.rawValue = rawValue }

    /// `No space left on device (ENOSPC)`.
    package var description: String { "\(Syscalls.errorText(rawValue)) (\(name))" }
}

/// A failed system call: which operation, on which path, and the typed ``Errno`` as the cause.
package struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operation that failed, in words (`write`, `fsync`, `rename into place`).
    package var operation: String
    /// The path concerned.
    package var path: String
    /// The cause.
    package var errno: Errno

    /// Records the failed call (`open`, `rename`, …), the path it was given and the errno it set.
    package init(_ operation: String, path: String, errno: Errno) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// `out/city.xml: cannot write: No space left on device (ENOSPC)`.
    package var description: String { "\(path): cannot \(operation): \(errno)" }
}
