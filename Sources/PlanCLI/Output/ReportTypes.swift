public import ReductionReport

/// The label table, now in ReductionReport (the presentation module every writer shares).
public typealias UIText = ReductionReport.UIText
/// The number formatter, now in ReductionReport (the presentation module every writer shares).
public typealias NumberFormat = ReductionReport.NumberFormat
