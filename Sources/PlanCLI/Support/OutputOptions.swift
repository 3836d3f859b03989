internal import ArgumentParser
internal import ReductionPlanKit

/// The extra files `report` and `batch` write beside the XML report.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Also write an Excel workbook (<base>.xlsx): every table of the report, numbers as numbers.")
    var xlsx = false

    @Option(name: .long, help: "Also write one CSV file per table into this folder (UTF-8 with BOM, rounded numbers).")
    var csv: String?

    @Flag(name: .long, help: "Also write a printable HTML report (<base>.html, A4 print styles, charts inline).")
    var html = false

    @Flag(name: .long, help: "Also write PNG copies of the charts (needs rsvg-convert from librsvg).")
    var png = false

    @Flag(name: .long, help: "Also write the run as JSON (<base>.json, schema reduction-plan-json/1.1, see Reports/schema/JSON.md).")
    var json = false
}

extension OutputOptions {
    /// The parsed flags as a plain value (a parsable type must not be built outside parsing);
    /// `charts` is the evaluation options' `--no-charts` negated.
    func outputs(charts: Bool) -> ReportOutputs {
        ReportOutputs(charts: charts, json: json, xlsx: xlsx, csv: csv, html: html, png: png)
    }
}
