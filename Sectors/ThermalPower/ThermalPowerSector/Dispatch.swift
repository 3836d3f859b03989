/// How condensing coal units share the residual demand.
///
/// The merit-order assumption. ``reportNotes`` become the sector's notes (`SectorInfo.notes`),
/// which `PlanResult.boundaryNotes` (ReductionCore) passes on: the terminal summary prints them in its
/// boundary section and the XML report writes each as a `boundaries/note` element.
/// 1. Wind, solar, hydro and nuclear output (after curtailment, plus what storage recovers)
///    and contracted imports are taken first — priority dispatch of non-fossil power under
///    China's Renewable Energy Law (full-purchase guarantee).
/// 2. CHP, gas and biomass units run their scheduled hours (heat-led or contracted).
/// 3. Condensing coal units supply the residual `R = demand − non-fossil − imports − scheduled`.
///    By default they share it **pro rata to their scheduled net generation** — China's
///    "equal utilisation hours" planning practice — so new non-fossil output displaces every
///    coal unit in proportion. With `dispatch.merit-weight = w` the allocation is
///    `w × least-efficient-first + (1 − w) × pro rata`: changes from the scheduled level are then
///    taken first from (or given first to) the units with the highest (lowest) coal rate.
/// 4. Each unit runs at most `dispatch.max-hours`. A residual above the fleet's maximum is a
///    balancing import, counted with the contracted grid imports (memo `co2.imports` at
///    `electricity.grid-factor`; the consumption view at the blended import margin); a negative
///    residual is a surplus (exported).
public enum Dispatch {
    /// The merit-order and boundary statements every power report carries.
    public static let reportNotes: [String] = [
        "merit order: wind, solar, hydro, nuclear and contracted imports first (priority dispatch); "
            + "CHP, gas and biomass at their scheduled hours; condensing coal takes the residual pro rata to "
            + "its scheduled output (dispatch.merit-weight blends in least-efficient-first), so added "
            + "non-fossil supply displaces local condensing coal; a residual above the coal fleet's maximum "
            + "is a balancing import at electricity.grid-factor",
        "boundaries: direct = production (territorial) view, the plants in the city; total = consumption "
            + "view, direct + (grid imports − exports) × (w × supply.import-margin-factor + (1 − w) × "
            + "electricity.grid-factor), w = supply.import-margin-weight (memo co2.imports keeps imports at the "
            + "grid factor); with w = 1 and the margin of the local coal it displaces, replacing local "
            + "generation by imports abates only in the production view",
        "power and heat intensities: a unit's fuel is split by the heat-supply ratio on a fuel basis — fuel for heat = heat "
            + "supplied × its heat coal rate (kgce/GJ), the rest is fuel for power (the 供热比 allocation of China's power-generation "
            + "facility guideline, 2022 [R]); heat-only boilers are heat; memo intensity.electricity = CO2 allocated to electricity "
            + "÷ local net generation (tCO2/MWh), heat-ef = CO2 allocated to heat ÷ heat supplied (tCO2/GJ); the sector intensity "
            + "(all direct CO2 ÷ electricity supplied, the activity metric of intensity targets) includes heat and is not a power intensity",
    ]

    /// One condensing unit: net MWh at its scheduled hours, net MWh at maximum hours, coal rate.
    public struct Unit: Sendable, Hashable {
        /// Net MWh at scheduled hours; net MWh at maximum hours (never below scheduled); gce/kWh.
        public var scheduled: Double
        /// Net MWh at `dispatch.max-hours` (never below ``scheduled``).
        public var maximum: Double
        /// Net coal consumption rate, gce/kWh supplied.
        public var coalRate: Double

        /// Negative scheduled output counts as 0; a maximum below the schedule is raised to it.
        public init(scheduled: Double, maximum: Double, coalRate: Double) {
            self.scheduled = max(scheduled, 0)
            self.maximum = max(maximum, self.scheduled)
            self.coalRate = coalRate
        }
    }

    /// Net MWh per unit, the shortfall (balancing import) and the surplus.
    public struct Result: Sendable, Hashable {
        /// Net MWh per unit (input order); shortfall = balancing import; surplus = exported.
        public var generation: [Double]
        /// MWh the coal fleet cannot supply at its maximum: the balancing import.
        public var shortfall: Double
        /// MWh supplied beyond demand (a negative residual): exported.
        public var surplus: Double
    }

    /// Allocates `residual` MWh to `units` (see the type's documentation).
    public static func allocate(residual: Double, units: [Unit], meritWeight: Double = 0) -> Result {
        let capacity = units.reduce(0) { $0 + $1.maximum }
        let served = min(max(residual, 0), capacity)
        let shortfall = max(residual - capacity, 0)
        let surplus = max(-residual, 0)
        let weight = min(max(meritWeight, 0), 1)
        let pro = proRata(served, units)
        guard weight > 0 else { return Result(generation: pro, shortfall: shortfall, surplus: surplus) }
        let merit = meritOrder(served, units)
        let blended = zip(pro, merit).map { (1 - weight) * $0 + weight * $1 }
        return Result(generation: blended, shortfall: shortfall, surplus: surplus)
    }

    /// Pro rata to scheduled generation, each unit capped at its maximum (water-filling).
    static func proRata(_ target: Double, _ units: [Unit]) -> [Double] {
        var generation = [Double](repeating: 0, count: units.count)
        guard target > 0 else { return generation }
        let totalScheduled = units.reduce(0) { $0 + $1.scheduled }
        // Without any scheduled output, share by maximum output instead.
        let weights = totalScheduled > 0 ? units.map(\.scheduled) : units.map(\.maximum)
        var capped = Set<Int>()
        for _ in 0...units.count {
            let fixed = capped.reduce(0) { $0 + units[$1].maximum }
            let open = weights.indices.filter { !capped.contains($0) }
            let openWeight = open.reduce(0) { $0 + weights[$1] }
            guard openWeight > 0 else { break }
            let factor = max(target - fixed, 0) / openWeight
            var changed = false
            for index in open where weights[index] * factor > units[index].maximum {
                capped.insert(index)
                changed = true
            }
            if !changed {
                for index in units.indices {
                    generation[index] = capped.contains(index) ? units[index].maximum : weights[index] * factor
                }
                return generation
            }
        }
        for index in capped { generation[index] = units[index].maximum }
        return generation
    }

    /// From the scheduled level: cuts from the highest coal rate first, additions to the lowest first.
    static func meritOrder(_ target: Double, _ units: [Unit]) -> [Double] {
        var generation = units.map(\.scheduled)
        let scheduled = generation.reduce(0, +)
        if target <= scheduled {
            var cut = scheduled - target
            for index in units.indices.sorted(by: { units[$0].coalRate > units[$1].coalRate }) where cut > 0 {
                let step = min(generation[index], cut)
                generation[index] -= step
                cut -= step
            }
        } else {
            var extra = target - scheduled
            for index in units.indices.sorted(by: { units[$0].coalRate < units[$1].coalRate }) where extra > 0 {
                let step = min(units[index].maximum - generation[index], extra)
                generation[index] += step
                extra -= step
            }
        }
        return generation
    }
}
