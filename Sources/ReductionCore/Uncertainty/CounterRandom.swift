/// Counter-based random numbers: the `n`-th number of draw `d` under seed `s` is a pure
/// function of `(s, d, n)`, so results do not depend on how draws are spread over threads.
///
/// Each (seed, draw) pair starts its own SplitMix64 stream (Steele, Lea & Flood 2014,
/// "Fast splittable pseudorandom number generators", OOPSLA), keyed by mixing the seed and the
/// draw index through the SplitMix64 finaliser.
package struct CounterRandom: Sendable {
    private var state: UInt64

    /// The stream of draw `draw` under `seed`.
    package init(seed: UInt64, draw: UInt64) {
        state = CounterRandom.mix(seed &+ CounterRandom.mix(draw &+ 0x9E37_79B9_7F4A_7C15))
    }

    /// The SplitMix64 finaliser (a bijection on 64-bit values).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return CounterRandom.mix(state)
    }

    /// A uniform number in the open interval (0, 1).
    package mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }
}

extension Estimate {
    /// Draws a value from this estimate's distribution given a uniform `u` in (0, 1).
    ///
    /// - triangular (default): inverse CDF on (low, value, high);
    /// - uniform: `low + u (high − low)`;
    /// - normal: mean `value`, σ = (high − low) / (2 × 1.959964), low/high as the 2.5/97.5 % points;
    /// - lognormal: median `value`, σ_ln = ln(high/low) / (2 × 1.959964) (needs low, value > 0).
    /// Without a range of positive width the central value is returned.
    ///
    /// This is the untruncated quantile. The Monte Carlo analysis draws every parameter with
    /// ``sample(_:truncation:)``: the distribution restricted to the values the number can take
    /// (a share 0…1, a price ≥ 0, a discount rate within the loader's bounds, …;
    /// `UncertainParameter.domain(evaluator:model:)`) by `u' = F(a) + u (F(b) − F(a))` before
    /// this quantile. A normal share (0.9, low 0.8, high 1.0) thus never draws above 1; the 2.5 %
    /// of its untruncated mass above 1 is reported (``UncertaintyResult/truncated``).
    package func sample(_ u: Double) -> Double {
        guard let low, let high, high > low else { return value }
        switch distribution ?? .triangular {
        case .triangular:
            let mode = min(max(value, low), high)
            let split = (mode - low) / (high - low)
            if u < split { return low + ((high - low) * (mode - low) * u).squareRoot() }
            return high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
        case .uniform:
            return low + u * (high - low)
        case .normal:
            return value + (high - low) / (2 * 1.959964) * Self.inverseNormal(u)
        case .lognormal:
            guard low > 0, value > 0 else { return value }
            let sigma = log(high / low) / (2 * 1.959964)
            return value * exp(sigma * Self.inverseNormal(u))
        }
    }

    /// The standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9).
    static func inverseNormal(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if p > 1 - low {
            let q = (-2 * log(1 - p)).squareRoot()
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let q = p - 0.5, r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
