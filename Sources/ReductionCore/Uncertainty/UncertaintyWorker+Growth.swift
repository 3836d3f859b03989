/// One series whose growth rate is drawn (an input, or an energy price on one basis), as a
/// worker holds it. ``UncertainParameter/apply(_:to:)`` writes the drawn rate of each ranged
/// period into ``rates``; once every parameter of the draw is in, ``updateFactors()`` computes
/// the ratio of the drawn to the central projection per year, which ``Worker/applyGrowth()``
/// applies to an input's row and ``Worker/drawnPrice(_:carrier:basis:offset:)`` to a price.
struct GrowthDraw: Sendable {
    /// The input's row in the table (the carrier's index for a price).
    let key: Int
    /// Per year offset: the growth period whose rate applies in that year, chosen as
    /// ``SeriesSpec/expand(years:baseYear:baseValue:)`` chooses it (after the last `until` the
    /// last period goes on); −1 up to and including the base year (held at the base value).
    let period: [Int]
    /// Per year offset: true where an explicit `values` point overrides the projection.
    let isPoint: [Bool]
    /// The central rate of each period.
    let centralRates: [Double]
    /// This draw's rate of each period: drawn for a ranged period, central for the others.
    var rates: [Double]
    /// Per year offset, after ``updateFactors()``: the drawn projection over the central one,
    /// `Π_{base < y ≤ t} (1 + r_d(y)) / (1 + r_c(y))`; 1 up to the base year and where a
    /// `values` point overrides the projection.
    var factors: [Double]

    /// The draw state of input row (or carrier) `key`, expanded from `spec` over `years` from `baseYear`.
    init(key: Int, spec: SeriesSpec, years: ClosedRange<Int>, baseYear: Int) {
        self.key = key
        var periods: [Int] = []
        var index = 0
        for year in years {
            while index < spec.growth.count && spec.growth[index].until < year { index += 1 }
            periods.append(year > baseYear && !spec.growth.isEmpty ? min(index, spec.growth.count - 1) : -1)
        }
        period = periods
        isPoint = years.map { year in spec.points.contains { $0.year == year } }
        centralRates = spec.growth.map(\.rate.value)
        rates = centralRates
        factors = Array(repeating: 1, count: years.count)
    }

    /// Computes ``factors`` from this draw's ``rates``.
    mutating func updateFactors() {
        var drawn = 1.0, central = 1.0
        for offset in factors.indices {
            let period = self.period[offset]
            guard period >= 0 else { continue }
            drawn *= 1 + rates[period]
            central *= 1 + centralRates[period]
            factors[offset] = isPoint[offset] ? 1 : drawn / central
        }
    }

    /// The draw state of every input that has a drawn growth rate among `parameters`, and for
    /// each table row its index in that list (−1 for a row without drawn growth).
    static func all(for parameters: [UncertainParameter], plan: Plan, table: InputTable) -> (draws: [GrowthDraw], slots: [Int]) {
        var draws: [GrowthDraw] = []
        var slots = [Int](repeating: -1, count: table.keys.count)
        for case let .growth(key, _, _) in parameters where slots[key] < 0 {
            guard let spec = plan.inputs[table.keys[key]] else { continue }
            slots[key] = draws.count
            draws.append(GrowthDraw(key: key, spec: spec, years: table.years, baseYear: plan.header.baseYear))
        }
        return (draws, slots)
    }
}

extension Worker {
    /// Records the drawn growth `rate` of period `period` of input row `key`, clamped to
    /// −99 %…+100 % a year (the loader's bounds are −100 % exclusive and +100 %; a normal draw
    /// may fall beyond them).
    mutating func setGrowth(key: Int, period: Int, rate: Double) {
        let slot = growthSlots[key]
        guard slot >= 0 else { return }
        growth[slot].rates[period] = min(max(rate, -0.99), 1)
    }

    /// Re-expands every input with a drawn growth rate. The central row is
    /// `x(t) = x(t−1) × (1 + r_c(t))` after the base year, so the drawn row is the central one
    /// (as the input's own draw left it) times the ratio of the two projections:
    /// ```
    /// x_drawn(t) = x(t) × Π_{base < y ≤ t} (1 + r_d(y)) / (1 + r_c(y))
    /// ```
    /// which is `base × Π (1 + r_d)`, the expansion with the drawn rates; a year that an explicit
    /// `values` point gives keeps its value (times the input's own draw, as without growth), and
    /// the years up to the base year are unchanged. Runs before the share groups are renormalised.
    ///
    /// A drawn rate can carry later years past what the input can hold (a share above 1 after a
    /// normal rate's tail, although the rate itself is inside its domain): such a year is held at
    /// the bound (``UncertaintyEngine/rowLimits``); a year inside keeps its bits.
    mutating func applyGrowth() {
        let count = table.yearCount
        for index in growth.indices {
            growth[index].updateFactors()
            let key = growth[index].key, start = key * count
            let limits = rowLimits[key]
            for offset in 0..<count {
                var value = table.values[start + offset] * growth[index].factors[offset]
                if value < limits.lowerBound { value = limits.lowerBound } else if value > limits.upperBound { value = limits.upperBound }
                table.values[start + offset] = value
            }
        }
    }
}
