public import PlanCLI
internal import ReductionCore
internal import ReductionSystem
internal import ReductionXML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Entry point of `city-plan`: `report [CITY.yaml] [-o REPORT.xml] [--language en|zh-Hans]`
/// (default: the embedded example city), `template`, `validate CITY.yaml|REPORT.xml`,
/// `verify REPORT.xml [CITY.yaml]` and `batch DIR [-o OUTDIR] [--time-limit S]`, with the
/// shared `ExitStatus` codes (65 bad input, 73 cannot write, 64 usage, 70 internal error).
///
/// `report` writes one output set (`CityOutput`): the city report, its wedge and MACC charts
/// and each sector's own report, all staged and validated before any is renamed into place.
public enum CityTool {
    /// Runs the command line and exits with its status; `batch` starts this executable once
    /// per city (`batch-worker`), so one city that traps or hangs cannot end the batch.
    public static func run() -> Never {
        var out = StandardStream(descriptor: 1), err = StandardStream(descriptor: 2)
        let status = execute(Array(CommandLine.arguments.dropFirst()), output: &out, errors: &err,
                             worker: Syscalls.executablePath())
        exit(status.rawValue)
    }

    /// Runs one command line in this process (a batch evaluates its cities in process too),
    /// writing to `output` and `errors`; returns the exit status.
    public static func execute(_ arguments: [String], output: inout some TextOutputStream,
                               errors: inout some TextOutputStream) -> ExitStatus {
        execute(arguments, output: &output, errors: &errors, worker: nil)
    }

    static let commands = ["report", "template", "validate", "verify", "batch", "batch-worker", "help", "--help", "-h"]
    static let usage = "usage: city-plan [report [CITY.yaml] [-o REPORT.xml] [--language en|zh-Hans] | template | validate FILE"
        + " | verify REPORT.xml [CITY.yaml] | batch DIR [-o OUTDIR] [--time-limit SECONDS]]\n"

    static func execute(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream,
                        worker: String?) -> ExitStatus {
        do throws(CityToolError) {
            let line = try CityArguments(arguments)
            let language = try line.language()
            switch line.command {
            case "template":
                output.write(CityPlanLoader.example)
                output.write("\n")
            case "validate":
                guard let path = line.positional.first else { throw .usage("validate needs a city file or a city report") }
                if path.hasSuffix(".xml") {
                    let bytes = try read(path)
                    do throws(ReportXMLError) { try CityReportXML.validate(bytes) } catch {
                        throw .badInput("\(path): \(error.message)" + error.diagnostics.map { "\n\(path):\($0.line): \($0.message)" }.joined())
                    }
                } else {
                    _ = try evaluate(path)
                }
                output.write("\(path): valid\n")
            case "verify":
                guard let path = line.positional.first else { throw .usage("verify needs a city report (and the city file it was made from)") }
                return verify(report: path, city: line.positional.dropFirst().first, output: &output, errors: &errors)
            case "batch":
                guard let folder = line.positional.first else { throw .usage("batch needs a folder of city files") }
                return try batch(folder: folder, into: line.output ?? folder, language: language, timeLimit: try line.timeLimit(),
                                 faults: try line.faults(), worker: worker, output: &output, errors: &errors)
            case "batch-worker":
                guard let path = line.positional.first, let base = line.base, let folder = line.output else {
                    throw .usage("batch-worker needs --base=NAME --output=DIR -- CITY.yaml")
                }
                return work(path: path, base: base, folder: folder, language: language, fault: line.workerFault, output: &output)
            case "report":
                let (plan, result) = if let path = line.positional.first { try evaluate(path) } else { try example() }
                let written = try CityOutput.write(plan, result, reportPath: line.output ?? "city-report.xml", language: language)
                summary(plan, result, into: &output)
                output.write("wrote \(written.joined(separator: ", "))\n")
            default:
                output.write(usage)
            }
        } catch {
            errors.write("city-plan: \(error.message)\n")
            return error.status
        }
        return .success
    }

    static func example() throws(CityToolError) -> (CityPlan, CityResult) {
        let plan: CityPlan
        do throws(PlanError) { plan = try CityPlanLoader.loadExample() } catch { throw .badInput(error.description) }
        return (plan, try evaluate(plan))
    }

    static func evaluate(_ path: String) throws(CityToolError) -> (CityPlan, CityResult) {
        let plan: CityPlan
        do throws(PlanError) { plan = try CityPlanLoader.load(path: path) } catch { throw .badInput(error.description) }
        return (plan, try evaluate(plan))
    }

    static func evaluate(_ plan: CityPlan) throws(CityToolError) -> CityResult {
        do throws(CityError) { return try plan.evaluate() } catch { throw .badInput(error.description) }
    }

    static func read(_ path: String) throws(CityToolError) -> [UInt8] {
        do throws(FileReadError) { return try RegularFile.read(path, maxBytes: 64 << 20) } catch {
            throw .badInput("cannot read \(path): \(error)")
        }
    }

    static func summary(_ plan: CityPlan, _ result: CityResult, into output: inout some TextOutputStream) {
        let t = result.maccYear - result.years.lowerBound
        output.write("\(plan.file.jurisdiction.name.english): \(plan.model.sectors.map(\.id).joined(separator: ", ")) coupled; "
                     + "BAU \(result.bau.iterations) / pathway \(result.pathway.iterations) iterations, residual ≤ \(max(result.bau.residual, result.pathway.residual)) tCO2/MWh\n")
        output.write("\(result.maccYear): territorial BAU \(Int(result.bau.territorial[t].rounded())) → pathway \(Int(result.pathway.territorial[t].rounded())) tCO2e; "
                     + "consumption BAU \(Int(result.bau.consumption[t].rounded())) → pathway \(Int(result.pathway.consumption[t].rounded())) tCO2e\n")
        for boundary in CityBoundary.allCases {
            if let peak = result.peaks[boundary], let kind = result.peakClass(boundary) {
                output.write("\(boundary.rawValue) pathway: \(kind.rawValue), peak \(peak.year)"
                             + (peak.plateau.map { " (plateau \($0.lowerBound)–\($0.upperBound) within \(result.plateauTolerance * 100) %)" } ?? "") + "\n")
            }
        }
        for check in result.targets { output.write("target \(check.target.id): \(check.met ? "met" : "not met")\n") }
    }
}

/// A `city-plan` command line: the command, its file arguments and its options
/// (`-o`/`--output`, `--language`, `--time-limit`, `--debug-fault`, `--base`; `--name=value`
/// works too, and `--` ends the options so a file may start with `-`).
struct CityArguments {
    var command = "report"
    var positional: [String] = []
    var options: [String: [String]] = [:]

    static let valued: Set<String> = ["-o", "--output", "--language", "--time-limit", "--debug-fault", "--base"]

    init(_ arguments: [String]) throws(CityToolError) {
        var args = arguments[...]
        if let first = args.first, CityTool.commands.contains(first) { command = first; args = args.dropFirst() }
        var optionsEnded = false
        while let argument = args.popFirst() {
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" { positional.append(argument); continue }
            if argument == "--" { optionsEnded = true; continue }
            var name = argument, value: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            if name == "-o" { name = "--output" }
            guard Self.valued.contains(name) else { throw .usage("unknown option \(name)\n\(CityTool.usage)") }
            if value == nil { value = args.popFirst() }
            guard let value else { throw .usage("\(name) needs a value") }
            options[name, default: []].append(value)
        }
    }

    var output: String? { options["--output"]?.last }
    var base: String? { options["--base"]?.last }

    func language() throws(CityToolError) -> Language {
        guard let text = options["--language"]?.last else { return .english }
        guard let language = Language(rawValue: text) else { throw .usage("--language is en or zh-Hans, not '\(text)'") }
        return language
    }

    func timeLimit() throws(CityToolError) -> Double {
        guard let text = options["--time-limit"]?.last else { return 600 }
        guard let seconds = Double(text), seconds > 0, seconds <= 86_400 else {
            throw .usage("--time-limit must be more than 0 and at most 86400 seconds, not '\(text)'")
        }
        return seconds
    }

    /// `--debug-fault FILE=trap|hang` of `batch` (a documented debug aid, see CONTRIBUTING.md).
    func faults() throws(CityToolError) -> [String: BatchJob.Fault] {
        var faults: [String: BatchJob.Fault] = [:]
        for text in options["--debug-fault"] ?? [] {
            guard let (file, fault) = BatchJob.fault(text) else { throw .usage("--debug-fault expects FILE=trap or FILE=hang, not '\(text)'") }
            faults[file] = fault
        }
        return faults
    }

    /// `--debug-fault=trap|hang` as `batch` passes it to one worker.
    var workerFault: BatchJob.Fault? { options["--debug-fault"]?.last.flatMap(BatchJob.Fault.init(rawValue:)) }
}

/// A city-plan failure and its exit status.
enum CityToolError: Error {
    case badInput(String), usage(String), cannotWrite(String), internalError(String)

    var message: String {
        switch self {
        case .badInput(let text), .usage(let text), .cannotWrite(let text), .internalError(let text): text
        }
    }

    var status: ExitStatus {
        switch self {
        case .badInput: .badInput
        case .usage: .usage
        case .cannotWrite: .cannotWrite
        case .internalError: .internalError
        }
    }
}

/// Standard output or error as a text stream.
struct StandardStream: TextOutputStream {
    let descriptor: Int32
    mutating func write(_ string: String) {
        var bytes = Array(string.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }
}
