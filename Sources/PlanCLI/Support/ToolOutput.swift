import Foundation

/// Where a sector tool writes its text: summaries, listings and help to ``write(_:)``, error
/// messages to ``writeError(_:)``.
///
/// ``standard`` writes to the process's standard output and standard error (what the
/// executables use). A test or an embedding program passes ``CapturedToolOutput/sink`` to
/// ``PlanTool/execute(_:commandName:arguments:output:environment:)`` and reads the text back
/// instead of printing it. Files the commands write (reports, charts, tables) are unaffected.
public struct ToolOutput: Sendable {
    private let output: @Sendable (String) -> Void
    private let errors: @Sendable (String) -> Void

    /// A sink from two writers; each receives text with its line breaks already included.
    public init(output: @escaping @Sendable (String) -> Void, errors: @escaping @Sendable (String) -> Void) {
        self.output = output
        self.errors = errors
    }

    /// Standard output and standard error of the process.
    public static let standard = ToolOutput(
        output: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
        errors: { text in FileHandle.standardError.write(Data(text.utf8)) })

    /// Writes `text` to the output stream.
    public func write(_ text: String) { output(text) }

    /// Writes `text` to the error stream.
    public func writeError(_ text: String) { errors(text) }
}

/// A ``ToolOutput`` that keeps everything written to it in memory (safe across threads).
public final class CapturedToolOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    /// An empty capture.
    public init() {}

    /// The sink to hand to a command; text written to it is appended to ``output`` and ``errors``.
    public var sink: ToolOutput {
        ToolOutput(output: { [self] text in append(text, toErrors: false) },
                   errors: { [self] text in append(text, toErrors: true) })
    }

    /// Everything written to the output stream so far.
    public var output: String { lock.withLock { outputText } }

    /// Everything written to the error stream so far.
    public var errors: String { lock.withLock { errorText } }

    private func append(_ text: String, toErrors: Bool) {
        lock.withLock {
            if toErrors { errorText += text } else { outputText += text }
        }
    }
}

/// Writes `text` and a line break (or `terminator`) to the bound tool's output (standard output
/// when no tool is bound).
func printOutput(_ text: String, terminator: String = "\n") {
    (PlanTool.context?.output ?? .standard).write(text + terminator)
}

/// Writes a line to the bound tool's error stream (standard error when no tool is bound).
func printError(_ message: String) {
    (PlanTool.context?.output ?? .standard).writeError(message + "\n")
}

/// The value of environment variable `name` as the bound tool sees it: from the environment the
/// caller passed to ``PlanTool/execute(_:commandName:arguments:output:environment:)``, else the
/// process's.
func toolEnvironment(_ name: String) -> String? {
    if let environment = PlanTool.context?.environment { return environment[name] }
    return ProcessInfo.processInfo.environment[name]
}
