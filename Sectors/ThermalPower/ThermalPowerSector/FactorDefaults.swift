public import ReductionCore

/// The model's built-in fuel factors (China's power-generation guideline set), used when
/// neither the plan nor its factor set gives a value. `Catalogue/factors.yaml` repeats them
/// as the `china-2022` set and adds the IPCC 2006 Tier 1 alternative.
public enum FactorDefaults {
    /// One fuel's factors, each with its source.
    public struct FuelFactors: Sendable {
        /// GJ/t (gas: GJ/10^4 Nm3).
        public var ncv: Estimate
        /// tC/GJ; oxidation as a fraction; CH4 and N2O in kg/TJ; flue gas in Nm3/GJ.
        public var carbon: Estimate
        /// Oxidation rate, a fraction.
        public var oxidation: Estimate
        /// CH4 emission factor, kg/TJ.
        public var ch4: Estimate
        /// N2O emission factor, kg/TJ.
        public var n2o: Estimate
        /// Dry flue gas at the reference O2, Nm3/GJ.
        public var flueGas: Estimate
    }

    static let ipccTable22 = "IPCC 2006 Guidelines Vol. 2 Ch. 2 Table 2.2 (energy industries)"

    /// China set: 企业温室气体排放核算与报告指南 发电设施 (2022) and the MEE notice of 8 June 2022.
    public static func china(_ fuel: Fuel) -> FuelFactors {
        switch fuel {
        case .coal:
            FuelFactors(
                ncv: Estimate(20.908, low: 16.7, high: 25.1,
                              source: "GB/T 2589-2020 reference NCV of raw coal 20,908 kJ/kg (used only to report tonnes)"),
                carbon: Estimate(0.02618, low: 0.0244, high: 0.03085,
                                 source: "typical bituminous power coal 26.18 tC/TJ (GB/T 32151.1-2015 default table, [3P]); the MEE unmeasured-month fallback 0.03085 is factor set china-compliance-fallback"),
                oxidation: Estimate(0.99, low: 0.98, high: 1.0,
                                    source: "发电设施 guideline (2022): coal oxidation rate 99 % (under revision)"),
                ch4: Estimate(1, low: 0.3, high: 3, source: "\(ipccTable22): coal 1 kg/TJ"),
                n2o: Estimate(1.5, low: 0.5, high: 5, source: "\(ipccTable22): coal 1.5 kg/TJ"),
                flueGas: Estimate(360, low: 330, high: 390,
                                  source: "derived: US EPA Method 19 Fd 9,780 dscf/MMBtu (bituminous) → ~257 Nm3/GJ NCV, × 21/15 for 6 % O2"))
        case .gas:
            FuelFactors(
                ncv: Estimate(389.31, low: 370, high: 400,
                              source: "发电设施/GB/T 32151 default: natural gas 389.31 GJ/10^4 Nm3"),
                carbon: Estimate(0.01532, low: 0.0150, high: 0.0156,
                                 source: "GB/T 32150-2015 Annex A / 发电设施 guideline (2022): natural gas 15.32 tC/TJ, the value of every China set (issue 17 item 6)"),
                oxidation: Estimate(0.99, low: 0.99, high: 1.0, source: "发电设施/GB/T 32151 default: gas oxidation 99 %"),
                ch4: Estimate(1, low: 0.3, high: 3, source: "\(ipccTable22): natural gas 1 kg/TJ"),
                n2o: Estimate(0.1, low: 0.03, high: 0.3, source: "\(ipccTable22): natural gas 0.1 kg/TJ"),
                flueGas: Estimate(850, low: 800, high: 900,
                                  source: "derived: US EPA Method 19 Fd 8,710 dscf/MMBtu → ~242 Nm3/GJ NCV, × 20.9/5.9 for 15 % O2"))
        case .biomass:
            FuelFactors(
                ncv: Estimate(15.6, low: 7.9, high: 31, source: "IPCC 2006 Vol. 2 Table 1.2: wood/wood waste 15.6 TJ/Gg"),
                carbon: Estimate(0.0305, low: 0.0259, high: 0.036,
                                 source: "IPCC 2006 Vol. 2 Table 1.3: wood 30.5 kgC/GJ (biogenic CO2, memo only)"),
                oxidation: Estimate(1, source: "IPCC 2006 Vol. 2 §1.4.2.1: Tier 1 oxidation factor 1"),
                ch4: Estimate(30, low: 10, high: 100, source: "\(ipccTable22): wood/wood waste 30 kg/TJ"),
                n2o: Estimate(4, low: 1.5, high: 15, source: "\(ipccTable22): wood/wood waste 4 kg/TJ"),
                flueGas: Estimate(350, low: 320, high: 390,
                                  source: "derived: US EPA Method 19 Fd 9,240 dscf/MMBtu (wood) → ~250 Nm3/GJ NCV, × 21/15 for 6 % O2"))
        }
    }
}
