/// The exact bytes a plan was computed from: the plan file, the measure catalogue and the
/// factor file actually used (embedded or overridden), each with its own SHA-256.
///
/// ``PlanLoader/load(bytes:file:model:)`` records them, so a report can carry them and a
/// reviewer can recompute the report, or check a file with `sha256sum`:
/// `sha256(file) == ``File/sha256```, and ``combinedSHA256`` is the older header digest
/// `sha256(plan ‖ catalogue ‖ factors)` (the three files' bytes concatenated in that order).
public struct PlanSources: Sendable, Hashable {
    /// One input file.
    public struct File: Sendable, Hashable {
        /// `plan`, `catalogue` or `factors`.
        public var role: String
        /// The file's name as given to the loader (`my-city.yaml`, `<embedded transport example>`).
        public var name: String
        /// The file's bytes, unchanged.
        public var bytes: [UInt8]
        /// Lowercase hex SHA-256 of ``bytes`` (what `sha256sum` prints for the file).
        public var sha256: String { SHA256.hex(bytes) }

        /// Creates a file entry; `role` is one of ``PlanSources/roles``, `name` the file name as given.
        public init(role: String, name: String, bytes: [UInt8]) {
            self.role = role
            self.name = name
            self.bytes = bytes
        }
    }

    /// The roles, in the order files are listed and concatenated for ``combinedSHA256``.
    public static let roles = ["plan", "catalogue", "factors"]

    /// The files in ``roles`` order; empty for a plan built in code.
    public var files: [File]

    /// Creates the value from its files (kept in the given order).
    public init(files: [File] = []) { self.files = files }

    /// The plan, catalogue and factor bytes a plan file was loaded with. `planName` is kept
    /// without its folders (`plans/city.yaml` → `city.yaml`), so the same file gives the same
    /// report wherever it lies.
    public init(plan: [UInt8], planName: String, catalogue: [UInt8], factors: [UInt8]) {
        let name = planName.split(separator: "/").last.map(String.init) ?? planName
        files = [File(role: "plan", name: name, bytes: plan),
                 File(role: "catalogue", name: "measures.yaml", bytes: catalogue),
                 File(role: "factors", name: "factors.yaml", bytes: factors)]
    }

    /// The file with `role`, if present.
    public func file(_ role: String) -> File? { files.first { $0.role == role } }

    /// `sha256(plan ‖ catalogue ‖ factors)`, the digest in the report header's `<inputs>`.
    public var combinedSHA256: String { SHA256.hex(files.flatMap(\.bytes)) }
}
