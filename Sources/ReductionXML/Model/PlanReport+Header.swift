extension PlanReport {
    /// Who, where, what and how the plan was computed.
    public struct Header: Sendable, Hashable {
        public var jurisdiction: Jurisdiction
        public var sector: NamedItem
        public var authority: LocalizedName
        /// Free text: the office or person who prepared the plan.
        public var preparer: String
        /// Optional free-text title.
        public var title: String?
        public var baseYear: Int
        public var targetYear: Int
        public var horizonYear: Int
        /// The GWP-100 set (`AR5`, `AR6`, …) with its names.
        public var gwpSet: NamedItem
        /// ISO 4217 code, e.g. `CNY`.
        public var currency: String
        public var priceYear: Int
        /// Discount rates by view (`social`, `private`), unit `1` (0.03 = 3 %).
        public var discountRates: [DiscountRate]
        public var generator: Generator
        /// SHA-256 of the inputs, 64 lowercase hex digits.
        public var inputsSHA256: String
        public var created: ReportTimestamp

        public init(jurisdiction: Jurisdiction, sector: NamedItem, authority: LocalizedName, preparer: String,
                    title: String? = nil, baseYear: Int, targetYear: Int, horizonYear: Int, gwpSet: NamedItem,
                    currency: String, priceYear: Int, discountRates: [DiscountRate], generator: Generator,
                    inputsSHA256: String, created: ReportTimestamp) {
            self.jurisdiction = jurisdiction
            self.sector = sector
            self.authority = authority
            self.preparer = preparer
            self.title = title
            self.baseYear = baseYear
            self.targetYear = targetYear
            self.horizonYear = horizonYear
            self.gwpSet = gwpSet
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
