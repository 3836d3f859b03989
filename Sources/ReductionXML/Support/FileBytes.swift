#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file, refusing it before reading when it is larger than `maxBytes`.
enum FileBytes {
    static func read(path: String, maxBytes: Int) throws(ReportXMLError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ReportXMLError(.io, "cannot open the file: \(AtomicWrite.errnoText())", file: path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw ReportXMLError(.io, "not a regular file", file: path)
        }
        let size = Int(status.st_size)
        guard size <= maxBytes else {
            throw ReportXMLError(.tooLarge, "file is \(size) bytes; the limit is \(maxBytes) bytes", file: path)
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress.map { $0 + offset }, size - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw ReportXMLError(.io, "cannot read the file: \(AtomicWrite.errnoText())", file: path)
            }
            offset += count
        }
        return bytes
    }
}
