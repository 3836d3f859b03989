/// One input whose growth rate is drawn, as a worker holds it. ``UncertainParameter/apply(_:to:)``
/// writes the drawn rate of each ranged period into ``rates``; ``Worker/applyGrowth()`` then
/// re-expands the input's row once every parameter of the draw is in.
struct GrowthDraw: Sendable {
    /// The input's row in the table.
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

    /// The draw state of input row `key`, expanded from `spec` over `years` from `baseYear`.
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
    mutating func applyGrowth() {
        let count = table.yearCount
        for index in growth.indices {
            let start = growth[index].key * count
            var drawn = 1.0, central = 1.0
            for offset in 0..<count {
                let period = growth[index].period[offset]
                guard period >= 0 else { continue }
                drawn *= 1 + growth[index].rates[period]
                central *= 1 + growth[index].centralRates[period]
                if !growth[index].isPoint[offset] { table.values[start + offset] *= drawn / central }
            }
        }
    }
}
