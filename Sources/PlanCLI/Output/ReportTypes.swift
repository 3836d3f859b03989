package import ReductionReport

/// The label table, now in ReductionReport (the presentation module every writer shares).
package typealias UIText = ReductionReport.UIText
/// The number formatter, now in ReductionReport (the presentation module every writer shares).
package typealias NumberFormat = ReductionReport.NumberFormat
