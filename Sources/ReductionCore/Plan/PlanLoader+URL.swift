public import Foundation

extension PlanLoader {
    /// The largest plan file ``load(contentsOf:model:catalogue:)`` reads (64 MiB, as the tools).
    public static let maximumFileBytes = 64 << 20

    /// Loads the plan file at `url` (a `file:` URL); the file's name appears in error messages
    /// and in the report's carried inputs. With `catalogue`, the plan is loaded against those
    /// catalogue bytes instead of the sector's embedded catalogue (``CatalogueOverride``).
    /// A file that cannot be read, or is larger than ``maximumFileBytes``, is a ``PlanError``
    /// of code ``PlanError/Code/unreadableFile``.
    public static func load(contentsOf url: URL, model: some SectorModel, catalogue: [UInt8]? = nil) throws(PlanError) -> Plan {
        let name = url.isFileURL ? url.path : url.absoluteString
        let bytes: [UInt8]
        do {
            let values = try url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
            guard values.isRegularFile != false else {
                throw PlanError(.unreadableFile, "not a regular file", at: SourceLocation(file: name))
            }
            if let size = values.fileSize, size > maximumFileBytes {
                throw PlanError(.unreadableFile, "the file has \(size) bytes, more than the \(maximumFileBytes) a plan may have",
                                at: SourceLocation(file: name))
            }
            bytes = Array(try Data(contentsOf: url))
        } catch let error as PlanError {
            throw error
        } catch {
            throw PlanError(.unreadableFile, "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: name))
        }
        return try load(bytes: bytes, file: name, model: model, catalogue: catalogue)
    }

    /// Loads a plan from UTF-8 bytes against `catalogue` (measure catalogue bytes) instead of
    /// the sector's embedded catalogue when given; `file` names the plan in error messages.
    public static func load(bytes: [UInt8], file: String?, model: some SectorModel, catalogue: [UInt8]?) throws(PlanError) -> Plan {
        guard let catalogue else { return try load(bytes: bytes, file: file, model: model) }
        return try load(bytes: bytes, file: file, model: CatalogueOverride(base: model, measures: catalogue))
    }
}
