#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a document so that the destination either holds a complete, schema-valid document
/// or is left exactly as it was.
///
/// 1. stream the document into a hidden temporary file in the destination's folder
///    (same file system, so the final step is a rename);
/// 2. `fsync` it and validate it against the schema (streaming, no tree in memory);
/// 3. `rename(2)` it over the destination, then `fsync` the folder.
///
/// Any failure removes the temporary file and throws; the destination path never exists
/// holding an unvalidated or partial document.
enum AtomicWrite {
    static func write(
        toPath destination: String,
        schema: [UInt8]?,
        indent: Bool = true,
        _ body: (TextWriter) throws(ReportXMLError) -> Void
    ) throws(ReportXMLError) {
        let folder = Self.folder(of: destination)
        var status = stat()
        guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw ReportXMLError(.io, "folder \(folder) does not exist", file: destination)
        }
        let temporary = Self.temporaryPath(for: destination, in: folder)
        let descriptor = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ReportXMLError(.io, "cannot create a temporary file in \(folder): \(errnoText())", file: destination)
        }
        do throws(ReportXMLError) {
            defer { close(descriptor) }
            let writer = try TextWriter(fileDescriptor: descriptor, indent: indent)
            try writer.startDocument()
            try body(writer)
            try writer.endDocument()
            writer.close()
            guard fsync(descriptor) == 0 else {
                throw ReportXMLError(.io, "cannot flush the report to disk: \(errnoText())", file: destination)
            }
            if let schema {
                guard lseek(descriptor, 0, SEEK_SET) == 0 else {
                    throw ReportXMLError(.io, "cannot reread the temporary file: \(errnoText())", file: destination)
                }
                let compiled = try CompiledSchema(xsd: schema)
                let problems = compiled.validateStreaming(fileDescriptor: descriptor).filter { $0.severity != .warning }
                if !problems.isEmpty {
                    throw ReportXMLError(.schemaInvalid,
                                         "report does not conform to the schema (\(problems.count) error(s)); nothing written",
                                         file: destination, diagnostics: problems)
                }
            }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, destination) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw ReportXMLError(.io, "cannot rename the report into place: \(reason)", file: destination)
        }
        syncFolder(folder)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func temporaryPath(for destination: String, in folder: String) -> String {
        let name = destination.split(separator: "/").last.map(String.init) ?? "report"
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return "\(folder)/.\(name).\(getpid()).\(token).tmp"
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
