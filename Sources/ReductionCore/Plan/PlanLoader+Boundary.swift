extension PlanLoader {
    /// A target's optional `boundary: direct | indirect | total`.
    static func decodeBoundary(_ item: YAMLValue) throws(PlanError) -> ReportingBoundary? {
        guard let node = try item.optional("boundary") else { return nil }
        let text = try node.string()
        guard let boundary = ReportingBoundary(rawValue: text) else {
            let accepted = ReportingBoundary.allCases.map(\.rawValue).joined(separator: ", ")
            throw node.error(.invalidValue, "a target's boundary must be one of \(accepted), found '\(text)'")
        }
        return boundary
    }
}
