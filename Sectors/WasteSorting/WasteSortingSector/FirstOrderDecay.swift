import Foundation

/// The IPCC 2006 first-order-decay (FOD) model of landfill methane (Vol 5 Ch 3, Tier 1 and 2).
///
/// For one waste type in one group of sites, with decomposable degradable organic carbon
/// deposited each year (`DDOCmd`, tonnes C):
/// ```
/// DDOCm  = W × DOC × DOCf × MCF                          (Eq 3.2)
/// DDOCma(T)        = DDOCmd(T) + DDOCma(T−1) × e^(−k)    (Eq 3.4)
/// DDOCm decomp(T)  = DDOCma(T−1) × (1 − e^(−k))          (Eq 3.5)
/// CH4 generated(T) = DDOCm decomp(T) × F × 16/12         (Eq 3.6)
/// CH4 emitted(T)   = (CH4 generated(T) − R(T)) × (1 − OX(T))   (Eq 3.1)
/// ```
/// Decay starts on 1 January of the year after deposit (the Tier 1 default): nothing
/// deposited in year T decomposes in T. `k = ln 2 / half-life`, per year.
///
/// Summed over all future years the methane generated from one deposit is
/// `DDOCm × F × 16/12` — the lifetime *methane commitment* of that deposit.
public enum FirstOrderDecay {
    /// The molecular-weight ratio CH4/C.
    public static let methanePerCarbon = 16.0 / 12.0

    /// DDOCm (t C) from `tonnes` of wet waste (Eq 3.2).
    public static func ddocm(tonnes: Double, doc: Double, docf: Double, mcf: Double) -> Double {
        tonnes * doc * docf * mcf
    }

    /// CH4 (t) from decomposed DDOCm (t C) with CH4 volume fraction `f` (Eq 3.6).
    public static func methane(decomposed: Double, methaneFraction f: Double) -> Double {
        decomposed * f * methanePerCarbon
    }

    /// One year of Eqs 3.4–3.5: returns the DDOCm decomposed this year and updates the
    /// accumulated stock. `accumulated` enters as DDOCma(T−1) and leaves as DDOCma(T).
    public static func step(accumulated: inout Double, deposited: Double, decayRate k: Double) -> Double {
        let remain = exp(-max(k, 0))
        let decomposed = accumulated * (1 - remain)
        accumulated = deposited + accumulated * remain
        return decomposed
    }

    /// DDOCm decomposed in each year for deposits `deposited[i]` and rates `decayRate[i]`
    /// (one per consecutive year, same length).
    public static func decomposed(deposited: [Double], decayRate: [Double]) -> [Double] {
        var stock = 0.0
        var out = [Double](repeating: 0, count: deposited.count)
        for i in deposited.indices {
            let k = i < decayRate.count ? decayRate[i] : (decayRate.last ?? 0)
            out[i] = step(accumulated: &stock, deposited: deposited[i], decayRate: k)
        }
        return out
    }

    /// Lifetime methane (t CH4) one deposit of `ddocm` t C will generate: `DDOCm × F × 16/12`.
    public static func commitment(ddocm: Double, methaneFraction f: Double) -> Double {
        ddocm * f * methanePerCarbon
    }
}
