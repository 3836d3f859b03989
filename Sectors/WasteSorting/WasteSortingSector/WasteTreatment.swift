/// Incineration, open burning and biological treatment formulas (IPCC 2006 Vol 5 Ch 4–5).
public enum WasteTreatment {
    /// The molecular-weight ratio CO2/C.
    public static let co2PerCarbon = 44.0 / 12.0

    /// Carbon properties of one waste type, fractions (Table 2.4).
    public struct Carbon: Sendable, Hashable {
        /// Dry matter, fraction of wet weight.
        public var dryMatter: Double
        /// Total carbon, fraction of dry weight.
        public var carbon: Double
        /// Fossil carbon, fraction of total carbon.
        public var fossil: Double

        /// Creates the carbon figures of a waste stream: dry matter (of wet weight), carbon (of dry weight), fossil share (of carbon), all fractions.
        public init(dryMatter: Double, carbon: Double, fossil: Double) {
            self.dryMatter = dryMatter
            self.carbon = carbon
            self.fossil = fossil
        }
    }

    /// Fossil CO2 (t) from burning `tonnes` (wet) of one type (Eq 5.1/5.2):
    /// ```
    /// CO2 = W × dm × CF × FCF × OF × 44/12
    /// ```
    public static func fossilCO2(tonnes: Double, _ c: Carbon, oxidation: Double) -> Double {
        tonnes * c.dryMatter * c.carbon * c.fossil * oxidation * co2PerCarbon
    }

    /// Biogenic CO2 (t), a memo item: `W × dm × CF × (1 − FCF) × OF × 44/12`.
    public static func biogenicCO2(tonnes: Double, _ c: Carbon, oxidation: Double) -> Double {
        tonnes * c.dryMatter * c.carbon * (1 - c.fossil) * oxidation * co2PerCarbon
    }

    /// Tonnes of gas from `tonnes` of waste with an emission factor in g per tonne:
    /// `W × EF × 10⁻⁶` (Eq 4.1 and 4.2, Eq 5.4 and 5.5 in tonne units).
    public static func gas(tonnes: Double, gramsPerTonne: Double) -> Double {
        tonnes * gramsPerTonne * 1e-6
    }
}
