internal import ArgumentParser
internal import ReductionCore
internal import ReductionSystem
import Foundation

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of tables, charts and comments: en or zh-Hans (default: from LANG).")
    var language: String?

    @Option(name: .long, help: "A measure catalogue (YAML) to use instead of the embedded one.")
    var catalogue: String?

    /// The chosen language; an unknown value is a usage error.
    func resolvedLanguage() throws -> Language {
        guard let language else { return Language(locale: toolEnvironment("LANG")) }
        guard let value = Language(rawValue: language) else {
            throw ValidationError("unknown language '\(language)' (expected en or zh-Hans)")
        }
        return value
    }

    /// `plan` with its carried catalogue named after the `--catalogue` file when one was given
    /// (the bytes are already that file's; only the name in `<resolvedInputs>` changes).
    func namingCatalogue(_ plan: Plan) -> Plan {
        guard let catalogue, let index = plan.sources.files.firstIndex(where: { $0.role == "catalogue" }) else { return plan }
        var named = plan
        named.sources.files[index].name = (catalogue as NSString).lastPathComponent
        return named
    }

    /// The context's model, with the catalogue replaced when `--catalogue` is given.
    func model(_ context: SectorContext) throws -> any SectorModel {
        guard let catalogue else { return context.model }
        let bytes = try readInput(catalogue)
        return CatalogueOverride(base: context.model, measures: bytes)
    }
}

/// The largest plan or catalogue file the tools read (64 MiB).
let maximumInputBytes = 64 << 20

/// Reads a user file; a missing, unreadable or non-regular file (a FIFO is refused without
/// waiting on it) is bad input (exit 65) naming the path and the reason.
func readInput(_ path: String) throws -> [UInt8] {
    do { return try RegularFile.read(path, maxBytes: maximumInputBytes) } catch {
        printError("\(path): cannot read the file: \(error.reason)")
        throw ExitCode(ExitStatus.badInput.rawValue)
    }
}

/// Prints a plan error and exits with the bad-input status.
func fail(_ error: PlanError) -> ExitCode {
    printError("error: \(error)")
    return ExitCode(ExitStatus.badInput.rawValue)
}
