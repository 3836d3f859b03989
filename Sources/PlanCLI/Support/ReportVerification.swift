public import ReductionCore
internal import ReductionPlanKit
public import ReductionXML
public import Foundation

/// Recomputes a filed report from the inputs it carries and lists every value that differs.
///
/// The report's `<resolvedInputs>` give the plan, catalogue and factor bytes; they are loaded
/// with the sector model, evaluated (with the same draws and seed when the report has an
/// uncertainty section), written again with the filed creation time, and the two documents
/// are compared node by node (`ReportComparison`), so every section counts, whoever added it.
/// A changed input byte shows as a `sha256` that no longer matches the carried file.
public struct ReportVerification: Sendable {
    /// Every value that differs, in the filed report's document order; empty when identical.
    public var differences: [ReportDifference]
    /// The filed report as read.
    public var report: PlanReport

    /// Why a report cannot be recomputed at all.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What is wrong, naming the file (and line where there is one).
        public var description: String
    }

    /// Verifies the report `bytes` (named `file` in messages) with `model`.
    public static func verify(_ bytes: [UInt8], file: String, model: some SectorModel) throws(Failure) -> ReportVerification {
        let report: PlanReport
        do {
            report = try ReportReader.read(bytes)
        } catch {
            let lines = error.diagnostics.prefix(10).map { "\n\(file):\($0.line): \($0.message)" }.joined()
            throw Failure(description: "\(file): \(error.message)\(lines)")
        }
        guard report.header.sector.id == model.info.id else {
            throw Failure(description: "\(file): a report for sector '\(report.header.sector.id)'; this tool recomputes '\(model.info.id)'")
        }
        guard let inputs = report.resolvedInputs, let planFile = inputs.file("plan") else {
            throw Failure(description: "\(file): the report carries no <resolvedInputs> plan file, so it cannot be recomputed (reports written by version 0.1.0 before schema 1.2 do not)")
        }
        let carried = carriedModel(inputs, base: model)
        let recomputed: PlanReport
        do {
            var plan = try PlanLoader.load(bytes: planFile.bytes, file: planFile.name, model: carried)
            // File names are not computed: keep the ones the report gives (a --catalogue file's name).
            for index in plan.sources.files.indices {
                if let name = inputs.file(plan.sources.files[index].role)?.name { plan.sources.files[index].name = name }
            }
            // A price equal to the plan's is the plan's own (drawn when ranged), not a --reference-price.
            let price = report.uncertainty?.referencePrice.value
            let run = try PlanRun.evaluate(plan, model: carried, draws: report.uncertainty?.draws ?? 0,
                                           seed: report.uncertainty?.seed ?? 1,
                                           referencePrice: price == plan.header.referenceCarbonPrice ? nil : price,
                                           mode: report.uncertainty?.mode.flatMap(UncertaintyMode.init(rawValue:)) ?? .fixedPlan)
            recomputed = ReportOutput.report(for: run, created: report.header.created)
        } catch {
            throw Failure(description: "\(file): the carried inputs do not load: \(error)")
        }
        do {
            let again = try ReportWriter.bytes(recomputed)
            let differences = try ReportComparison.differences(reported: bytes, recomputed: again,
                                                               significantDigits: report.header.significantDigits)
            return ReportVerification(differences: differences, report: report)
        } catch {
            throw Failure(description: "\(file): internal error: the recomputed report cannot be written: \(error.message)")
        }
    }

    /// The sector model with the catalogue and factor files a report carries (the embedded
    /// ones where it carries none).
    static func carriedModel(_ inputs: PlanReport.ResolvedInputs, base: any SectorModel) -> any SectorModel {
        CatalogueOverride(base: base, measures: inputs.file("catalogue")?.bytes ?? base.data.measures,
                          factors: inputs.file("factors")?.bytes ?? base.data.factors)
    }
}

extension ReportVerification.Failure: LocalizedError {
    /// The same text as ``description`` (what `localizedDescription` shows).
    public var errorDescription: String? { description }
}
