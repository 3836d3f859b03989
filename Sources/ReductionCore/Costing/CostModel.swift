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
    }

    struct Entry: Sendable {
        var source: UnitSource
        /// +1 for ``UnitChange/increase``, −1 for ``UnitChange/decrease``.
        var sign: Double
        /// The unit of the basis quantity (`project` for a project).
        var unit: String
    }

    let entries: [Entry]
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
            let sign: Double = change == .increase ? 1 : -1
            if let index = layout.quantityIndex(id) {
                entries.append(Entry(source: .quantity(index), sign: sign, unit: layout.quantities[index].unit))
            } else if id == "energy" {
                entries.append(Entry(source: .energy, sign: sign, unit: "GJ/yr"))
            } else if id.hasPrefix("energy."), let carrier = layout.carrierIndex(String(id.dropFirst(7))) {
                entries.append(Entry(source: .carrier(carrier), sign: sign, unit: "GJ/yr"))
            } else if id == "activity" {
                entries.append(Entry(source: .activity, sign: sign, unit: "\(sector.activityUnit)/yr"))
            } else if id.hasPrefix("source."), let source = layout.sourceIndex(String(id.dropFirst(7))) {
                entries.append(Entry(source: .sourceActivity(source), sign: sign, unit: "\(layout.sources[source].activityUnit)/yr"))
            } else if id.hasPrefix("memo."), let memo = layout.memoIndex(String(id.dropFirst(5))) {
                entries.append(Entry(source: .memo(memo), sign: sign, unit: "\(layout.memos[memo].unit)/yr"))
            } else if let kind = id.split(separator: ".").first,
                      layout.quantities.contains(where: { $0.id.split(separator: ".").first == kind }) {
                entries.append(Entry(source: .absent, sign: sign, unit: "\(kind)"))
            } else {
                let known = Self.basisQuantities(layout).joined(separator: ", ")
                throw PlanError(.unknownKey,
                                "measure '\(measure.id)' gives costs per '\(id)', which the \(sector.id) model does not compute "
                                + "(it computes: \(known))",
                                at: SourceLocation(keyPath: "measures[\(measure.id)].basis.per"))
            }
        }
        self.entries = entries
    }

    /// A copy with its own array storage, for a Monte Carlo thread (no shared reference counts).
    func detached() -> CostModel {
        CostModel(entries: entries.map { $0 }, socialPrices: socialPrices.map { $0.map { $0.map { $0 } } },
                  privatePrices: privatePrices.map { $0.map { $0.map { $0 } } })
    }

    init(entries: [Entry], socialPrices: [[Double]?], privatePrices: [[Double]?]) {
        self.entries = entries
        self.socialPrices = socialPrices
        self.privatePrices = privatePrices
    }

    /// The value of measure `index`'s basis quantity in `output` at `offset` (0 for a project).
    func level(_ index: Int, _ output: ModelOutput, offset: Int) -> Double {
        switch entries[index].source {
        case .penetration, .absent: return 0
        case let .quantity(quantity): return output.quantity(quantity, offset: offset)
        case .energy:
            var sum = 0.0
            for carrier in 0..<output.layout.carriers.count { sum += output.energy(carrier: carrier, offset: offset) }
            return sum
        case let .carrier(carrier): return output.energy(carrier: carrier, offset: offset)
        case .activity: return output.activity[offset]
        case let .sourceActivity(source): return output.activity(source: source, offset: offset)
        case let .memo(memo): return output.memo(memo, offset: offset)
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
        return entry.source == .penetration ? penetration : entry.sign * (after - before)
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
