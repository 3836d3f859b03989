/// Direct, indirect and total tCO2e of one run, year by year (base year to horizon).
public struct BoundarySeries: Sendable, Hashable {
    /// Direct (territorial, scope 1) tCO2e.
    public var direct: YearSeries
    /// Indirect (purchased electricity and heat, scope 2) tCO2e.
    public var indirect: YearSeries
    /// Direct + indirect tCO2e (the plan's `bau` / `pathway` series).
    public var total: YearSeries

    /// The series of `boundary`.
    public func series(_ boundary: ReportingBoundary) -> YearSeries {
        switch boundary {
        case .direct: direct
        case .indirect: indirect
        case .total: total
        }
    }
}

extension PlanResult {
    /// Sums per-source series over the sources of `scope`.
    func sum(_ bySource: [YearSeries], scope: EmissionScope, like reference: YearSeries) -> YearSeries {
        var values = [Double](repeating: 0, count: reference.values.count)
        for (index, source) in layout.sources.enumerated() where source.scope == scope && index < bySource.count {
            for offset in values.indices { values[offset] += (bySource[index][reference.firstYear + offset] ?? 0) }
        }
        return YearSeries(firstYear: reference.firstYear, values: values)
    }

    /// BAU tCO2e split by boundary.
    public var bauBoundaries: BoundarySeries {
        BoundarySeries(direct: sum(bauBySource, scope: .direct, like: bau),
                       indirect: sum(bauBySource, scope: .indirect, like: bau), total: bau)
    }

    /// Pathway tCO2e split by boundary.
    public var pathwayBoundaries: BoundarySeries {
        BoundarySeries(direct: sum(pathwayBySource, scope: .direct, like: pathway),
                       indirect: sum(pathwayBySource, scope: .indirect, like: pathway), total: pathway)
    }

    /// A memo series by id, BAU or pathway.
    func memoSeries(_ id: String, pathway: Bool) -> YearSeries? {
        guard let index = layout.memoIndex(id) else { return nil }
        let series = pathway ? pathwayMemos : bauMemos
        return index < series.count ? series[index] : nil
    }

    /// The location-based grid factor the BAU run used (tCO2/MWh), nil when the sector has none.
    public var bauGridFactor: YearSeries? { memoSeries(Coupling.gridFactorUsed, pathway: false) }
    /// The location-based grid factor the pathway run used (tCO2/MWh).
    public var pathwayGridFactor: YearSeries? { memoSeries(Coupling.gridFactorUsed, pathway: true) }

    /// Indirect electricity at the grid average (location-based), BAU, for sectors that count
    /// market-based; nil otherwise.
    public var bauLocationBased: YearSeries? { memoSeries(Coupling.locationBased, pathway: false) }
    /// Indirect electricity at the grid average (location-based), pathway.
    public var pathwayLocationBased: YearSeries? { memoSeries(Coupling.locationBased, pathway: true) }

    /// True when the grid factor of `series` ends lower than it starts (by more than 0.1 %).
    static func falls(_ series: YearSeries?) -> Bool {
        guard let series, let first = series.values.first, let last = series.values.last, first > 0 else { return false }
        return last < first * 0.999
    }

    /// Warnings on boundaries a reviewer must know: a grid factor that falls over time in the
    /// BAU and the pathway (part of the abatement then comes from the grid, not the plan).
    public var boundaryWarnings: [String] {
        var notes: [String] = []
        if Self.falls(bauGridFactor) || Self.falls(pathwayGridFactor),
           let grid = pathwayGridFactor ?? bauGridFactor, let first = grid.values.first, let last = grid.values.last {
            let indirect = pathwayBoundaries.indirect
            let share = indirect.values.contains { $0 != 0 }
            notes.append("the grid factor falls from \(Self.short(first)) to \(Self.short(last)) tCO2/MWh "
                         + "(\(grid.firstYear)–\(grid.years.upperBound)) in the BAU and the pathway: "
                         + (share ? "part of the indirect reduction comes from the grid, not the plan"
                                  : "no indirect emissions depend on it here"))
        }
        return notes
    }

    /// Four significant decimals for messages.
    static func short(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return "\(scaled)"
    }
}

extension PlanResult {
    /// Every boundary statement a report prints: the sector's notes, the falling-grid warning,
    /// and each pathway measure for which at least half of its direct cut in the target year reappears
    /// as indirect emissions (imports, purchased electricity): a boundary shift rather than abatement.
    public var boundaryNotes: [String] {
        var notes = sector.notes + layout.notes + boundaryWarnings
        let year = plan.header.targetYear
        for measure in measures where measure.inPathway {
            guard let total = measure.interactedAbatement[year] else { continue }
            let shifted = -measure.indirectAbatement
            let direct = total + shifted
            guard direct > 0, shifted >= 0.5 * direct else { continue }
            let share = Int((shifted / direct * 100).rounded())
            notes.append("measure '\(measure.id)' (\(year)): direct −\(Self.tonnes(direct)) t, "
                         + "indirect +\(Self.tonnes(shifted)) t (\(share) % of the direct cut), net \(Self.tonnes(total)) t"
                         + " — a boundary shift: it abates in the direct (territorial) view, "
                         + (shifted >= direct * 0.995 ? "not in the direct + indirect view"
                                                      : "much less in the direct + indirect view"))
        }
        return notes
    }

    /// Whole tonnes for messages.
    static func tonnes(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
        return String(Int64(value.rounded()))
    }
}
