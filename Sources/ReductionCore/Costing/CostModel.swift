/// A plan's measures' cost bases resolved against the model's output layout, and the energy
/// prices of both bases, ready for the evaluator and the Monte Carlo worker.
struct CostModel: Sendable {
    /// Where the units a measure deploys are read from.
    enum UnitSource: Sendable, Equatable {
        /// ``CostBasis/project``: units(t) = p(t).
        case penetration
        /// A ``ModelQuantity`` by index.
        case quantity(Int)
        /// Total energy use over all carriers (GJ/yr).
        case energy
        /// Energy use of one carrier (GJ/yr).
        case carrier(Int)
        /// The sector's activity metric.
        case activity
        /// One emission source's activity (``EmissionSource/activityUnit`` per year).
        case sourceActivity(Int)
        /// One memo item (its unit per year).
        case memo(Int)
        /// A quantity of a kind the model computes (same first segment, e.g. `vehicles.`) for
        /// something this plan does not have (a city without taxis): the measure deploys 0 units.
        case absent
        /// The sum of several quantities of one unit (`capacity.supercritical + capacity.coal-chp`).
        indirect case sum([UnitSource])
    }

    struct Entry: Sendable {
        var source: UnitSource
        /// +1 for ``UnitChange/increase`` and ``UnitChange/reached``, −1 for ``UnitChange/decrease``.
        var sign: Double
        /// The unit of the basis quantity (`project` for a project).
        var unit: String
        /// ``UnitChange/reached``: units = p(t) × the before-run level.
        var reached = false
    }

    let entries: [Entry]
    /// Per measure: costed per project (units = p(t)), so the scoring loop reads no levels.
    let projectBased: [Bool]
    /// Social (resource cost) energy prices, currency/GJ, per carrier and model-year offset.
    let socialPrices: [[Double]?]
    /// Private (retail) energy prices; the social ones where a plan gives none.
    let privatePrices: [[Double]?]

    init(measures: [Measure], layout: OutputLayout, socialPrices: [[Double]?], privatePrices: [[Double]?],
         sector: SectorInfo) throws(PlanError) {
        self.socialPrices = socialPrices
        self.privatePrices = privatePrices
        var entries: [Entry] = []
        for measure in measures {
            guard case let .perUnit(id, change) = measure.basis else {
                entries.append(Entry(source: .penetration, sign: 1, unit: "project"))
                continue
            }
            let sign: Double = change == .decrease ? -1 : 1
            // `a + b`: the sum of several quantities of one unit.
            let parts = id.split(separator: "+").map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
            var resolved: [(source: UnitSource, unit: String)] = []
            for part in parts {
                resolved.append(try Self.resolve(part, measure: measure, layout: layout, sector: sector))
            }
            let located = resolved.filter { $0.source != .absent }
            if let first = located.first, let other = located.first(where: { $0.unit != first.unit }) {
                throw PlanError(.invalidValue,
                                "measure '\(measure.id)' adds quantities of different units in its basis ('\(first.unit)' and '\(other.unit)')",
                                at: SourceLocation(keyPath: "measures[\(measure.id)].basis.per"))
            }
            let unit = located.first?.unit ?? resolved.first?.unit ?? ""
            let source: UnitSource = resolved.count == 1 ? resolved[0].source : .sum(resolved.map(\.source))
            entries.append(Entry(source: source, sign: sign, unit: unit, reached: change == .reached))
        }
        self.entries = entries
        projectBased = entries.map { $0.source == .penetration }
    }

    /// Where one quantity id of a measure's basis is read from, and its unit.
    private static func resolve(_ id: String, measure: Measure, layout: OutputLayout,
                                sector: SectorInfo) throws(PlanError) -> (source: UnitSource, unit: String) {
        if let index = layout.quantityIndex(id) { return (.quantity(index), layout.quantities[index].unit) }
        if id == "energy" { return (.energy, "GJ/yr") }
        if id.hasPrefix("energy."), let carrier = layout.carrierIndex(String(id.dropFirst(7))) { return (.carrier(carrier), "GJ/yr") }
        if id == "activity" { return (.activity, "\(sector.activityUnit)/yr") }
        if id.hasPrefix("source."), let source = layout.sourceIndex(String(id.dropFirst(7))) {
            return (.sourceActivity(source), "\(layout.sources[source].activityUnit)/yr")
        }
        if id.hasPrefix("memo."), let memo = layout.memoIndex(String(id.dropFirst(5))) {
            return (.memo(memo), "\(layout.memos[memo].unit)/yr")
        }
        if let kind = id.split(separator: ".").first,
           let sibling = layout.quantities.first(where: { $0.id.split(separator: ".").first == kind }) {
            return (.absent, sibling.unit)
        }
        let known = Self.basisQuantities(layout).joined(separator: ", ")
        throw PlanError(.unknownKey,
                        "measure '\(measure.id)' gives costs per '\(id)', which the \(sector.id) model does not compute "
                        + "(it computes: \(known))",
                        at: SourceLocation(keyPath: "measures[\(measure.id)].basis.per"))
    }

    /// A copy with its own array storage, for a Monte Carlo thread (no shared reference counts).
    func detached() -> CostModel {
        CostModel(entries: entries.map { $0 }, socialPrices: socialPrices.map { $0.map { $0.map { $0 } } },
                  privatePrices: privatePrices.map { $0.map { $0.map { $0 } } })
    }

    init(entries: [Entry], socialPrices: [[Double]?], privatePrices: [[Double]?]) {
        self.entries = entries
        projectBased = entries.map { $0.source == .penetration }
        self.socialPrices = socialPrices
        self.privatePrices = privatePrices
    }

    /// The value of measure `index`'s basis quantity in `output` at `offset` (0 for a project).
    func level(_ index: Int, _ output: ModelOutput, offset: Int) -> Double {
        Self.level(entries[index].source, output, offset: offset)
    }

    private static func level(_ source: UnitSource, _ output: ModelOutput, offset: Int) -> Double {
        switch source {
        case .penetration, .absent: return 0
        case let .quantity(quantity): return output.quantity(quantity, offset: offset)
        case .energy:
            var sum = 0.0
            for carrier in 0..<output.layout.carriers.count { sum += output.energy(carrier: carrier, offset: offset) }
            return sum
        case let .carrier(carrier): return output.energy(carrier: carrier, offset: offset)
        case .activity: return output.activity(offset: offset)
        case let .sourceActivity(source): return output.activity(source: source, offset: offset)
        case let .memo(memo): return output.memo(memo, offset: offset)
        case let .sum(parts):
            var total = 0.0
            for part in parts { total += Self.level(part, output, offset: offset) }
            return total
        }
    }

    /// Every id a measure's `basis.per` may name for a model with `layout`: its quantities,
    /// `energy`, `energy.<carrier>`, `activity`, `source.<source id>` and `memo.<memo id>`.
    static func basisQuantities(_ layout: OutputLayout) -> [String] {
        layout.quantities.map(\.id) + ["energy"] + layout.carriers.map { "energy.\($0.id)" } + ["activity"]
            + layout.sources.map { "source.\($0.id)" } + layout.memos.map { "memo.\($0.id)" }
    }

    /// Units measure `index` deploys at one offset, from the basis levels before and after it.
    func units(_ index: Int, before: Double, after: Double, penetration: Double) -> Double {
        let entry = entries[index]
        if entry.source == .penetration { return penetration }
        return entry.reached ? penetration * before : entry.sign * (after - before)
    }

    /// Units deployed per model year.
    func units(_ index: Int, before: ModelOutput, after: ModelOutput, penetration: [Double]) -> [Double] {
        (0..<before.yearCount).map { offset in
            units(index, before: level(index, before, offset: offset), after: level(index, after, offset: offset),
                  penetration: penetration[offset])
        }
    }

    /// The energy-cost change per model year at the given price basis.
    func energyCostChange(before: ModelOutput, after: ModelOutput, basis: PriceBasis) -> [Double] {
        let prices = basis == .social ? socialPrices : privatePrices
        var energy = [Double](repeating: 0, count: before.yearCount)
        for carrier in prices.indices {
            guard let price = prices[carrier] else { continue }
            for offset in energy.indices {
                energy[offset] += (after.energy(carrier: carrier, offset: offset)
                                   - before.energy(carrier: carrier, offset: offset)) * price[offset]
            }
        }
        return energy
    }

    /// What one measure's costs come to, per model year.
    struct Flows {
        /// Annual net cost (currency/yr).
        var net: [Double]
        /// Its energy-cost part (currency/yr; negative when energy is saved).
        var energy: [Double]
        /// Units deployed (basis unit; p(t) for a project).
        var units: [Double]
    }

    /// The annual net cost of `measure` (plan index `index`) between two runs, at `rate` and
    /// the given price basis: `(capex × CRF + opex) × units(t) + Δenergy(t) × price(t)`.
    func flows(_ index: Int, measure: Measure, penetration: [Double], before: ModelOutput, after: ModelOutput,
               rate: Double, prices: PriceBasis) -> Flows {
        let crf = CostMetrics.capitalRecoveryFactor(rate: rate, years: measure.lifetime.value) ?? 0
        let energy = energyCostChange(before: before, after: after, basis: prices)
        let units = units(index, before: before, after: after, penetration: penetration)
        let net = units.indices.map {
            Costing.annualNetCost(capex: measure.capex.value, opex: measure.opex.value, crf: crf,
                                  units: units[$0], energyCostChange: energy[$0])
        }
        return Flows(net: net, energy: energy, units: units)
    }
}

/// Which energy prices value a measure's energy-cost change.
public enum PriceBasis: String, Sendable, Hashable, CaseIterable {
    /// Resource cost without taxes or subsidies: social cost per tonne, at the social rate.
    case social
    /// What the buyer pays, taxes included: break-even carbon price, at the private rate.
    case `private`
}
