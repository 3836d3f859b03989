internal import PlanCLI
internal import ReductionCore
internal import ReductionPlanKit
internal import ReductionXML
import Foundation

extension CityTool {
    /// `verify REPORT.xml [CITY.yaml]`: validates the city report, re-evaluates the city from
    /// its file (the embedded example city without one), writes the city report again and
    /// compares the two node by node (``ReportComparison``: every element and attribute, numbers
    /// exactly, since the city report writes shortest round-trip doubles). Each sector report the
    /// city report names beside it is recomputed the same way from the city's sector plan, with
    /// its filed creation time, and compared at the significant digits its header declares.
    /// Exit 0 when everything is identical, 65 otherwise (every difference listed with its line).
    static func verify(report path: String, city: String?, output: inout some TextOutputStream,
                       errors: inout some TextOutputStream) -> ExitStatus {
        var differences = 0
        do throws(CityToolError) {
            let bytes = try read(path)
            do throws(ReportXMLError) { try CityReportXML.validate(bytes) } catch {
                throw .badInput("\(path): \(error.message)" + error.diagnostics.prefix(10).map { "\n\(path):\($0.line): \($0.message)" }.joined())
            }
            let (plan, result) = if let city { try evaluate(city) } else { try example() }
            let files: [String: String]
            let again: [UInt8]
            do throws(ReportXMLError) {
                files = try CityReportXML.sectorFiles(in: bytes)
                again = try CityReportXML.encode(plan.report(result, sectorFiles: files))
                for difference in try ReportComparison.differences(reported: bytes, recomputed: again, significantDigits: nil) {
                    differences += 1
                    errors.write("\(path):\(difference.line): \(difference.path): reported \(difference.reported ?? "(absent)"), "
                                 + "recomputed \(difference.recomputed ?? "(absent)")\n")
                }
            } catch { throw .internalError("\(path): the recomputed city report cannot be compared: \(error.message)") }
            let folder = CityOutput.split(path).folder
            for sector in plan.model.sectors {
                guard let name = files[sector.id] else { continue }
                let file = (folder as NSString).appendingPathComponent(name)
                let found = try verifySector(sector, file: file, errors: &errors)
                differences += found
                if found == 0 { output.write("\(file): identical to its recomputation\n") }
            }
        } catch {
            errors.write("city-plan: \(error.message)\n")
            return error.status
        }
        guard differences == 0 else {
            errors.write("\(path): \(differences) value\(differences == 1 ? " differs" : "s differ") from the recomputation\n")
            return .badInput
        }
        output.write("\(path): identical to its recomputation\n")
        return .success
    }

    /// Recomputes one sector's report and returns how many values differ (each printed).
    static func verifySector(_ sector: CitySector, file: String,
                             errors: inout some TextOutputStream) throws(CityToolError) -> Int {
        let bytes = try read(file)
        let filed: PlanReport
        do throws(ReportXMLError) { filed = try ReportReader.read(bytes) } catch {
            throw .badInput("\(file): \(error.message)" + error.diagnostics.prefix(10).map { "\n\(file):\($0.line): \($0.message)" }.joined())
        }
        let run: PlanRun
        do throws(PlanError) { run = try PlanRun.evaluate(sector.result.plan, model: sector.model) } catch {
            throw .badInput("the \(sector.id) plan: \(error.description)")
        }
        do throws(ReportXMLError) {
            let again = try ReportWriter.bytes(ReportOutput.report(for: run, created: filed.header.created))
            let found = try ReportComparison.differences(reported: bytes, recomputed: again,
                                                         significantDigits: filed.header.significantDigits)
            for difference in found {
                errors.write("\(file):\(difference.line): \(difference.path): reported \(difference.reported ?? "(absent)"), "
                             + "recomputed \(difference.recomputed ?? "(absent)")\n")
            }
            return found.count
        } catch { throw .internalError("\(file): the recomputed sector report cannot be compared: \(error.message)") }
    }
}
