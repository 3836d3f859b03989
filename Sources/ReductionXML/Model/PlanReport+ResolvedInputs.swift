public import ReductionCore

extension PlanReport {
    /// What the report was computed from (schema 1.2 `<resolvedInputs>`): the tool and the
    /// exact bytes of the plan file, measure catalogue and factor file, each with its SHA-256.
    ///
    /// Each file is written base64-encoded; decoding the element's text gives the file back
    /// byte for byte, and `sha256sum` of that file prints ``InputFile/sha256``. `verify`
    /// recomputes the whole report from these files.
    public struct ResolvedInputs: Sendable, Hashable {
        /// The program that computed the report (name and version).
        public var tool: Generator
        /// `plan`, `catalogue` and `factors`, in that order.
        public var files: [InputFile]

        /// Carries the files (plan, catalogue, factors) and the program that read them.
        public init(tool: Generator, files: [InputFile]) {
            self.tool = tool
            self.files = files
        }

        /// The files a plan was loaded from, each with the SHA-256 of its bytes.
        public init(tool: Generator, sources: PlanSources) {
            self.init(tool: tool, files: sources.files.map {
                InputFile(role: $0.role, name: $0.name, sha256: $0.sha256, bytes: $0.bytes)
            })
        }

        /// The file with `role`, if present.
        public func file(_ role: String) -> InputFile? { files.first { $0.role == role } }

        /// The files as the core's value (bytes only; the stated digests are not kept).
        public var sources: PlanSources {
            PlanSources(files: files.map { PlanSources.File(role: $0.role, name: $0.name, bytes: $0.bytes) })
        }
    }

    /// One carried input file.
    public struct InputFile: Sendable, Hashable {
        /// `plan`, `catalogue` or `factors`.
        public var role: String
        /// The file name the tool was given.
        public var name: String
        /// The SHA-256 the report states for the file (lowercase hex); equals
        /// `sha256(bytes)` unless the report was altered.
        public var sha256: String
        /// The file's bytes.
        public var bytes: [UInt8]

        /// Creates a carried file: its role, its name, the digest the report states and the bytes.
        public init(role: String, name: String, sha256: String, bytes: [UInt8]) {
            self.role = role
            self.name = name
            self.sha256 = sha256
            self.bytes = bytes
        }

        /// Lowercase hex SHA-256 of ``bytes`` as carried.
        public var actualSHA256: String { SHA256.hex(bytes) }
    }
}
