public import ReductionCore

extension PlanReport {
    /// BAU and pathway series of one thing: a source, a pollutant, an energy carrier or the
    /// sector's activity (schema 1.1).
    public struct Flow: Sendable, Hashable {
        /// Source id, pollutant code or carrier id; `nil` for the sector's activity.
        public var id: String?
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// Business-as-usual values by year.
        public var bau: ReportSeries
        /// Pathway values by year.
        public var pathway: ReportSeries
        /// Creates one breakdown row (nil `id` for the activity total) with its BAU and pathway series.
        public init(id: String?, name: LocalizedName, bau: ReportSeries, pathway: ReportSeries) {
            self.id = id
            self.name = name
            self.bau = bau
            self.pathway = pathway
        }
    }

    /// The totals broken down (schema 1.1): the sector's activity, emissions per source
    /// (tCO2e), air pollutants (t) and energy per carrier (GJ), BAU and pathway. The
    /// per-source series add up to ``PlanReport/baseline`` and the pathway emissions.
    public struct Breakdown: Sendable, Hashable {
        /// The sector's activity metric (e.g. passenger-km, t waste), if the model reports one.
        public var activity: Flow?
        /// Emissions per source, inventory order, tCO2e.
        public var sources: [Flow]
        /// Air pollutants in `Pollutant.allCases` order, t.
        public var pollutants: [Flow]
        /// Energy per carrier, layout order, GJ.
        public var carriers: [Flow]
        /// Creates the breakdown from the activity row and the per-source, per-pollutant and per-carrier rows.
        public init(activity: Flow?, sources: [Flow], pollutants: [Flow], carriers: [Flow]) {
            self.activity = activity
            self.sources = sources
            self.pollutants = pollutants
            self.carriers = carriers
        }
    }
}

extension PlanReport.Breakdown {
    /// The breakdown of an evaluated plan; `nil` when the result carries no series to break down.
    init?(_ result: PlanResult) {
        typealias Flow = PlanReport.Flow
        func series(_ series: YearSeries, _ unit: String) -> ReportSeries { ResultConverter.series(series, unit) }
        let layout = result.layout
        let sources = layout.sources.indices.compactMap { index -> Flow? in
            guard index < result.bauBySource.count, index < result.pathwayBySource.count else { return nil }
            return Flow(id: layout.sources[index].id, name: layout.sources[index].name,
                        bau: series(result.bauBySource[index], "tCO2e"), pathway: series(result.pathwayBySource[index], "tCO2e"))
        }
        let pollutants = Pollutant.allCases.compactMap { pollutant -> Flow? in
            guard let bau = result.bauPollutants[pollutant], let pathway = result.pathwayPollutants[pollutant] else { return nil }
            return Flow(id: pollutant.rawValue, name: pollutant.name, bau: series(bau, "t"), pathway: series(pathway, "t"))
        }
        let carriers = layout.carriers.indices.compactMap { index -> Flow? in
            guard index < result.bauEnergy.count, index < result.pathwayEnergy.count else { return nil }
            return Flow(id: layout.carriers[index].id, name: layout.carriers[index].name,
                        bau: series(result.bauEnergy[index], "GJ"), pathway: series(result.pathwayEnergy[index], "GJ"))
        }
        let unit = result.sector.activityUnit.isEmpty ? "1" : result.sector.activityUnit
        let activity = result.bauActivity.values.isEmpty ? nil
            : Flow(id: nil, name: result.sector.activityName, bau: series(result.bauActivity, unit),
                   pathway: series(result.pathwayActivity, unit))
        guard activity != nil || !sources.isEmpty || !pollutants.isEmpty || !carriers.isEmpty else { return nil }
        self.init(activity: activity, sources: sources, pollutants: pollutants, carriers: carriers)
    }
}
