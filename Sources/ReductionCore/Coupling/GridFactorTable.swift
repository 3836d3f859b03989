/// China's published electricity CO2 factors by year and grid region, embedded so that every
/// sector's defaults use one vintage.
///
/// Values are tCO2/MWh (= kgCO2/kWh as published). Sources:
///
/// - 2021: MEE & NBS, 关于发布2021年电力二氧化碳排放因子的公告 (公告2024年第12号, 12 Apr 2024),
///   annex 1 《2021年电力二氧化碳排放因子》;
/// - 2022: MEE & NBS, 关于发布2022年电力二氧化碳排放因子的公告 (20 Dec 2024), annex 1 — same
///   method and data sources as 2021;
/// - 2023: MEE & NBS, 关于发布2023年电力二氧化碳排放因子的公告 (January 2026), as quoted by
///   Guangming Daily and China Electric Power News: national 0.5306 (−1.1 % on 2022's 0.5366),
///   regions North 0.6361, Northeast 0.5122, East 0.5500, Central 0.5271, Northwest 0.5543,
///   South 0.4042, Southwest 0.2472; excluding market-traded non-fossil power 0.6096
///   (+4.1 % on 2022); fossil power 0.8273;
/// - ETS reporting factor: MEE, notice on 2023–2025 power-sector reporting (环办气候函〔2023〕43号):
///   2022 national grid average 0.5703 tCO2/MWh, a different series used only for ETS reporting.
///
/// The 2021 and 2022 regional values are a third-party transcription (recorded in the project's
/// reference notes); the 2023 percentage changes quoted by MEE reproduce them, which
/// cross-checks them.
public enum GridFactorTable {
    /// Which published series a value belongs to.
    public enum Series: String, Sendable, Hashable, CaseIterable {
        /// 电力平均二氧化碳排放因子: location-based grid average.
        case average
        /// 全国电力平均二氧化碳排放因子（不包括市场化交易的非化石能源电量）: the residual mix for
        /// market-based accounting of electricity without a green-power claim.
        case residualMix = "residual-mix"
        /// 全国化石能源电力二氧化碳排放因子: fossil power only.
        case fossil
        /// The ETS reporting factor (全国电网平均排放因子).
        case etsReporting = "ets-reporting"
    }

    /// The grid a factor is for.
    public enum Region: String, Sendable, Hashable, CaseIterable {
        /// The national grid.
        case national
        /// 华北.
        case north = "north-china"
        /// 东北.
        case northeast = "northeast-china"
        /// 华东.
        case east = "east-china"
        /// 华中.
        case central = "central-china"
        /// 西北.
        case northwest = "northwest-china"
        /// 南方.
        case south = "south-china"
        /// 西南.
        case southwest = "southwest-china"
    }

    /// One published value.
    public struct Entry: Sendable, Hashable {
        /// The series.
        public var series: Series
        /// The grid region.
        public var region: Region
        /// The data year the factor describes.
        public var year: Int
        /// tCO2/MWh.
        public var value: Double
        /// Document and place the value comes from.
        public var source: String
    }

    static let notice2021 = "MEE & NBS 公告2024年第12号 (2024-04-12), annex 1, 2021年电力二氧化碳排放因子"
    static let notice2022 = "MEE & NBS 关于发布2022年电力二氧化碳排放因子的公告 (2024-12-20), annex 1"
    static let notice2023 = "MEE & NBS 关于发布2023年电力二氧化碳排放因子的公告 (2026-01), as quoted by Guangming Daily / China Electric Power News"
    static let transcription = "; regional value as transcribed by a third-party calculator (reference notes §3.3), cross-checked by MEE's 2023 % changes"

    /// Every embedded value.
    public static let entries: [Entry] = {
        var rows: [Entry] = [
            Entry(series: .average, region: .national, year: 2021, value: 0.5568, source: notice2021),
            Entry(series: .average, region: .national, year: 2022, value: 0.5366, source: notice2022),
            Entry(series: .average, region: .national, year: 2023, value: 0.5306, source: notice2023),
            Entry(series: .residualMix, region: .national, year: 2021, value: 0.5942, source: notice2021),
            Entry(series: .residualMix, region: .national, year: 2022, value: 0.5856, source: notice2022),
            Entry(series: .residualMix, region: .national, year: 2023, value: 0.6096, source: notice2023),
            Entry(series: .fossil, region: .national, year: 2023, value: 0.8273, source: notice2023),
            Entry(series: .etsReporting, region: .national, year: 2022, value: 0.5703,
                  source: "MEE 环办气候函〔2023〕43号, notice on 2023–2025 power-sector ETS reporting: 2022 national grid average"),
        ]
        let regional: [(Region, Double, Double, Double)] = [
            (.north, 0.7120, 0.6776, 0.6361), (.northeast, 0.6012, 0.5564, 0.5122),
            (.east, 0.5992, 0.5617, 0.5500), (.central, 0.5354, 0.5395, 0.5271),
            (.northwest, 0.5951, 0.5857, 0.5543), (.south, 0.4326, 0.3869, 0.4042),
            (.southwest, 0.2113, 0.2268, 0.2472),
        ]
        for (region, v2021, v2022, v2023) in regional {
            rows.append(Entry(series: .average, region: region, year: 2021, value: v2021, source: notice2021 + transcription))
            rows.append(Entry(series: .average, region: region, year: 2022, value: v2022, source: notice2022 + transcription))
            rows.append(Entry(series: .average, region: region, year: 2023, value: v2023, source: notice2023))
        }
        return rows
    }()

    /// The published value of `series` for `region` in `year`, if any.
    public static func entry(_ series: Series = .average, region: Region = .national, year: Int) -> Entry? {
        entries.first { $0.series == series && $0.region == region && $0.year == year }
    }

    /// The most recent published value of `series` for `region`.
    public static func latest(_ series: Series = .average, region: Region = .national) -> Entry? {
        entries.filter { $0.series == series && $0.region == region }.max { $0.year < $1.year }
    }

    /// The default every sector uses for ``Coupling/gridFactor``: the latest national average.
    public static var defaultGridFactor: Entry {
        latest(.average) ?? Entry(series: .average, region: .national, year: 2023, value: 0.5306, source: notice2023)
    }

    /// The default for ``Coupling/residualMixFactor``: the latest national residual mix.
    public static var defaultResidualMix: Entry {
        latest(.residualMix) ?? Entry(series: .residualMix, region: .national, year: 2023, value: 0.6096, source: notice2023)
    }

    /// The input spec of ``Coupling/gridFactor`` with the table's default, for a sector's `inputSpecs`.
    public static var gridFactorSpec: InputSpec {
        let entry = defaultGridFactor
        return InputSpec(Coupling.gridFactor, unit: "tCO2/MWh",
                         name: LocalizedName("Grid emission factor, location-based (electricity used)", "电网平均排放因子（基于位置，用电）"),
                         default: entry.value,
                         source: "\(entry.year) national average \(entry.value) tCO2/MWh, \(entry.source); override with the regional or provincial value or a projected series")
    }

    /// The input spec of ``Coupling/residualMixFactor`` with the table's default.
    public static var residualMixSpec: InputSpec {
        let entry = defaultResidualMix
        return InputSpec(Coupling.residualMixFactor, unit: "tCO2/MWh",
                         name: LocalizedName("Residual-mix factor (electricity without a green-power claim, market-based)",
                                             "剩余电力排放因子（市场法，不含绿电交易电量）"),
                         default: entry.value,
                         source: "\(entry.year) national average excluding market-traded non-fossil power \(entry.value) tCO2/MWh, \(entry.source)")
    }
}
