/// The conversions and combustion formulas planners check by hand.
///
/// Units: coal consumption rates in gce/kWh (grams of standard coal equivalent per kWh),
/// heat rates in MJ/kWh, efficiencies as fractions, fuel energy in GJ (net calorific value),
/// emissions in tonnes.
///
/// ```
/// 1 kgce = 29.3076 MJ                         (GB/T 2589: 7,000 kcal/kg)
/// heat rate  HR = b × 29.3076 / 1000          MJ/kWh, b in gce/kWh
/// efficiency η  = 3.6 / HR                    (1 kWh = 3.6 MJ)
/// CO2 = FC × NCV × CC × OF × 44/12            China's form (发电设施 guideline 2022)
/// ```
///
/// Examples: 310 gce/kWh → 9.0854 MJ/kWh → 39.62 %; 285 gce/kWh → 8.3527 MJ/kWh → 43.10 %.
public enum PowerFormulas {
    /// GJ per tonne of standard coal equivalent (tce): 29.3076.
    public static let gigajoulesPerTCE = 29.3076
    /// Mass ratio of CO2 to carbon, 44/12.
    public static let co2PerCarbon = 44.0 / 12.0

    /// Heat rate (MJ/kWh) of a coal consumption rate `b` (gce/kWh): `b × 29.3076 / 1000`.
    public static func heatRate(coalRate b: Double) -> Double { b * gigajoulesPerTCE / 1000 }

    /// Coal consumption rate (gce/kWh) of a heat rate (MJ/kWh): `HR × 1000 / 29.3076`.
    public static func coalRate(heatRate: Double) -> Double { heatRate * 1000 / gigajoulesPerTCE }

    /// Efficiency (fraction) of a coal consumption rate: `3.6 / (b × 29.3076 / 1000)`;
    /// nil for a non-positive rate.
    public static func efficiency(coalRate b: Double) -> Double? {
        b > 0 ? 3.6 / heatRate(coalRate: b) : nil
    }

    /// Coal consumption rate (gce/kWh) of an efficiency: `3.6 × 1000 / (η × 29.3076)`;
    /// nil for a non-positive efficiency.
    public static func coalRate(efficiency: Double) -> Double? {
        efficiency > 0 ? 3600 / (efficiency * gigajoulesPerTCE) : nil
    }

    /// Fuel energy (GJ) of `megawattHours` supplied at coal rate `b` (gce/kWh):
    /// `MWh × b / 1000` tce `× 29.3076`.
    public static func fuelEnergy(megawattHours: Double, coalRate b: Double) -> Double {
        megawattHours * b / 1000 * gigajoulesPerTCE
    }

    /// Fuel energy (GJ) of `heat` GJ supplied at heat coal rate `rate` (kgce/GJ).
    public static func fuelEnergy(heat: Double, heatCoalRate rate: Double) -> Double {
        heat * rate / 1000 * gigajoulesPerTCE
    }

    /// Heat-supply coal rate (kgce/GJ) of a boiler and pipe efficiency:
    /// `1000 / 29.3076 / (η_boiler × η_pipe)` = `34.12 / (η_b × η_p)`.
    public static func heatCoalRate(boilerEfficiency: Double, pipeEfficiency: Double = 1) -> Double? {
        let product = boilerEfficiency * pipeEfficiency
        return product > 0 ? 1000 / gigajoulesPerTCE / product : nil
    }

    /// tCO2 per GJ of fuel: `CC × OF × 44/12` (CC in tC/GJ).
    public static func co2PerGigajoule(carbonContent: Double, oxidation: Double) -> Double {
        carbonContent * oxidation * co2PerCarbon
    }

    /// China's form: `FC × NCV × CC × OF × 44/12` tCO2 for `fuel` tonnes (or 10^4 Nm3) at
    /// `ncv` GJ per tonne (or per 10^4 Nm3), carbon content `cc` tC/GJ, oxidation rate `of`.
    ///
    /// 1 Mt coal × 20 GJ/t × 0.03085 tC/GJ × 0.99 × 44/12 = 2,239,710 tCO2.
    public static func co2(fuel: Double, ncv: Double, carbonContent cc: Double, oxidation of: Double) -> Double {
        fuel * ncv * co2PerGigajoule(carbonContent: cc, oxidation: of)
    }

    /// IPCC Tier 1: `fuel energy (GJ) × EF (kg/TJ) / 10^6` tonnes.
    public static func tier1(gigajoules: Double, kilogramsPerTJ: Double) -> Double {
        gigajoules * kilogramsPerTJ / 1e6
    }

    /// Tonnes of a pollutant in `flueGas` Nm3 at `concentration` mg/Nm3: `V × c / 10^9`.
    public static func pollutant(flueGas: Double, concentration: Double) -> Double {
        flueGas * concentration / 1e9
    }
}
