/// A sector model whose measure catalogue (and optionally factor file) comes from the caller
/// instead of the sector's embedded files: catalogue injection without the command-line kit.
///
/// ```swift
/// let model = CatalogueOverride(base: TransportModel(), measures: Array(catalogueText.utf8))
/// let plan = try PlanLoader.load(contentsOf: planURL, model: model)
/// ```
/// The catalogue bytes are parsed when a plan is loaded (a bad catalogue is a ``PlanError``
/// naming its line) and are carried in ``Plan/sources`` like the embedded one.
public struct CatalogueOverride: SectorModel {
    /// The sector whose inputs, share groups and compiled model are used.
    public var base: any SectorModel
    /// The measure catalogue (`measures.yaml` format), UTF-8 bytes.
    public var measures: [UInt8]
    /// Replaces the sector's `factors.yaml` when set (e.g. the factor file a report carries).
    public var factors: [UInt8]?

    /// Wraps `base` with the catalogue `measures` and, when given, the factor file `factors`.
    public init(base: any SectorModel, measures: [UInt8], factors: [UInt8]? = nil) {
        self.base = base
        self.measures = measures
        self.factors = factors
    }

    /// The base sector's description.
    public var info: SectorInfo { base.info }
    /// The base sector's inputs.
    public var inputSpecs: [InputSpec] { base.inputSpecs }
    /// The base sector's share groups.
    public var shareGroups: [ShareGroup] { base.shareGroups }
    /// The base sector's files with the catalogue (and factor file) replaced.
    public var data: SectorData {
        var data = base.data
        data.measures = measures
        if let factors { data.factors = factors }
        return data
    }
    /// Compiles with the base sector's model.
    public func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel { try base.compile(inputs) }
}
