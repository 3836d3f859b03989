package import ReductionSystem

/// Writes a document so that the destination either holds a complete, schema-valid document
/// or is left exactly as it was.
///
/// 1. stream the document into a temporary file in the destination's folder
///    (same file system, so the final step is a rename), named so that a later run can
///    recognise and remove it if this process is killed (``AtomicFiles``);
/// 2. `fsync` it and validate it against the schema (streaming, no tree in memory);
/// 3. `rename(2)` it over the destination, then `fsync` the folder.
///
/// Any failure removes the temporary file and throws; the destination path never exists
/// holding an unvalidated or partial document. ``stage(toPath:schema:indent:_:)`` stops
/// after step 2 so a caller can commit several files as one set.
enum AtomicWrite {
    static func write(
        toPath destination: String,
        schema: [UInt8]?,
        indent: Bool = true,
        _ body: (TextWriter) throws(ReportXMLError) -> Void
    ) throws(ReportXMLError) {
        do { try AtomicFiles.recover(folder: AtomicFiles.folder(of: destination)) } catch {
            throw ReportXMLError(system: error, file: destination)
        }
        let staged = try stage(toPath: destination, schema: schema, indent: indent, body)
        do { try AtomicFiles.commit([staged]) } catch { throw ReportXMLError(system: error, file: destination) }
    }

    /// Steps 1 and 2: a complete, flushed, validated temporary file, not yet in place.
    static func stage(
        toPath destination: String,
        schema: [UInt8]?,
        indent: Bool = true,
        _ body: (TextWriter) throws(ReportXMLError) -> Void
    ) throws(ReportXMLError) -> StagedFile {
        let descriptor: FileDescriptor, staged: StagedFile
        do { (descriptor, staged) = try AtomicFiles.createTemporary(for: destination) } catch {
            throw ReportXMLError(system: error, file: destination)
        }
        do throws(ReportXMLError) {
            defer { Syscalls.closeFile(descriptor) }
            let writer = try TextWriter(fileDescriptor: descriptor, indent: indent)
            try writer.startDocument()
            try body(writer)
            try writer.endDocument()
            writer.close()
            do { try Syscalls.syncFile(descriptor) } catch { throw ReportXMLError(system: error, file: destination) }
            if let schema {
                do { try Syscalls.rewind(descriptor) } catch { throw ReportXMLError(system: error, file: destination) }
                let compiled = try CompiledSchema(xsd: schema)
                let problems = compiled.validateStreaming(fileDescriptor: descriptor.rawValue).filter { $0.severity != .warning }
                if !problems.isEmpty {
                    throw ReportXMLError(.schemaInvalid,
                                         "report does not conform to the schema (\(problems.count) error(s)); nothing written",
                                         file: destination, diagnostics: problems)
                }
            }
        } catch {
            AtomicFiles.discard([staged])
            throw error
        }
        return staged
    }

    static func folder(of path: String) -> String { AtomicFiles.folder(of: path) }
}

extension ReportXMLError {
    /// An I/O failure with its errno in the message (`No space left on device (ENOSPC)`) and
    /// kept as the ``cause``.
    package init(system error: SystemError, file: String) {
        self.init(.io, "cannot \(error.operation): \(error.errno)", file: file)
        cause = error
    }

    /// A read failure: not a regular file, too large, or a system call failing.
    package init(reading error: FileReadError) {
        switch error {
        case .system(let system): self.init(system: system, file: system.path)
        case .tooLarge: self.init(.tooLarge, error.reason, file: error.path)
        case .notRegularFile: self.init(.io, error.reason, file: error.path)
        }
    }
}
