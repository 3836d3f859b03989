/// The greenhouse gases the accounting keeps apart.
///
/// Methane is split by origin because IPCC AR6 gives fossil and non-fossil methane
/// different GWP-100 values (AR6 WG1 Table 7.15). Landfill, wastewater and combustion CH4
/// are non-fossil; fugitive coal, oil and gas CH4 are fossil.
public enum Gas: String, Sendable, Hashable, CaseIterable, Codable {
    /// Carbon dioxide.
    case co2 = "CO2"
    /// Methane of fossil origin (fugitive coal, oil and gas; AR6 fossil GWP).
    case ch4Fossil = "CH4-fossil"
    /// Methane of non-fossil origin (landfill, wastewater, combustion).
    case ch4NonFossil = "CH4"
    /// Nitrous oxide.
    case n2o = "N2O"

    /// Bilingual label.
    public var name: LocalizedName {
        switch self {
        case .co2: LocalizedName("Carbon dioxide", "二氧化碳")
        case .ch4Fossil: LocalizedName("Methane (fossil)", "甲烷（化石源）")
        case .ch4NonFossil: LocalizedName("Methane", "甲烷")
        case .n2o: LocalizedName("Nitrous oxide", "氧化亚氮")
        }
    }

    /// Position in dense arrays (`Gas.allCases` order).
    @inlinable public var index: Int {
        switch self {
        case .co2: 0
        case .ch4Fossil: 1
        case .ch4NonFossil: 2
        case .n2o: 3
        }
    }
}

/// Air pollutants tracked as co-benefits ("coordinated control of pollutants and GHGs").
public enum Pollutant: String, Sendable, Hashable, CaseIterable, Codable {
    /// Sulphur dioxide.
    case so2 = "SO2"
    /// Nitrogen oxides (as NO2).
    case nox = "NOx"
    /// Fine particulate matter (PM2.5).
    case pm25 = "PM2.5"

    /// The pollutant's bilingual name.
    public var name: LocalizedName {
        switch self {
        case .so2: LocalizedName("Sulphur dioxide", "二氧化硫")
        case .nox: LocalizedName("Nitrogen oxides", "氮氧化物")
        case .pm25: LocalizedName("Fine particulate matter (PM2.5)", "细颗粒物（PM2.5）")
        }
    }

    /// Position in dense arrays (`Pollutant.allCases` order).
    @inlinable public var index: Int {
        switch self {
        case .so2: 0
        case .nox: 1
        case .pm25: 2
        }
    }
}

/// A set of 100-year global warming potentials, chosen per plan and named in the report.
///
/// | set | CH4 non-fossil | CH4 fossil | N2O | source |
/// |---|---|---|---|---|
/// | SAR | 21 | 21 | 310 | IPCC Second Assessment Report (1995), Table 4 of the SPM |
/// | AR4 | 25 | 25 | 298 | IPCC AR4 WG1 (2007), Table 2.14 |
/// | AR5 | 28 | 28 | 265 | IPCC AR5 WG1 (2013), Table 8.7 (no climate-carbon feedback) |
/// | AR6 | 27.0 | 29.8 | 273 | IPCC AR6 WG1 (2021), Table 7.15 |
/// | AR6-SM | 27.9 | 27.9 | 273 | IPCC AR6 WG1 (2021), Table 7.SM.7 (single CH4 value) |
public enum GWPSet: String, Sendable, Hashable, CaseIterable, Codable {
    /// IPCC Second Assessment Report (1995): CH4 21, N2O 310.
    case sar = "SAR"
    /// IPCC AR4 (2007): CH4 25, N2O 298.
    case ar4 = "AR4"
    /// IPCC AR5 (2013): CH4 28, N2O 265 (the default).
    case ar5 = "AR5"
    /// IPCC AR6 (2021) Table 7.15: CH4 non-fossil 27.0, fossil 29.8; N2O 273.
    case ar6 = "AR6"
    /// IPCC AR6 with one methane value, 27.9 (Table 7.SM.7); N2O 273.
    case ar6SingleMethane = "AR6-SM"

    /// GWP-100 of `gas` (tCO2e per tonne of the gas).
    public func factor(for gas: Gas) -> Double {
        switch (self, gas) {
        case (_, .co2): 1
        case (.sar, .ch4Fossil), (.sar, .ch4NonFossil): 21
        case (.sar, .n2o): 310
        case (.ar4, .ch4Fossil), (.ar4, .ch4NonFossil): 25
        case (.ar4, .n2o): 298
        case (.ar5, .ch4Fossil), (.ar5, .ch4NonFossil): 28
        case (.ar5, .n2o): 265
        case (.ar6, .ch4Fossil): 29.8
        case (.ar6, .ch4NonFossil): 27.0
        case (.ar6, .n2o), (.ar6SingleMethane, .n2o): 273
        case (.ar6SingleMethane, .ch4Fossil), (.ar6SingleMethane, .ch4NonFossil): 27.9
        }
    }

    /// The factors in `Gas.allCases` order, for dense loops.
    public var factors: [Double] { Gas.allCases.map(factor(for:)) }

    /// Where the values come from (for reports).
    public var citation: String {
        switch self {
        case .sar: "IPCC SAR (1995) GWP-100"
        case .ar4: "IPCC AR4 WG1 (2007) Table 2.14"
        case .ar5: "IPCC AR5 WG1 (2013) Table 8.7"
        case .ar6: "IPCC AR6 WG1 (2021) Table 7.15"
        case .ar6SingleMethane: "IPCC AR6 WG1 (2021) Table 7.SM.7"
        }
    }
}

/// A category code with the scheme it belongs to. IPCC 2006 numbering (waste 4.A–4.D,
/// textiles 1.A.2.l) differs from the UNFCCC CRT tables (waste 5.A–5.D, textiles 1.A.2.g.vi).
public struct CategoryCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A category numbering scheme.
    public enum Scheme: String, Sendable, Hashable, Codable, CaseIterable {
        /// IPCC 2006 Guidelines numbering (waste 4.A–4.D).
        case ipcc2006 = "IPCC2006"
        /// UNFCCC Common Reporting Tables numbering (waste 5.A–5.D).
        case crt = "UNFCCC-CRT"
    }

    /// The scheme the code belongs to.
    public var scheme: Scheme
    /// The code in that scheme, e.g. `1.A.3.b`.
    public var code: String

    /// Creates a code in `scheme`.
    public init(_ scheme: Scheme, _ code: String) {
        self.scheme = scheme
        self.code = code
    }

    /// `<scheme> <code>`, e.g. `IPCC2006 1.A.3.b`.
    public var description: String { "\(scheme.rawValue) \(code)" }
}

/// Dictionaries keyed by gas code as JSON objects (`{"CO2": …}`), not key–value arrays.
extension Gas: CodingKeyRepresentable {}
/// Dictionaries keyed by pollutant code as JSON objects (`{"SO2": …}`).
extension Pollutant: CodingKeyRepresentable {}
