extension PlanEvaluator {
    /// The indirect part of the MACC width of measure `index` in the target year: indirect
    /// tCO2e before the measure minus after it, in the pathway (0 when not in the pathway).
    func indirectWidth(_ index: Int, order: [Int], sequence: Sequence) -> Double {
        guard let step = order.firstIndex(of: index), step + 1 < sequence.outputs.count else { return 0 }
        let offset = baseTable.offset(of: plan.header.targetYear)
        return sequence.outputs[step].totalCO2e(offset: offset, gwp: gwp, boundary: .indirect)
            - sequence.outputs[step + 1].totalCO2e(offset: offset, gwp: gwp, boundary: .indirect)
    }
}
