/// The ranges of a measure's own numbers, shared by the plan-file decoder (which reports the
/// YAML line) and ``Plan/validate(against:)`` (which reports the key path of a measure edited
/// in code).
enum MeasureRules {
    /// The longest lifetime a measure may have, years.
    ///
    /// Source: assumption — the longest-lived assets in the catalogues (hydro dams, district
    /// heating networks, rail) last 50–100 years; 200 leaves room and still catches a value
    /// entered in months or days.
    static let maximumLifetime = 200.0

    /// What is wrong with `lifetime` (years), or nil: it must be positive and at most ``maximumLifetime``.
    static func lifetimeProblem(_ lifetime: Estimate) -> String? {
        guard lifetime.value > 0, (lifetime.low ?? 1) > 0 else {
            return "a lifetime must be a positive number of years, found \(lifetime.value)"
        }
        guard lifetime.value <= maximumLifetime else {
            return "a lifetime of \(lifetime.value) years is not plausible (at most \(Int(maximumLifetime)))"
        }
        return nil
    }

    /// The first of `estimate`'s value, low and high outside `range` (or not finite), or nil.
    static func outside(_ range: ClosedRange<Double>, _ estimate: Estimate) -> Double? {
        [estimate.value, estimate.low, estimate.high].compactMap { $0 }.first { !$0.isFinite || !range.contains($0) }
    }

    /// The longest ramp a deployment may have, years (the decoder's bound).
    static let maximumRampYears = 300

    /// The values a change's main number (``InputChange/primary``) may take: a `scale` cut at
    /// most 100 % (`by ≥ −1`), a shifted or captured fraction 0–1, a shifted amount or a `grow`
    /// ≥ 0, an `add` amount or a `blend` target any number; all within ±``PlanLimits/maxMagnitude``.
    static func primaryRange(_ change: InputChange) -> ClosedRange<Double> {
        switch change {
        case .scale: -1...PlanLimits.maxMagnitude
        case .shift, .capture: 0...1
        case .shiftAmount, .grow: 0...PlanLimits.maxMagnitude
        case .add, .blend: -PlanLimits.maxMagnitude...PlanLimits.maxMagnitude
        }
    }

    /// The values a shift's arrival ratio may take: finite and ≥ 0.
    static let ratioRange: ClosedRange<Double> = 0...PlanLimits.maxMagnitude
}

extension PlanValidator {
    /// Each measure's start year within the model years, lifetime, deployment, costs and the
    /// ranges of its changes; ids unique. One problem per offending number.
    static func checkMeasures(_ plan: Plan, locator: PlanLocator, into findings: inout PlanFindings) {
        var seen = Set<String>()
        for measure in plan.measures {
            let path = "measures[\(measure.id)]"
            func problem(_ code: PlanError.Code, _ keyPath: String, _ message: String) {
                findings.problems.append(PlanError(code, message, at: SourceLocation(file: locator.file, keyPath: path + keyPath)))
            }
            if !seen.insert(measure.id).inserted {
                problem(.measureReference, "", "measure id '\(measure.id)' appears twice")
            }
            let deployment = measure.deployment
            if !plan.modelYears.contains(deployment.startYear) {
                problem(.yearOutOfRange, "",
                        "deployment starts in \(deployment.startYear), outside \(plan.modelYears.lowerBound)–\(plan.header.horizon)")
            }
            if let message = MeasureRules.lifetimeProblem(measure.lifetime) {
                problem(.invalidValue, ".lifetime", message)
            }
            if let bound = MeasureRules.outside(0...1, deployment.maxPenetration) {
                problem(.invalidValue, ".deployment.max",
                        "maximum penetration is a share within 0–1 (0.6 for 60 %), found \(bound)")
            }
            if !(0...MeasureRules.maximumRampYears).contains(deployment.rampYears) {
                problem(.invalidValue, ".deployment.ramp", "ramp years must be within 0–\(MeasureRules.maximumRampYears), found \(deployment.rampYears)")
            }
            if let end = deployment.endYear, end < deployment.startYear {
                problem(.yearOutOfRange, ".deployment.end", "end year \(end) is before start \(deployment.startYear)")
            }
            for (label, estimate) in [("capex", measure.capex), ("opex", measure.opex)] {
                if let bad = MeasureRules.outside(-PlanLimits.maxMagnitude...PlanLimits.maxMagnitude, estimate) {
                    problem(.invalidValue, ".\(label)", "\(label) must be a finite amount within ±\(PlanLimits.maxMagnitude), found \(bad)")
                }
            }
            for (index, change) in measure.changes.enumerated() {
                if let message = changeProblem(change) {
                    problem(message.code, ".changes[\(index)]", message.text)
                }
            }
        }
    }

    /// What is wrong with one change's numbers, or nil (the decoder's ranges).
    static func changeProblem(_ change: InputChange) -> (code: PlanError.Code, text: String)? {
        let range = MeasureRules.primaryRange(change)
        switch change {
        case let .scale(_, by):
            if let bad = MeasureRules.outside(range, by) {
                return (.invalidValue, "a cut cannot exceed 100 % (by ≥ -1), found \(bad)")
            }
        case let .shift(_, _, fraction, ratio):
            if let bad = MeasureRules.outside(range, fraction) {
                return (.shareOverflow, "a shifted fraction must be within 0–100 %, found \(bad)")
            }
            if let bad = MeasureRules.outside(MeasureRules.ratioRange, ratio) {
                return (.invalidValue, "a shift ratio must be a finite number ≥ 0, found \(bad)")
            }
        case let .shiftAmount(_, _, amount, ratio):
            if let bad = MeasureRules.outside(range, amount) {
                return (.invalidValue, "a shifted amount must be ≥ 0, found \(bad)")
            }
            if let bad = MeasureRules.outside(MeasureRules.ratioRange, ratio) {
                return (.invalidValue, "a shift ratio must be a finite number ≥ 0, found \(bad)")
            }
        case let .grow(_, by):
            if let bad = MeasureRules.outside(range, by) {
                return (.invalidValue, "'grow' adds a share of the plan's value (by ≥ 0), found \(bad)")
            }
        case let .add(_, amount), let .blend(_, amount):
            if let bad = MeasureRules.outside(range, amount) {
                return (.invalidValue, "the change's amount must be a finite number within ±\(PlanLimits.maxMagnitude), found \(bad)")
            }
        case let .capture(_, _, fraction):
            if let bad = MeasureRules.outside(range, fraction) {
                return (.shareOverflow, "a captured fraction must be within 0–100 %, found \(bad)")
            }
        }
        return nil
    }
}
