public import ReductionCore

extension PlanReport {
    /// Who, where, what and how the plan was computed.
    public struct Header: Sendable, Hashable {
        /// Title of the plan.
        public var title: LocalizedName
        /// The city or district.
        public var jurisdiction: Jurisdiction
        /// The sector id and names.
        public var sector: NamedItem
        /// The bureau responsible.
        public var authority: LocalizedName
        /// Who prepared the plan.
        public var preparer: LocalizedName?
        /// Base year of the inventory.
        public var baseYear: Int
        /// Year of the targets and the MACC.
        public var targetYear: Int
        /// Last projected year.
        public var horizonYear: Int
        /// The GWP-100 set (`SAR`, `AR4`, `AR5`, `AR6`, `AR6-SM`) and where its values come from.
        public var gwpSet: String
        /// Where the GWP values come from.
        public var gwpCitation: String
        /// The default-factor set chosen from the sector's `factors.yaml`.
        public var factorSet: String
        /// ISO 4217 code, e.g. `CNY`.
        public var currency: String
        /// Price year of every money amount.
        public var priceYear: Int
        /// Discount rates by view (`social`, `private`), unit `1` (0.03 = 3 %).
        public var discountRates: [DiscountRate]
        /// The program that wrote the report.
        public var generator: Generator
        /// SHA-256 of the inputs, 64 lowercase hex digits.
        public var inputsSHA256: String
        /// Creation time (UTC).
        public var created: ReportTimestamp
        /// Significant digits every computed number is written with (schema 1.2
        /// `<numbers significantDigits>`); `nil` writes shortest round-trip decimals.
        public var significantDigits: Int? = nil

        /// Creates the header: title, jurisdiction, sector, authority, the plan's years and prices, discount rates, GWP set, the program that wrote it, the inputs' digest and the creation time.
        public init(title: LocalizedName, jurisdiction: Jurisdiction, sector: NamedItem, authority: LocalizedName,
                    preparer: LocalizedName? = nil, baseYear: Int, targetYear: Int, horizonYear: Int,
                    gwpSet: String, gwpCitation: String, factorSet: String, currency: String, priceYear: Int,
                    discountRates: [DiscountRate], generator: Generator, inputsSHA256: String,
                    created: ReportTimestamp) {
            self.title = title
            self.jurisdiction = jurisdiction
            self.sector = sector
            self.authority = authority
            self.preparer = preparer
            self.baseYear = baseYear
            self.targetYear = targetYear
            self.horizonYear = horizonYear
            self.gwpSet = gwpSet
            self.gwpCitation = gwpCitation
            self.factorSet = factorSet
            self.currency = currency
            self.priceYear = priceYear
            self.discountRates = discountRates
            self.generator = generator
            self.inputsSHA256 = inputsSHA256
            self.created = created
        }
    }

    /// A city or district: its names and GB/T 2260 division code (e.g. `320100`).
    public struct Jurisdiction: Sendable, Hashable {
        /// Name in English and Simplified Chinese.
        public var name: LocalizedName
        /// GB/T 2260 division code.
        public var divisionCode: String
        /// Creates a jurisdiction from its names and its six-digit GB/T 2260 division code.
        public init(name: LocalizedName, divisionCode: String) {
            self.name = name
            self.divisionCode = divisionCode
        }
    }

    /// A discount rate for one view (`social` for cost per tonne, `private` for break-even).
    public struct DiscountRate: Sendable, Hashable {
        /// `social` or `private`.
        public var view: String
        /// Fraction per year, unit `1`.
        public var rate: Double
        /// Creates the rate (a fraction, 0.08 = 8 %) for the `social` or `private` view.
        public init(view: String, rate: Double) {
            self.view = view
            self.rate = rate
        }
    }

    /// The program that wrote the report.
    public struct Generator: Sendable, Hashable {
        /// The program's name, e.g. `transport-plan`.
        public var name: String
        /// Version string.
        public var version: String
        /// Names the program and its version, e.g. `transport-plan` `0.1.0`.
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }
}
