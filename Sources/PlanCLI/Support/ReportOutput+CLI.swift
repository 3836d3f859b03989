internal import ArgumentParser
internal import ReductionCore
internal import ReductionXML
internal import ReductionPlanKit

extension ReportOutput {
    /// ``ReportOutput/write(_:to:baseName:language:outputs:chartMACC:created:environment:)`` for the
    /// commands: prints the error's message and detail lines to standard error and exits with
    /// ``ExitStatus/badInput`` (an invalid `SOURCE_DATE_EPOCH`), ``ExitStatus/cannotWrite``
    /// (the folder or a file; the message names the errno, e.g. ENOSPC) or
    /// ``ExitStatus/internalError`` (the report fails its own schema).
    static func writeOrExit(_ run: PlanRun, to directory: String, baseName: String?, language: Language,
                            outputs: ReportOutputs, chartMACC: MACC? = nil, created: ReportTimestamp? = nil) throws -> [String] {
        // `SOURCE_DATE_EPOCH` comes from the run's environment (`PlanTool.execute(environment:)`),
        // which may differ from the process's.
        do throws(ReportOutputError) {
            return try write(run, to: directory, baseName: baseName, language: language, outputs: outputs,
                             chartMACC: chartMACC, created: created, environment: PlanTool.context?.environment)
        } catch {
            printError(error.message)
            for line in error.details { printError("  \(line)") }
            switch error.kind {
            case .badInput: throw ExitCode(ExitStatus.badInput.rawValue)
            case .cannotWrite: throw ExitCode(ExitStatus.cannotWrite.rawValue)
            case .internalError: throw ExitCode(ExitStatus.internalError.rawValue)
            }
        }
    }
}
