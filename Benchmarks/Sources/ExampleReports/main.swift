// Writes the official report and both charts (en, zh-Hans) for every sector's embedded
// example plan into a folder, for checking by hand:
//
//   swift run -c release ExampleReports /tmp/examples
//   xmllint --noout --nonet --schema ../Reports/schema/reduction-plan-1.0.xsd /tmp/examples/*.xml
//   for f in /tmp/examples/*.svg; do rsvg-convert -o "${f%.svg}.png" "$f"; done
import Foundation
import ReductionCore
import ReductionXML
import TextileSector
import ThermalPowerSector
import TransportSector
import WasteSortingSector

let folder = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "/tmp/reductionplan-examples")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let models: [any SectorModel] = [TransportModel(), WasteSortingModel(), ThermalPowerModel(), TextileModel()]
var failed = false
for model in models {
    do {
        let plan = try PlanLoader.loadExample(for: model)
        let result = try PlanEvaluator.evaluate(plan, model: model)
        let report = PlanReport(result: result, generator: .init(name: "example-reports", version: "0.1.0"),
                                created: ReportTimestamp.current())
        let file = try ReportWriter.write(report, to: folder)
        for language in Language.allCases {
            for kind in Charts.Kind.allCases {
                let name = "\(report.header.sector.id)-\(kind.rawValue)-\(language.rawValue).svg"
                try Charts.write(kind, of: report, language: language, toFile: folder.appendingPathComponent(name))
            }
        }
        print("\(model.info.id): \(file.path) (\(report.measures.count) measures)")
    } catch {
        failed = true
        print("\(model.info.id): \(error)")
    }
}
exit(failed ? 1 : 0)
