import Foundation

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

/// Synthesized coding (the files in order).
extension PlanSources: Codable {}

/// Coded as `role`, `name`, `sha256` and the bytes as `text` (UTF-8, as plan files are) or,
/// for bytes that are not UTF-8, `base64`. Decoding checks the `sha256`.
extension PlanSources.File: Codable {
    private enum CodingKeys: String, CodingKey { case role, name, sha256, text, base64 }

    /// Decodes the coded form; throws when neither `text` nor valid `base64` is present or the
    /// bytes do not match `sha256`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let bytes: [UInt8]
        if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            bytes = Array(text.utf8)
        } else if let base64 = try container.decodeIfPresent(String.self, forKey: .base64), let data = Data(base64Encoded: base64) {
            bytes = Array(data)
        } else {
            throw DecodingError.dataCorruptedError(forKey: .text, in: container, debugDescription: "a file needs `text` or `base64`")
        }
        self.init(role: try container.decode(String.self, forKey: .role), name: try container.decode(String.self, forKey: .name),
                  bytes: bytes)
        if let digest = try container.decodeIfPresent(String.self, forKey: .sha256), digest != sha256 {
            throw DecodingError.dataCorruptedError(forKey: .sha256, in: container, debugDescription: "the bytes do not match sha256 \(digest)")
        }
    }

    /// Encodes `role`, `name`, `sha256` and `text` (or `base64`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(name, forKey: .name)
        try container.encode(sha256, forKey: .sha256)
        if let text = String(validating: bytes, as: UTF8.self) {
            try container.encode(text, forKey: .text)
        } else {
            try container.encode(Data(bytes).base64EncodedString(), forKey: .base64)
        }
    }
}
