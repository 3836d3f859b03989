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
        for position in 0..<measures {
            abatement[count * measures + position] = outcome.abatement[position]
            cost[count * measures + position] = outcome.cost[position]
            net[count * measures + position] = outcome.net[position]
            keepsRank[count * measures + position] = outcome.keepsRank[position]
            privateCost[count * measures + position] = outcome.privateCost[position]
            rank[count * measures + position] = outcome.rank[position]
            chosen[count * measures + position] = outcome.chosen[position]
        }
        pathwayTarget[count] = outcome.pathwayTarget
        referencePrice[count] = outcome.referencePrice
        peakYear[count] = outcome.peakYear
        for index in 0..<targets { targetMet[count * targets + index] = outcome.targetMet[index] }
        for index in 0..<parameters { uniforms[count * parameters + index] = outcome.uniforms[index] }
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
        let m = measures, start = chunk.firstDraw
        for index in 0..<(chunk.count * m) {
            abatement[start * m + index] = chunk.abatement[index]
            cost[start * m + index] = chunk.cost[index]
            net[start * m + index] = chunk.net[index]
            keepsRank[start * m + index] = chunk.keepsRank[index]
            privateCost[start * m + index] = chunk.privateCost[index]
            rank[start * m + index] = chunk.rank[index]
            chosen[start * m + index] = chunk.chosen[index]
        }
        for index in 0..<chunk.count {
            pathwayTarget[start + index] = chunk.pathwayTarget[index]
            referencePrice[start + index] = chunk.referencePrice[index]
            peakYear[start + index] = chunk.peakYear[index]
        }
        for index in 0..<(chunk.count * targets) { targetMet[start * targets + index] = chunk.targetMet[index] }
        let kept = max(min(sampled - start, chunk.count), 0)
        for index in 0..<(kept * parameters) { uniforms[start * parameters + index] = chunk.uniforms[index] }
    }

    func advance(by count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        completed += count
        return completed
    }
}
