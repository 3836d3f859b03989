public import ReductionCore
internal import ReductionPlanKit
internal import ArgumentParser
internal import ReductionSystem

/// Entry point for a sector executable: hands the sector's model to the shared commands.
///
/// A sector's `main.swift` is one line:
/// ```swift
/// PlanTool.run(TransportModel(), commandName: "transport-plan")
/// ```
/// The tool offers `report` (default), `catalogue`, `template`, `validate`, `batch`, `verify`,
/// `sign` and `compare`, with
/// the exit codes of ``ExitStatus``.
public enum PlanTool {
    /// The sector the running executable plans, bound for the duration of `run`.
    @TaskLocal static var context: SectorContext?

    /// Parses the command line and runs the chosen command for `model`; exits the process
    /// with the command's ``ExitStatus``.
    public static func run(_ model: some SectorModel, commandName: String) -> Never {
        exit(execute(model, commandName: commandName, arguments: Array(CommandLine.arguments.dropFirst()),
                     workerExecutable: Syscalls.executablePath()))
    }

    /// Runs one command line for `model` in this process and returns its exit code instead of
    /// exiting (for tests and for embedding). Summaries, listings, help and version text go to
    /// `output`'s output stream, errors to its error stream (by default standard output and
    /// standard error). `environment`, when given, replaces the process's environment for the
    /// variables the commands read (`SOURCE_DATE_EPOCH`, `LANG`, `PATH`), so parallel callers
    /// never change process-wide state. Run this way, `batch` evaluates its plans in this
    /// process; only the executable (``run(_:commandName:)``) isolates each plan in a worker
    /// process.
    @discardableResult
    public static func execute(_ model: some SectorModel, commandName: String, arguments: [String],
                               output: ToolOutput = .standard, environment: [String: String]? = nil) -> Int32 {
        execute(model, commandName: commandName, arguments: arguments, workerExecutable: nil,
                output: output, environment: environment)
    }

    static func execute(_ model: some SectorModel, commandName: String, arguments: [String],
                        workerExecutable: String?, output: ToolOutput = .standard,
                        environment: [String: String]? = nil) -> Int32 {
        let context = SectorContext(model: model, commandName: commandName, workerExecutable: workerExecutable,
                                    output: output, environment: environment)
        return $context.withValue(context) {
            do {
                var command = try RootCommand.parseAsRoot(arguments)
                try command.run()
                return ExitStatus.success.rawValue
            } catch {
                let code = RootCommand.exitCode(for: error)
                let message = RootCommand.fullMessage(for: error)
                if code == .success {
                    if !message.isEmpty { printOutput(message) }
                } else if !message.isEmpty {
                    printError(message)
                }
                return code.rawValue
            }
        }
    }

    /// The bound context, or an internal error when a command runs outside `run`.
    static func current() throws -> SectorContext {
        guard let context else {
            printError("internal error: no sector bound to this command")
            throw ExitCode(ExitStatus.internalError.rawValue)
        }
        return context
    }
}

/// The sector a command works on.
struct SectorContext: Sendable {
    var model: any SectorModel
    var commandName: String
    /// This tool's executable, which `batch` starts once per plan (`batch-worker`); nil when
    /// the commands run inside another program, where plans are evaluated in process.
    var workerExecutable: String? = nil
    /// Where the commands' text goes.
    var output: ToolOutput = .standard
    /// The environment the commands read; nil for the process's.
    var environment: [String: String]? = nil
}

/// Exit codes shared by every sector tool (BSD sysexits).
public enum ExitStatus: Int32, Sendable {
    /// Success (EX_OK).
    case success = 0
    /// Bad input: the message names the file, line and key path (EX_DATAERR).
    case badInput = 65
    /// An internal error (EX_SOFTWARE).
    case internalError = 70
    /// A usage error: an unknown option or an out-of-range option value (EX_USAGE).
    case usage = 64
    /// The output cannot be written (EX_CANTCREAT).
    case cannotWrite = 73
}

struct RootCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let name = PlanTool.context?.commandName ?? "plan"
        let sector = PlanTool.context?.model.info.name.english ?? "sector"
        return CommandConfiguration(
            commandName: name,
            abstract: "Draft a \(sector.lowercased()) emission-reduction plan: inventory, BAU, MACC, pathway, peak, targets, co-benefits and the official XML report.",
            discussion: """
                Reports carry the inputs they were computed from: `verify REPORT.xml` recomputes one, \
                `sign` / `verify --cert` add and check an XML signature, `compare A B` lists what changed. \
                Reproducible bytes: fix the creation time with `report --created YYYY-MM-DDThh:mm:ssZ` \
                or SOURCE_DATE_EPOCH=<seconds since 1970>.
                """,
            version: ReductionPlanVersion.string,
            subcommands: [ReportCommand.self, CatalogueCommand.self, TemplateCommand.self, ValidateCommand.self, BatchCommand.self,
                          BatchWorkerCommand.self, VerifyCommand.self, SignCommand.self, CompareCommand.self, RenderCommand.self],
            defaultSubcommand: ReportCommand.self)
    }
}


import Foundation
