internal import ReductionCore

extension PlanReport {
    /// How many parameters of one kind a Monte Carlo run drew (schema 1.2).
    public struct DrawnKind: Sendable, Hashable {
        /// `input`, `change`, `ratio`, `penetration`, `lifetime`, `capex`, `opex`, …
        public var kind: String
        /// Parameters of that kind.
        public var count: Int
        /// A count of drawn parameters of `kind`.
        public init(kind: String, count: Int) {
            self.kind = kind
            self.count = count
        }
    }

    /// A declared rank correlation and the rank correlation the sample achieved (schema 1.2).
    public struct Correlation: Sendable, Hashable {
        /// The first parameter's name.
        public var first: String
        /// The second parameter's name.
        public var second: String
        /// The declared rank correlation.
        public var target: Double
        /// The sample's Spearman rank correlation.
        public var achieved: Double
        /// Draws it was measured over.
        public var draws: Int
        /// A correlation entry.
        public init(first: String, second: String, target: Double, achieved: Double, draws: Int) {
            self.first = first
            self.second = second
            self.target = target
            self.achieved = achieved
            self.draws = draws
        }
    }

    /// One parameter's contribution to one result's spread (schema 1.2).
    public struct ParameterSensitivity: Sendable, Hashable {
        /// The parameter's name (`inputs.<key>`, `measures.<id>.<number>`).
        public var parameter: String
        /// Spearman rank correlation with the result.
        public var spearman: Double
        /// First-order variance share, 0–1.
        public var firstOrder: Double
        /// Mean result over the draws with the parameter in its lowest tenth.
        public var lowMean: Double
        /// Mean result over the draws with the parameter in its highest tenth.
        public var highMean: Double
        /// A sensitivity entry.
        public init(parameter: String, spearman: Double, firstOrder: Double, lowMean: Double, highMean: Double) {
            self.parameter = parameter
            self.spearman = spearman
            self.firstOrder = firstOrder
            self.lowMean = lowMean
            self.highMean = highMean
        }
    }

    /// The parameters behind one result's spread, largest |Spearman| first (schema 1.2).
    public struct SensitivityResult: Sendable, Hashable {
        /// `pathway` (target-year pathway emissions) or a measure id (its cost per tonne).
        public var result: String
        /// The result's unit.
        public var unit: String
        /// Draws analysed.
        public var draws: Int
        /// Every drawn parameter.
        public var parameters: [ParameterSensitivity]
        /// A sensitivity result.
        public init(result: String, unit: String, draws: Int, parameters: [ParameterSensitivity]) {
            self.result = result
            self.unit = unit
            self.draws = draws
            self.parameters = parameters
        }
    }
}

extension PlanReport.Uncertainty {
    /// Whether the section carries content added in schema 1.2.
    var usesVersion12: Bool {
        mode != nil || !drawn.isEmpty || !correlations.isEmpty || !sensitivity.isEmpty
            || measures.contains { $0.abatingDraws != nil || $0.probabilityIncreasesEmissions != nil || $0.rank != nil
                || $0.privateCostPerTonne != nil || $0.probabilityChosen != nil || $0.centralRank != nil }
    }
}
