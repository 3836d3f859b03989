import Foundation

/// Up to `capacity` consecutive draws of one thread, in flat buffers reused from chunk to
/// chunk (no allocation per draw).
struct DrawChunk {
    static let capacity = 256
    let measures: Int, targets: Int, parameters: Int
    var firstDraw = 0, count = 0
    var abatement: [Double], cost: [Double], net: [Double], privateCost: [Double], rank: [Double]
    var keepsRank: [Bool], chosen: [Bool]
    var pathwayTarget: [Double], referencePrice: [Double], peakYear: [Int], targetMet: [Bool]
    /// The uniform each parameter was drawn from, `[draw × parameters]`.
    var uniforms: [Double]

    init(measures: Int, targets: Int, parameters: Int) {
        self.measures = measures
        self.targets = targets
        self.parameters = parameters
        abatement = Array(repeating: 0, count: Self.capacity * measures)
        cost = abatement
        net = abatement
        privateCost = abatement
        rank = abatement
        keepsRank = Array(repeating: false, count: Self.capacity * measures)
        chosen = keepsRank
        pathwayTarget = Array(repeating: 0, count: Self.capacity)
        referencePrice = pathwayTarget
        peakYear = Array(repeating: 0, count: Self.capacity)
        targetMet = Array(repeating: false, count: Self.capacity * targets)
        uniforms = Array(repeating: 0, count: Self.capacity * parameters)
    }

    /// Appends draw `draw` (which must follow the previous one).
    mutating func append(_ outcome: DrawOutcome, draw: Int) {
        if count == 0 { firstDraw = draw }
        let at = count * measures
        copyBlock(outcome.abatement, into: &abatement, at: at, count: measures)
        copyBlock(outcome.cost, into: &cost, at: at, count: measures)
        copyBlock(outcome.net, into: &net, at: at, count: measures)
        copyBlock(outcome.keepsRank, into: &keepsRank, at: at, count: measures)
        copyBlock(outcome.privateCost, into: &privateCost, at: at, count: measures)
        copyBlock(outcome.rank, into: &rank, at: at, count: measures)
        copyBlock(outcome.chosen, into: &chosen, at: at, count: measures)
        pathwayTarget[count] = outcome.pathwayTarget
        referencePrice[count] = outcome.referencePrice
        peakYear[count] = outcome.peakYear
        copyBlock(outcome.targetMet, into: &targetMet, at: count * targets, count: targets)
        copyBlock(outcome.uniforms, into: &uniforms, at: count * parameters, count: parameters)
        count += 1
    }

    mutating func clear() { count = 0 }
}

/// Per-draw results, written by index from several threads under a lock. The parameters'
/// uniforms are kept for the first `sampled` draws only (the sensitivity sample).
final class ResultBox: @unchecked Sendable {
    let draws: Int, measures: Int, targets: Int, parameters: Int, sampled: Int
    var abatement: [Double], cost: [Double], net: [Double], privateCost: [Double], rank: [Double]
    var keepsRank: [Bool], chosen: [Bool]
    var pathwayTarget: [Double], referencePrice: [Double], peakYear: [Int], targetMet: [Bool]
    /// `[draw × parameters]` for draws below `sampled`.
    var uniforms: [Double]
    private var completed = 0
    private let lock = NSLock()

    init(draws: Int, measures: Int, targets: Int, parameters: Int, sampled: Int) {
        self.draws = draws
        self.measures = measures
        self.targets = targets
        self.parameters = parameters
        self.sampled = sampled
        abatement = Array(repeating: 0, count: draws * measures)
        cost = abatement
        net = abatement
        privateCost = abatement
        rank = abatement
        keepsRank = Array(repeating: false, count: draws * measures)
        chosen = keepsRank
        pathwayTarget = Array(repeating: 0, count: draws)
        referencePrice = pathwayTarget
        peakYear = Array(repeating: 0, count: draws)
        targetMet = Array(repeating: false, count: draws * targets)
        uniforms = Array(repeating: 0, count: sampled * parameters)
    }

    /// Copies a chunk of consecutive draws into place under one lock.
    func store(_ chunk: DrawChunk) {
        lock.lock()
        defer { lock.unlock() }
        // One access per array (a class's arrays are checked for exclusive access on each use).
        let m = measures, start = chunk.firstDraw, n = chunk.count
        copyBlock(chunk.abatement, into: &abatement, at: start * m, count: n * m)
        copyBlock(chunk.cost, into: &cost, at: start * m, count: n * m)
        copyBlock(chunk.net, into: &net, at: start * m, count: n * m)
        copyBlock(chunk.keepsRank, into: &keepsRank, at: start * m, count: n * m)
        copyBlock(chunk.privateCost, into: &privateCost, at: start * m, count: n * m)
        copyBlock(chunk.rank, into: &rank, at: start * m, count: n * m)
        copyBlock(chunk.chosen, into: &chosen, at: start * m, count: n * m)
        copyBlock(chunk.pathwayTarget, into: &pathwayTarget, at: start, count: n)
        copyBlock(chunk.referencePrice, into: &referencePrice, at: start, count: n)
        copyBlock(chunk.peakYear, into: &peakYear, at: start, count: n)
        copyBlock(chunk.targetMet, into: &targetMet, at: start * targets, count: n * targets)
        let kept = max(min(sampled - start, n), 0)
        copyBlock(chunk.uniforms, into: &uniforms, at: start * parameters, count: kept * parameters)
    }

    func advance(by count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        completed += count
        return completed
    }
}

/// Copies the first `count` elements of `source` into `destination` from index `at` (one
/// bounds check and one exclusive access for the block, not one per element).
@inline(__always)
private func copyBlock<T>(_ source: [T], into destination: inout [T], at start: Int, count: Int) {
    guard count > 0 else { return }
    precondition(count <= source.count && start >= 0 && start + count <= destination.count, "draw storage out of range")
    destination.withUnsafeMutableBufferPointer { target in
        source.withUnsafeBufferPointer { source in
            guard let to = target.baseAddress, let from = source.baseAddress else { return }
            (to + start).update(from: from, count: count)
        }
    }
}
