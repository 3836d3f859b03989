/// Converts the unit labels used in plan files, including compound ones such as
/// `kWh/100km`, `CNY/MWh` or `kgCO2/TJ`.
///
/// A label is `numerator` or `numerator/denominator`; each part is a simple unit of a family
/// (energy, mass, money, distance, …). Two labels convert when their families match part by
/// part: `factor(from:to:)` returns `k` such that `value_in_to = value_in_from × k`.
public enum UnitConversion {
    struct Simple {
        var family: String
        var scale: Double
    }

    /// Simple units by label. Scales are relative to the family's base unit.
    static let simpleUnits: [String: Simple] = {
        var table: [String: Simple] = [:]
        func add(_ family: String, _ entries: [(String, Double)]) {
            for (label, scale) in entries { table[label] = Simple(family: family, scale: scale) }
        }
        add("energy", [("J", 1e-9), ("kJ", 1e-6), ("MJ", 1e-3), ("GJ", 1), ("TJ", 1e3), ("PJ", 1e6),
                       ("Wh", 3.6e-6), ("kWh", 3.6e-3), ("MWh", 3.6), ("GWh", 3.6e3), ("TWh", 3.6e6), ("10MWh", 36), ("100GWh", 3.6e5),
                       ("gce", 2.93076e-5), ("kgce", 0.0293076), ("tce", 29.3076), ("ktce", 29_307.6),
                       ("10ktce", 293_076), ("Mtce", 29_307_600)])
        for gas in ["", "CO2", "CO2e", "CH4", "N2O", "SO2", "NOx", "PM2.5", "COD", "C"] {
            add("mass" + gas, [("g" + gas, 1e-6), ("kg" + gas, 1e-3), ("t" + gas, 1), ("kt" + gas, 1e3),
                               ("Gg" + gas, 1e3), ("Mt" + gas, 1e6), ("10kt" + gas, 1e4), ("mg" + gas, 1e-9)])
        }
        add("money-CNY", [("CNY", 1), ("10kCNY", 1e4), ("MCNY", 1e6), ("100MCNY", 1e8), ("BCNY", 1e9)])
        add("money-USD", [("USD", 1), ("kUSD", 1e3), ("MUSD", 1e6)])
        add("money-EUR", [("EUR", 1), ("MEUR", 1e6)])
        add("distance", [("m", 1e-3), ("100m", 0.1), ("km", 1), ("100km", 100), ("10km", 10)])
        add("pkm", [("passenger-km", 1), ("pkm", 1), ("million passenger-km", 1e6), ("Mpkm", 1e6),
                    ("10kpkm", 1e4), ("100Mpkm", 1e8), ("Bpkm", 1e9)])
        add("vkm", [("vehicle-km", 1), ("vkm", 1), ("million vehicle-km", 1e6), ("Mvkm", 1e6), ("10kvkm", 1e4)])
        add("tkm", [("tonne-km", 1), ("tkm", 1), ("million tonne-km", 1e6), ("Mtkm", 1e6),
                    ("10ktkm", 1e4), ("100Mtkm", 1e8), ("Btkm", 1e9)])
        add("share", [("share", 1), ("fraction", 1), ("%", 0.01)])
        add("time", [("h", 1), ("yr", 8760), ("year", 8760)])
        add("power", [("W", 1e-6), ("kW", 1e-3), ("MW", 1), ("GW", 1e3)])
        add("volume", [("L", 1e-3), ("m3", 1), ("Nm3", 1), ("10kNm3", 1e4), ("Mm3", 1e6)])
        add("people", [("person", 1), ("persons", 1), ("10k persons", 1e4), ("million persons", 1e6)])
        add("vehicles", [("vehicle", 1), ("vehicles", 1)])
        add("count", [("1", 1), ("pcs", 1), ("piece", 1), ("pieces", 1), ("10kpcs", 1e4), ("Mpcs", 1e6)])
        return table
    }()

    /// Labels that may be written in place of the canonical one.
    static let aliases: [String: String] = [
        "万元": "10kCNY", "元": "CNY", "亿元": "100MCNY", "万吨": "10kt", "万tce": "10ktce",
        "t/yr": "t", "tonne": "t", "tonnes": "t", "GJ/yr": "GJ", "CNY/yr": "CNY", "%/yr": "%",
        "km2": "km2", "years": "year", "yr^-1": "1/yr",
        // Units planners write in Chinese statistics (万 = 10^4, 亿 = 10^8).
        "万tCO2e": "10ktCO2e", "万tCO2": "10ktCO2", "万吨二氧化碳当量": "10ktCO2e", "万吨二氧化碳": "10ktCO2",
        "吨二氧化碳当量": "tCO2e", "吨二氧化碳": "tCO2", "吨": "t", "千克": "kg", "公斤": "kg",
        "万吨标准煤": "10ktce", "万吨标煤": "10ktce", "吨标准煤": "tce", "吨标煤": "tce", "千克标准煤": "kgce",
        "亿人公里": "100Mpkm", "万人公里": "10kpkm", "人公里": "pkm", "亿吨公里": "100Mtkm", "万吨公里": "10ktkm",
        "吨公里": "tkm", "万车公里": "10kvkm", "公里": "km", "千瓦时": "kWh", "万千瓦时": "10MWh",
        "亿千瓦时": "100GWh", "升": "L", "立方米": "m3", "万立方米": "10kNm3",
    ]

    static func simple(_ label: String) -> Simple? {
        let trimmed = label.trimmingWhitespace
        if let unit = simpleUnits[trimmed] { return unit }
        if let alias = aliases[trimmed], let unit = simpleUnits[alias] { return unit }
        return nil
    }

    /// Splits `a/b` into its parts (at most one `/`).
    static func parts(_ label: String) -> (String, String?)? {
        let pieces = label.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch pieces.count {
        case 1: return (pieces[0], nil)
        case 2: return (pieces[0], pieces[1])
        default: return nil
        }
    }

    /// The factor `k` with `value_in_to = value_in_from × k`, or nil when the labels are
    /// not both known or are of different families. Identical labels always convert (k = 1).
    public static func factor(from: String, to: String) -> Double? {
        let from = from.trimmingWhitespace, to = to.trimmingWhitespace
        if from == to { return 1 }
        if let alias = aliases[from], alias == to { return 1 }
        guard let (fromTop, fromBottom) = parts(from), let (toTop, toBottom) = parts(to) else { return nil }
        func ratio(_ a: String, _ b: String) -> Double? {
            if a == b { return 1 }
            guard let x = simple(a), let y = simple(b), sameFamily(x.family, y.family) else { return nil }
            return x.scale / y.scale
        }
        guard let top = ratio(fromTop, toTop) else { return nil }
        switch (fromBottom, toBottom) {
        case (nil, nil): return top
        case let (a?, b?):
            guard let bottom = ratio(a, b) else { return nil }
            return top / bottom
        default: return nil
        }
    }

    /// Converts `value` or throws a `unitMismatch` error naming both units.
    public static func convert(_ value: Double, from: String, to: String,
                               at location: SourceLocation) throws(PlanError) -> Double {
        guard let k = factor(from: from, to: to) else {
            var message = "unit '\(from)' cannot be converted to '\(to)'"
            if let accepted = acceptedUnits(for: to) { message += " (accepted: \(accepted))" }
            throw PlanError(.unitMismatch, message, at: location)
        }
        return value * k
    }
}
