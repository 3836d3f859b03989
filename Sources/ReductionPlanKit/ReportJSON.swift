public import ReductionCore
public import ReductionXML
public import Foundation

/// The JSON form of a plan run, for web dashboards and other programs: a versioned document
/// holding the `PlanResult` and, after a Monte Carlo run, the `UncertaintyResult`, in
/// their `Codable` form. The shape is described in `Reports/schema/JSON.md`.
///
/// The bytes are reproducible: keys are sorted, numbers are written in the shortest form that
/// reads back to the same `Double`, and the only time in the document is the report's
/// `created` stamp, so the same inputs and `created` give the same bytes.
public enum ReportJSON {
    /// The version of the document shape, the value of its `schema` key. The minor version
    /// grows when keys are added; the major version when a key changes meaning or disappears.
    public static let schema = "reduction-plan-json/1.1"

    /// The document: what `bytes(_:generator:created:)` writes and ``decode(_:)`` reads.
    public struct Document: Codable, Sendable, Hashable {
        /// ``ReportJSON/schema`` for documents this version writes.
        public var schema: String
        /// The program that wrote the document, as in the XML report's header.
        public var generator: Generator
        /// The creation time, `YYYY-MM-DDThh:mm:ssZ` (the XML report's `created`).
        public var created: String
        /// The central evaluation (the plan with its carried input files, results, decisions, warnings).
        public var result: PlanResult
        /// The Monte Carlo analysis; absent when none was run.
        public var uncertainty: UncertaintyResult?

        /// The writing program's name and version.
        public struct Generator: Codable, Sendable, Hashable {
            /// E.g. `ReductionPlan-transport`.
            public var name: String
            /// E.g. `0.1.0`.
            public var version: String
        }
    }

    /// Why a document cannot be read.
    public struct DecodingFailure: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
        /// What is wrong (not JSON, a missing key, an unknown `schema`).
        public var description: String
        /// The same text as ``description``.
        public var errorDescription: String? { description }
    }

    /// The encoder every document is written with: sorted keys, indented, `/` unescaped,
    /// non-finite numbers as the strings `"Infinity"`, `"-Infinity"` and `"NaN"`.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }

    /// The document's UTF-8 bytes for `run` (with a final newline); the document is read
    /// back before it is returned, so what is written can be decoded.
    static func bytes(_ run: PlanRun, generator: PlanReport.Generator, created: ReportTimestamp) throws -> [UInt8] {
        let document = Document(schema: schema, generator: Document.Generator(name: generator.name, version: generator.version),
                                created: created.description, result: run.result, uncertainty: run.uncertainty)
        var bytes = Array(try encoder().encode(document))
        bytes.append(0x0A)
        _ = try decode(bytes)
        return bytes
    }

    /// The document for `run` as written by ``ReportOutput`` (`<base>.json`), stamped with `created`.
    public static func bytes(_ run: PlanRun, created: ReportTimestamp) throws -> [UInt8] {
        try bytes(run, generator: ReportOutput.generator(for: run), created: created)
    }

    /// Reads a document; refuses one whose `schema` is not a 1.x version of ``schema``.
    public static func decode(_ bytes: [UInt8]) throws(DecodingFailure) -> Document {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        struct Header: Decodable { var schema: String }
        do {
            let header = try decoder.decode(Header.self, from: Data(bytes))
            guard header.schema.hasPrefix("reduction-plan-json/1.") else {
                throw DecodingFailure(description: "unknown JSON schema '\(header.schema)' (this version reads \(schema))")
            }
            return try decoder.decode(Document.self, from: Data(bytes))
        } catch let failure as DecodingFailure {
            throw failure
        } catch {
            throw DecodingFailure(description: "not a \(schema) document: \(error)")
        }
    }
}
