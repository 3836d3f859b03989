internal import ArgumentParser
internal import ReductionCore
internal import ReductionPlanKit
internal import ReductionXML
import Foundation

/// `compare A B`: what changed between two reports or plan files, inputs key by key and
/// results at milestone years.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "List what changed between two reports or plan files: inputs key by key, results at milestone years.")

    @Argument(help: "The first report (.xml) or plan file (.yaml).")
    var first: String

    @Argument(help: "The second report (.xml) or plan file (.yaml).")
    var second: String

    func run() throws {
        let context = try PlanTool.current()
        let a = try Self.side(first, bytes: try readInput(first), model: context.model)
        let b = try Self.side(second, bytes: try readInput(second), model: context.model)
        printOutput("A: \(first)\nB: \(second)\n" + PlanComparison(a, b).render(), terminator: "")
    }

    /// A report file (recognised by its `<?xml` / `<report` start) or a plan file, as one side.
    static func side(_ path: String, bytes: [UInt8], model: any SectorModel) throws -> PlanComparison.Side {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        if head.contains("<?xml") || head.contains("<report") {
            let report: PlanReport
            do {
                report = try ReportReader.read(bytes)
            } catch {
                printError("\(path): \(error.message)")
                throw ExitCode(ExitStatus.badInput.rawValue)
            }
            var plan: Plan?
            if let inputs = report.resolvedInputs, let file = inputs.file("plan") {
                let carried = ReportVerification.carriedModel(inputs, base: model)
                plan = try? PlanLoader.load(bytes: file.bytes, file: file.name, model: carried)
            }
            return PlanComparison.Side(plan: plan, report: report)
        }
        do {
            let plan = try PlanLoader.load(bytes: bytes, file: path, model: model)
            let run = try PlanRun.evaluate(plan, model: model)
            return PlanComparison.Side(plan: plan, report: ReportOutput.report(for: run, created: ReportTimestamp(secondsSinceEpoch: 0)))
        } catch {
            throw fail(error)
        }
    }
}
