/// One thing wrong with a plan, as ``Plan/validate(against:)`` reports it: a ``PlanError``
/// with its code, message and location (the file and line for a plan loaded from a file,
/// the key path such as `measures[bus-electric].lifetime` for a value edited in code).
public typealias PlanProblem = PlanError

extension Plan {
    /// Checks the plan against `model` and returns every problem found, in check order
    /// (empty when the plan is valid): each input within its kind and hard range, share
    /// groups, each measure's lifetime, deployment (maximum penetration is a share in 0–1:
    /// 60 % is `0.6`), costs and changes, energy prices and capture sources, and that the
    /// model accepts the inputs and the plan has activity.
    ///
    /// ``PlanLoader`` runs the same checks on every file it loads and ``PlanEvaluator``
    /// refuses a plan that fails them, so a plan edited in code is checked again:
    /// ```swift
    /// var plan = try PlanLoader.loadExample(for: model)
    /// plan.measures[0].lifetime = Estimate(-3)
    /// let problems = plan.validate(against: model)   // one problem, at measures[<id>].lifetime
    /// ```
    public func validate(against model: some SectorModel) -> [PlanProblem] {
        PlanValidator.check(self, model: model, locator: PlanLocator(file: sources.files.first { $0.role == "plan" }?.name)).problems
    }

    /// The selected measure with `id`, or nil when the plan does not select it.
    public func measure(id: String) -> Measure? { measures.first { $0.id == id } }

    /// The index in ``measures`` of the measure with `id`, for editing it in place
    /// (`plan.measures[i].lifetime = …`); nil when the plan does not select it.
    public func measureIndex(id: String) -> Int? { measures.firstIndex { $0.id == id } }
}

extension PlanError {
    /// The error ``PlanEvaluator`` throws for a plan that fails ``Plan/validate(against:)``:
    /// code ``Code/invalidPlan``, every problem in ``problems`` and listed in the message.
    public init(invalidPlan problems: [PlanProblem]) {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        let list = problems.map { "  - \($0)" }.joined(separator: "\n")
        self.init(.invalidPlan, "the plan fails validation (\(count)):\n\(list)")
        self.problems = problems
    }
}
