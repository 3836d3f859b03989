/// Where a problem was found: the file, the line and column (1-based), and the key path.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name as the user gave it, or a label such as `<embedded example>`.
    public var file: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// Dotted key path with indices, e.g. `measures[3].lifetime.value`.
    public var keyPath: String

    /// Creates a location; every part is optional.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, keyPath: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
    }

    /// `file:line:column: key.path`, leaving out what is unknown.
    public var description: String {
        var parts: [String] = []
        var position = file ?? ""
        if let line {
            position += position.isEmpty ? "line \(line)" : ":\(line)"
            if let column { position += ":\(column)" }
        }
        if !position.isEmpty { parts.append(position) }
        if !keyPath.isEmpty { parts.append(keyPath) }
        return parts.joined(separator: ": ")
    }
}

/// A typed error for bad plan input: a code, a human message and the location.
///
/// Every error a planner can cause (malformed YAML, wrong units, NaN, negative lifetimes,
/// shares over 100 %, unknown measure ids, …) is a `PlanError`; the library never traps on
/// user data. `description` reads `file:line:column: key.path: message`.
public struct PlanError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is; stable for callers that branch on it.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The stable code text, e.g. `unknown-key`.
        public var rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code text.
        public var description: String { rawValue }

        /// The text is not YAML (syntax error, duplicate key, bad encoding).
        public static let malformedInput = Code(rawValue: "malformed-input")
        /// A required key is absent.
        public static let missingKey = Code(rawValue: "missing-key")
        /// A key is not known at this place (a typo, or an input the sector does not have).
        public static let unknownKey = Code(rawValue: "unknown-key")
        /// A value has the wrong type (text where a number belongs, a list for a mapping).
        public static let wrongType = Code(rawValue: "wrong-type")
        /// A number is NaN, infinite, negative where it may not be, or outside its range.
        public static let invalidValue = Code(rawValue: "invalid-value")
        /// A unit is not known, or cannot be converted to the unit the input needs.
        public static let unitMismatch = Code(rawValue: "unit-mismatch")
        /// A measure id is unknown, duplicated, or an `excludes` entry is invalid.
        public static let measureReference = Code(rawValue: "measure-reference")
        /// A year lies outside the plan's horizon, or years are out of order.
        public static let yearOutOfRange = Code(rawValue: "year-out-of-range")
        /// Shares of one group add up to more than 100 %.
        public static let shareOverflow = Code(rawValue: "share-overflow")
        /// Money of different currencies or price years was combined.
        public static let currencyMismatch = Code(rawValue: "currency-mismatch")
        /// A plan failed ``Plan/validate(against:)`` before evaluation; ``PlanError/problems`` lists why.
        public static let invalidPlan = Code(rawValue: "invalid-plan")
        /// A plan file could not be read (missing, not a regular file, too large, no permission).
        public static let unreadableFile = Code(rawValue: "unreadable-file")
    }

    /// What kind of problem this is.
    public var code: Code
    /// A human-readable message: what was expected and what was found.
    public var message: String
    /// Where the problem was found.
    public var location: SourceLocation
    /// For ``Code/invalidPlan``: every problem ``Plan/validate(against:)`` found (empty otherwise).
    public var problems: [PlanError] = []

    /// Creates an error with `code`, `message` and location.
    public init(_ code: Code, _ message: String, at location: SourceLocation = SourceLocation()) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `location: message`, or just the message when the location is empty.
    public var description: String {
        let place = location.description
        return place.isEmpty ? message : "\(place): \(message)"
    }
}

/// Synthesized coding: `file`, `line`, `column` when known, and `keyPath`.
extension SourceLocation: Codable {}
