/// Reading whole files that must be regular files: plans, catalogues and reports.
package enum RegularFile {
    /// Reads all of `path`, refusing it before reading anything when it is not a regular file
    /// (a FIFO is opened without blocking and refused) or is larger than `maxBytes`.
    package static func read(_ path: String, maxBytes: Int) throws(FileReadError) -> [UInt8] {
        let (descriptor, size) = try Syscalls.openRegularFileForReading(path)
        defer { Syscalls.closeFile(descriptor) }
        guard size <= maxBytes else { throw .tooLarge(path: path, size: size, limit: maxBytes) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let result = bytes.withUnsafeMutableBytes { buffer -> Result<Int, SystemError> in
                guard let base = buffer.baseAddress else { return .success(0) }
                do throws(SystemError) { return .success(try Syscalls.readChunk(descriptor, into: base + offset, count: size - offset)) } catch {
                    return .failure(error)
                }
            }
            let count: Int
            switch result {
            case .success(let value): count = value
            case .failure(let error): throw .system(error)
            }
            if count == 0 { break }  // the file shrank while being read: keep what is there
            offset += count
        }
        return offset == size ? bytes : Array(bytes[..<offset])
    }
}

/// Why a file could not be read.
package enum FileReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A system call failed.
    case system(SystemError)
    /// The path is a FIFO, a folder, a device…: refused before anything is read.
    case notRegularFile(path: String, kind: FileKind)
    /// The file is larger than the reader accepts.
    case tooLarge(path: String, size: Int, limit: Int)

    /// The path concerned.
    package var path: String {
        switch self {
        case .system(let error): error.path
        case .notRegularFile(let path, _), .tooLarge(let path, _, _): path
        }
    }

    /// The reason, without the path.
    package var reason: String {
        switch self {
        case .system(let error): "cannot \(error.operation): \(error.errno)"
        case .notRegularFile(_, let kind): "not a regular file (\(kind.rawValue)); refused without reading it"
        case .tooLarge(_, let size, let limit): "file is \(size) bytes; the limit is \(limit) bytes"
        }
    }

    /// `path: reason`.
    package var description: String { "\(path): \(reason)" }
}
