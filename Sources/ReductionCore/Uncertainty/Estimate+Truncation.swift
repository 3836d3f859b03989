/// How the draws of one parameter are kept inside the values it can take (its domain,
/// ``UncertainParameter/domain(evaluator:model:)``): the domain and the untruncated
/// distribution's CDF at its two ends.
///
/// A draw maps its uniform `u` to `u' = F(a) + u × (F(b) − F(a))` before the quantile, so the
/// draw follows the distribution restricted to `a…b` (a truncated normal, lognormal,
/// triangular or uniform). `u'` rises with `u`, so draws stay a pure function of
/// (seed, draw, index) and rank correlations induced on the uniforms are kept.
struct DrawTruncation: Sendable, Hashable {
    /// The values the parameter can take.
    var domain: ClosedRange<Double>
    /// The untruncated CDF at `domain.lowerBound` and at `domain.upperBound`.
    var cdfLow: Double, cdfHigh: Double

    /// The share of the untruncated distribution outside the domain (0 when nothing is cut).
    var massCut: Double { max(0, 1 - (cdfHigh - cdfLow)) }
}

extension Estimate {
    /// The untruncated distribution's CDF at `x` (the inverse of ``sample(_:)``); without a
    /// range of positive width (or a lognormal without positive low and value) a step at `value`.
    func cdf(_ x: Double) -> Double {
        guard let low, let high, high > low else { return x < value ? 0 : 1 }
        switch distribution ?? .triangular {
        case .triangular:
            let mode = min(max(value, low), high)
            if x <= low { return 0 }
            if x >= high { return 1 }
            if x < mode { return (x - low) * (x - low) / ((high - low) * (mode - low)) }
            return 1 - (high - x) * (high - x) / ((high - low) * (high - mode))
        case .uniform:
            return min(max((x - low) / (high - low), 0), 1)
        case .normal:
            return Self.normalCDF((x - value) / ((high - low) / (2 * 1.959964)))
        case .lognormal:
            guard low > 0, value > 0 else { return x < value ? 0 : 1 }
            if x <= 0 { return 0 }
            return Self.normalCDF(log(x / value) / (log(high / low) / (2 * 1.959964)))
        }
    }

    /// The standard normal CDF, `Φ(z) = erfc(−z / √2) / 2` (0 at −∞, 1 at +∞).
    static func normalCDF(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// The truncation of this estimate's draws to `domain`: the CDF at both ends.
    func truncation(to domain: ClosedRange<Double>) -> DrawTruncation {
        DrawTruncation(domain: domain, cdfLow: cdf(domain.lowerBound), cdfHigh: cdf(domain.upperBound))
    }

    /// Draws a value given a uniform `u` in (0, 1), restricted to `truncation`'s domain by the
    /// inverse CDF: the quantile (``sample(_:)``) of `F(a) + u × (F(b) − F(a))`, clamped into
    /// `a…b` against rounding. Where the domain holds the whole distribution (F(a) = 0,
    /// F(b) = 1) the draw equals `sample(u)` bit for bit.
    func sample(_ u: Double, truncation: DrawTruncation) -> Double {
        var p = truncation.cdfLow + u * (truncation.cdfHigh - truncation.cdfLow)
        // Keep p inside the open interval (0, 1), where the quantile is finite.
        p = min(max(p, Double.leastNormalMagnitude), 1.0.nextDown)
        let drawn = sample(p)
        let domain = truncation.domain
        if !(drawn >= domain.lowerBound) { return domain.lowerBound }
        if !(drawn <= domain.upperBound) { return domain.upperBound }
        return drawn
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
