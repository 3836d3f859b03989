/// A rank correlation the plan declares between two drawn parameters (for example the diesel
/// and gasoline prices, 0.9), induced in the Monte Carlo sample with the Iman–Conover method.
///
/// Parameters are named as ``UncertaintyEngine/parameterNames`` lists them:
/// `inputs.<key>`, `measures.<id>.capex`, `measures.<id>.opex`, `measures.<id>.lifetime`,
/// `measures.<id>.deployment.max`, `measures.<id>.changes[<i>]`, `measures.<id>.changes[<i>].ratio`.
public struct RankCorrelation: Sendable, Hashable {
    /// The first parameter's name.
    public var first: String
    /// The second parameter's name.
    public var second: String
    /// The target rank correlation, in (−1, 1).
    public var rank: Double
    /// Where the plan declares it (for error messages).
    public var location: SourceLocation

    /// Declares a rank correlation `rank` between two parameters.
    public init(_ first: String, _ second: String, rank: Double, location: SourceLocation = SourceLocation()) {
        self.first = first
        self.second = second
        self.rank = rank
        self.location = location
    }
}

/// The Iman–Conover method (Iman & Conover 1982, "A distribution-free approach to inducing
/// rank correlation among input variables", Communications in Statistics B 11(3), 311–334):
/// the columns of a sample are re-paired, each keeping its own values (so every marginal
/// distribution is unchanged), so that their rank correlation approaches a target matrix.
///
/// ```
/// S   = van der Waerden scores Φ⁻¹(i / (n + 1)), each column independently permuted
/// E   = corr(S) = Q Qᵀ,  C = P Pᵀ            (Cholesky factors)
/// T   = S (Q⁻¹)ᵀ Pᵀ                           corr(T) = C
/// column j of the sample is re-ordered so that its ranks equal the ranks of T[:, j]
/// ```
enum ImanConover {
    /// Re-pairs `columns` (each of length n) towards the correlation matrix `target` (k × k,
    /// symmetric, unit diagonal). Returns nil when `target` is not positive definite.
    /// Deterministic for a given `seed`.
    static func reorder(_ columns: [[Double]], target: [[Double]], seed: UInt64) -> [[Double]]? {
        let k = columns.count
        guard k > 1, let n = columns.first?.count, n > 2 else { return columns }
        guard let p = cholesky(target) else { return nil }
        // Scores, each column an independent random permutation.
        let scores = (1...n).map { Estimate.inverseNormal(Double($0) / Double(n + 1)) }
        var s = [[Double]](repeating: [], count: k)
        for j in 0..<k {
            var random = CounterRandom(seed: seed, draw: UInt64.max - UInt64(j))
            var column = scores
            for i in stride(from: n - 1, to: 0, by: -1) {  // Fisher–Yates
                let r = Int(random.next() % UInt64(i + 1))
                column.swapAt(i, r)
            }
            s[j] = column
        }
        // E = corr(S); the scores have mean 0, so corr is the normalised cross product.
        var e = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for a in 0..<k {
            for b in a..<k {
                var sum = 0.0
                for i in 0..<n { sum += s[a][i] * s[b][i] }
                e[a][b] = sum
                e[b][a] = sum
            }
        }
        let norms = (0..<k).map { e[$0][$0].squareRoot() }
        for a in 0..<k { for b in 0..<k { e[a][b] /= norms[a] * norms[b] } }
        guard let q = cholesky(e), let qInverse = lowerInverse(q) else { return nil }
        // M = (Q⁻¹)ᵀ Pᵀ, so T = S M: T[i][j] = Σ_a S[a][i] M[a][j].
        var m = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for a in 0..<k {
            for j in 0..<k {
                var sum = 0.0
                for c in 0..<k { sum += qInverse[c][a] * p[j][c] }
                m[a][j] = sum
            }
        }
        var result = columns
        var t = [Double](repeating: 0, count: n)
        for j in 0..<k {
            for i in 0..<n {
                var sum = 0.0
                for a in 0..<k { sum += s[a][i] * m[a][j] }
                t[i] = sum
            }
            let sortedValues = columns[j].sorted()
            let order = (0..<n).sorted { t[$0] != t[$1] ? t[$0] < t[$1] : $0 < $1 }
            for (rank, row) in order.enumerated() { result[j][row] = sortedValues[rank] }
        }
        return result
    }

    /// Lower-triangular L with L Lᵀ = a, or nil when `a` is not positive definite.
    static func cholesky(_ a: [[Double]]) -> [[Double]]? {
        let k = a.count
        var l = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k {
            for j in 0...i {
                var sum = a[i][j]
                for c in 0..<j { sum -= l[i][c] * l[j][c] }
                if i == j {
                    guard sum > 1e-12 else { return nil }
                    l[i][i] = sum.squareRoot()
                } else {
                    l[i][j] = sum / l[j][j]
                }
            }
        }
        return l
    }

    /// The inverse of a lower-triangular matrix (forward substitution), nil on a zero pivot.
    static func lowerInverse(_ l: [[Double]]) -> [[Double]]? {
        let k = l.count
        var inverse = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for column in 0..<k {
            for row in column..<k {
                var sum = row == column ? 1.0 : 0.0
                for c in column..<row { sum -= l[row][c] * inverse[c][column] }
                guard l[row][row] != 0 else { return nil }
                inverse[row][column] = sum / l[row][row]
            }
        }
        return inverse
    }
}

/// Synthesized coding.
extension RankCorrelation: Codable {}
