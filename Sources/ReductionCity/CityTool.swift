public import PlanCLI
internal import ReductionCore
internal import ReductionSystem
internal import ReductionXML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Entry point of `city-plan`: `report [CITY.yaml] [-o REPORT.xml]` (default: the embedded
/// example city), `template`, `validate CITY.yaml|REPORT.xml`, `batch DIR [-o OUTDIR]`, with
/// the shared ``ExitStatus`` codes (65 bad input, 73 cannot write, 64 usage).
public enum CityTool {
    /// Runs the command line and exits with its status.
    public static func run() -> Never {
        var out = StandardStream(descriptor: 1), err = StandardStream(descriptor: 2)
        exit(execute(Array(CommandLine.arguments.dropFirst()), output: &out, errors: &err).rawValue)
    }

    /// Runs one command line, writing to `output` and `errors`; returns the exit status.
    public static func execute(_ arguments: [String], output: inout some TextOutputStream,
                               errors: inout some TextOutputStream) -> ExitStatus {
        var args = arguments
        let command = args.first.map { ["report", "template", "validate", "batch", "help", "--help", "-h"].contains($0) } == true
            ? args.removeFirst() : "report"
        var outPath: String?
        if let index = args.firstIndex(where: { $0 == "-o" || $0 == "--output" }) {
            guard index + 1 < args.count else {
                errors.write("city-plan: -o needs a path\n")
                return .usage
            }
            outPath = args[index + 1]
            args.removeSubrange(index...(index + 1))
        }
        do throws(CityToolError) {
            switch command {
            case "template":
                output.write(CityPlanLoader.example)
                output.write("\n")
            case "validate":
                guard let path = args.first else { throw .usage("validate needs a city file or a city report") }
                if path.hasSuffix(".xml") {
                    let bytes = try read(path)
                    do throws(ReportXMLError) { try CityReportXML.validate(bytes) } catch {
                        throw .badInput("\(path): \(error.message)" + error.diagnostics.map { "\n\(path):\($0.line): \($0.message)" }.joined())
                    }
                } else {
                    _ = try evaluate(path)
                }
                output.write("\(path): valid\n")
            case "batch":
                guard let folder = args.first else { throw .usage("batch needs a folder of city files") }
                let names: [String]
                do throws(SystemError) { names = try Syscalls.listFolder(folder) } catch { throw .badInput("cannot list \(folder): \(error)") }
                let cities = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                var failed = 0
                for name in cities {
                    let path = "\(folder)/\(name)"
                    do throws(CityToolError) {
                        let (plan, result) = try evaluate(path)
                        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
                        try write(plan, result, to: "\(outPath ?? folder)/\(stem).city.xml")
                        output.write("\(path): ok, \(result.bau.iterations)+\(result.pathway.iterations) iterations\n")
                    } catch {
                        failed += 1
                        errors.write("\(error.message)\n")
                    }
                }
                output.write("\(cities.count - failed) of \(cities.count) cities written\n")
                if failed > 0 { return .badInput }
            case "report":
                let (plan, result) = if let path = args.first { try evaluate(path) } else { try example() }
                try write(plan, result, to: outPath ?? "city-report.xml")
                summary(plan, result, into: &output)
            default:
                output.write("usage: city-plan [report [CITY.yaml] [-o REPORT.xml] | template | validate FILE | batch DIR [-o OUTDIR]]\n")
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

    static func write(_ plan: CityPlan, _ result: CityResult, to path: String) throws(CityToolError) {
        let bytes: [UInt8]
        do throws(ReportXMLError) {
            bytes = try CityReportXML.encode(plan.report(result))
            try CityReportXML.validate(bytes)
        } catch { throw .internalError("the city report does not conform to its schema: \(error.message)") }
        do throws(SystemError) { try AtomicFiles.write(bytes, to: path) } catch { throw .cannotWrite("cannot write \(path): \(error)") }
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
        for check in result.targets { output.write("target \(check.target.id): \(check.met ? "met" : "not met")\n") }
    }
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
