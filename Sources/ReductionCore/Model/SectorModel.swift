/// Who a sector is: its id, names, and the activity its intensity target divides by.
public struct SectorInfo: Sendable, Hashable {
    /// Short id used in plan files and reports: `transport`, `waste`, `power`, `textile`.
    public var id: String
    /// The sector's bilingual name.
    public var name: LocalizedName
    /// What the sector's activity metric (``ModelOutput/activity``) counts, e.g. passenger-km.
    public var activityName: LocalizedName
    /// The activity metric's unit, e.g. `passenger-km`, `t waste`, `MWh`, `t product`.
    public var activityUnit: String
    /// The boundary a target applies to when the plan does not say (stated in every report).
    public var defaultTargetBoundary: ReportingBoundary
    /// How the sector counts indirect emissions: `location-based` (grid average),
    /// `market-based` (green-power claims at zero, the rest at the residual mix) or
    /// `consumption` (power: net imports at their factor, exports at the local factor).
    public var indirectView: String = "location-based"
    /// Boundary and modelling assumptions every report states (e.g. the power merit order).
    public var notes: [String] = []

    /// Creates sector info.
    public init(id: String, name: LocalizedName, activityName: LocalizedName, activityUnit: String,
                defaultTargetBoundary: ReportingBoundary = .total) {
        self.id = id
        self.name = name
        self.activityName = activityName
        self.activityUnit = activityUnit
        self.defaultTargetBoundary = defaultTargetBoundary
    }
}

/// The data files a sector ships inside its binary (UTF-8 YAML); errors name them
/// `<sector id>/measures.yaml`, `<sector id>/factors.yaml` and `<embedded <sector id> example>`.
public struct SectorData: Sendable {
    /// Bytes of `measures.yaml`, the measure catalogue.
    public var measures: [UInt8]
    /// Bytes of `factors.yaml`, the factor sets.
    public var factors: [UInt8]
    /// Bytes of the example plan.
    public var example: [UInt8]

    /// Wraps the embedded files' bytes.
    public init(measures: [UInt8], factors: [UInt8], example: [UInt8]) {
        self.measures = measures
        self.factors = factors
        self.example = example
    }
}

/// A sector: inputs in, emissions by source, gas and year out.
///
/// This is the one seam of the design. A conforming type declares the inputs it reads
/// (``inputSpecs``), which share groups must add up, and its embedded data; ``compile(_:)``
/// resolves the keys of a concrete plan once and returns a ``CompiledModel`` that runs many
/// times (once for the baseline, once per measure, thousands of times under uncertainty).
/// Measures never compute abatement themselves: they change inputs, and abatement is the
/// difference of two runs, so interaction and delayed effects are exact.
public protocol SectorModel: Sendable {
    /// The sector's identity: id (the plan's `plan.sector`), names, activity metric and default target boundary.
    var info: SectorInfo { get }
    /// Every input key the model reads, with unit, label, limits and default.
    var inputSpecs: [InputSpec] { get }
    /// Share groups that must add up to at most / exactly 100 %.
    var shareGroups: [ShareGroup] { get }
    /// The embedded catalogue, factor sets and example plan.
    var data: SectorData { get }
    /// Resolves the keys of `inputs` and returns the runnable model. Throws when the
    /// inputs are inconsistent in a way specs cannot express (e.g. a unit without capacity).
    func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel
}

extension SectorModel {
    /// Default: no share groups.
    public var shareGroups: [ShareGroup] { [] }

    /// The spec whose pattern matches `key`, if any.
    public func spec(for key: String) -> InputSpec? {
        inputSpecs.first { $0.key == key } ?? inputSpecs.first { $0.matches(key) }
    }
}

/// A model bound to one plan's input layout: its output layout and the run function.
///
/// Models whose years are computed independently of each other (no stock carried from one
/// year to the next) should use ``init(layout:yearByYear:)``: the uncertainty engine then
/// computes only the years it needs for intermediate runs, which makes Monte Carlo analysis
/// many times faster. Models with state over years (landfill decay, fleet vintages) use
/// ``init(layout:run:)`` and always compute every year.
public struct CompiledModel: Sendable {
    /// The output layout for the plan the model was compiled for.
    public var layout: OutputLayout
    /// Fills `output` (already zeroed, shaped by `layout`) from `inputs`, every year.
    public var run: @Sendable (_ inputs: InputTable, _ output: inout ModelOutput) -> Void
    /// Fills only the given year offsets; nil for models with state over years.
    public var runOffsets: (@Sendable (_ inputs: InputTable, _ output: inout ModelOutput, _ offsets: Range<Int>) -> Void)?
    /// Independent components of the model (``ModelComponents``), when it declares them; the
    /// ordering then re-scores only the candidates a chosen measure can have changed. Nil: one whole.
    public var components: ModelComponents?

    /// A model that computes all years in one pass (state may carry from year to year).
    public init(layout: OutputLayout,
                run: @escaping @Sendable (_ inputs: InputTable, _ output: inout ModelOutput) -> Void) {
        self.layout = layout
        self.run = run
        runOffsets = nil
    }

    /// A model whose every year depends only on that year's inputs: `body` fills the year
    /// offsets it is given.
    public init(layout: OutputLayout,
                yearByYear body: @escaping @Sendable (_ inputs: InputTable, _ output: inout ModelOutput, _ offsets: Range<Int>) -> Void) {
        self.layout = layout
        run = { inputs, output in body(inputs, &output, 0..<inputs.yearCount) }
        runOffsets = body
    }

    /// Runs the model on `inputs` and returns a fresh output.
    public func callAsFunction(_ inputs: InputTable) -> ModelOutput {
        var output = ModelOutput(layout: layout, years: inputs.years)
        run(inputs, &output)
        return output
    }
}

/// Synthesized coding.
extension SectorInfo: Codable {}
