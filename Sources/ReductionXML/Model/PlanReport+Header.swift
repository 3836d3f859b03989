public import ReductionCore

extension PlanReport {
    /// Who, where, what and how the plan was computed.
    public struct Header: Sendable, Hashable {
        public var title: LocalizedName
        public var jurisdiction: Jurisdiction
        public var sector: NamedItem
        public var authority: LocalizedName
        public var preparer: LocalizedName?
        public var baseYear: Int
        public var targetYear: Int
        public var horizonYear: Int
        /// The GWP-100 set (`SAR`, `AR4`, `AR5`, `AR6`, `AR6-SM`) and where its values come from.
        public var gwpSet: String
        public var gwpCitation: String
        /// The default-factor set chosen from the sector's `factors.yaml`.
        public var factorSet: String
        /// ISO 4217 code, e.g. `CNY`.
        public var currency: String
        public var priceYear: Int
        /// Discount rates by view (`social`, `private`), unit `1` (0.03 = 3 %).
        public var discountRates: [DiscountRate]
        public var generator: Generator
        /// SHA-256 of the inputs, 64 lowercase hex digits.
        public var inputsSHA256: String
        public var created: ReportTimestamp

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
        public var name: LocalizedName
        public var divisionCode: String
        public init(name: LocalizedName, divisionCode: String) {
            self.name = name
            self.divisionCode = divisionCode
        }
    }

    /// A discount rate for one view (`social` for cost per tonne, `private` for break-even).
    public struct DiscountRate: Sendable, Hashable {
        public var view: String
        /// Fraction per year, unit `1`.
        public var rate: Double
        public init(view: String, rate: Double) {
            self.view = view
            self.rate = rate
        }
    }

    /// The program that wrote the report.
    public struct Generator: Sendable, Hashable {
        public var name: String
        public var version: String
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }
}
