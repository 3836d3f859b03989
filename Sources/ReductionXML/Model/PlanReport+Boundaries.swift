public import ReductionCore

extension PlanReport {
    /// Direct and indirect totals, the grid-factor path and the boundary of every target
    /// (schema 1.2 `rp:Boundaries`). Values come from the core's `PlanResult` (its
    /// `bauBoundaries`, `pathwayBoundaries`, grid-factor memos and `boundaryNotes`).
    public struct Boundaries: Sendable, Hashable {
        /// One run's totals by boundary, tCO2e.
        public struct Totals: Sendable, Hashable {
            /// Direct (territorial, scope 1) tCO2e.
            public var direct: ReportSeries
            /// Indirect (scope 2) tCO2e.
            public var indirect: ReportSeries
            /// Indirect electricity at the grid average, for market-based sectors.
            public var indirectLocationBased: ReportSeries?
            /// Creates the totals from their parts.
            public init(direct: ReportSeries, indirect: ReportSeries, indirectLocationBased: ReportSeries? = nil) {
                self.direct = direct
                self.indirect = indirect
                self.indirectLocationBased = indirectLocationBased
            }
        }

        /// The boundary one target was checked in.
        public struct TargetBoundary: Sendable, Hashable {
            /// Id of a ``TargetCheck``.
            public var targetID: String
            /// `direct`, `indirect` or `total`.
            public var boundary: String
            /// Records the boundary (`ReportingBoundary` raw value) target `targetID` was checked in.
            public init(targetID: String, boundary: String) {
                self.targetID = targetID
                self.boundary = boundary
            }
        }

        /// A MACC step's width split by boundary, tCO2e.
        public struct StepSplit: Sendable, Hashable {
            /// The measure of the step.
            public var measureID: String
            /// Direct abatement, tCO2e.
            public var direct: Double
            /// Indirect abatement, tCO2e (negative when the measure moves emissions to purchases).
            public var indirect: Double
            /// Splits a MACC step's width into its direct and indirect parts, tCO2e.
            public init(measureID: String, direct: Double, indirect: Double) {
                self.measureID = measureID
                self.direct = direct
                self.indirect = indirect
            }
        }

        /// `location-based`, `market-based` or `consumption`.
        public var view: String
        /// The sector's default target boundary.
        public var defaultTargetBoundary: String
        /// BAU totals.
        public var bau: Totals
        /// Pathway totals.
        public var pathway: Totals
        /// The grid factor the BAU used, tCO2/MWh.
        public var gridFactorBau: ReportSeries?
        /// The grid factor the pathway used, tCO2/MWh.
        public var gridFactorPathway: ReportSeries?
        /// The boundary of each target, in plan order.
        public var targets: [TargetBoundary]
        /// The MACC steps' split, in MACC order.
        public var steps: [StepSplit]
        /// Boundary statements and warnings.
        public var notes: [String]

        /// Creates the section from its parts.
        public init(view: String, defaultTargetBoundary: String, bau: Totals, pathway: Totals,
                    gridFactorBau: ReportSeries? = nil, gridFactorPathway: ReportSeries? = nil,
                    targets: [TargetBoundary] = [], steps: [StepSplit] = [], notes: [String] = []) {
            self.view = view
            self.defaultTargetBoundary = defaultTargetBoundary
            self.bau = bau
            self.pathway = pathway
            self.gridFactorBau = gridFactorBau
            self.gridFactorPathway = gridFactorPathway
            self.targets = targets
            self.steps = steps
            self.notes = notes
        }
    }
}

extension PlanReport.Boundaries {
    /// The section of a core result (formatting only; every figure is the core's).
    public init(_ result: PlanResult) {
        func totals(_ series: BoundarySeries, _ location: YearSeries?) -> Totals {
            Totals(direct: ResultConverter.series(series.direct, "tCO2e"),
                   indirect: ResultConverter.series(series.indirect, "tCO2e"),
                   indirectLocationBased: location.map { ResultConverter.series($0, "tCO2") })
        }
        self.init(view: result.sector.indirectView,
                  defaultTargetBoundary: result.sector.defaultTargetBoundary.rawValue,
                  bau: totals(result.bauBoundaries, result.bauLocationBased),
                  pathway: totals(result.pathwayBoundaries, result.pathwayLocationBased),
                  gridFactorBau: result.bauGridFactor.map { ResultConverter.series($0, "tCO2/MWh") },
                  gridFactorPathway: result.pathwayGridFactor.map { ResultConverter.series($0, "tCO2/MWh") },
                  targets: result.targets.map { TargetBoundary(targetID: $0.target.id, boundary: $0.boundary.rawValue) },
                  steps: result.macc.steps.map { StepSplit(measureID: $0.measureID, direct: $0.directAbatement,
                                                           indirect: $0.indirectAbatement) },
                  notes: result.boundaryNotes)
    }
}
