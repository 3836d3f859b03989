import ReductionCore

/// The fuel boundary (issue 17 item 2): `boundary.fuel: tank-to-wheel | well-to-wheel`.
///
/// Tank-to-wheel (the default, the IPCC 2006 Vol 2 Ch 3 inventory) counts what the vehicles burn.
/// Well-to-wheel adds each fuel's supply chain, booked on the indirect source
/// `fuel-supply.well-to-tank` (activity: GJ of fuel delivered):
/// ```
/// CO2       = GJ × upstream.<fuel>.co2 (kg/GJ) × 10⁻³                       (t)
/// CH4 (fossil) = GJ × upstream.<fuel>.ch4 (kg/GJ) × 10⁻³
///             + GJ ÷ 50.0 GJ/t × upstream.<gas>.methane-leak               (t; CNG and LNG)
/// ```
/// `methane-leak` is t CH4 lost upstream per t CH4 delivered; 50.0 GJ/t is the lower heating
/// value of methane. Electricity and hydrogen carry their supply emissions (grid factor,
/// `hydrogen.factor`) under both boundaries. Tailpipe CH4 of CNG and LNG vehicles (methane slip)
/// and upstream leaks are fossil methane (AR6 GWP 29.8, Table 7.15).
extension TransportModel {
    /// The fuel-boundary key and its words (stored as 0 and 1).
    static let fuelBoundaryKey = "boundary.fuel"
    static let fuelBoundaryChoices = ["tank-to-wheel", "well-to-wheel"]
    /// Lower heating value of methane, GJ/t (50.0 MJ/kg; IPCC 2006 Vol 2 Ch 1 Table 1.2 gives
    /// natural gas 48.0 TJ/Gg including its other constituents).
    static let methaneNCV = 50.0

    /// Defaults of the upstream (well-to-tank) factors, kg per GJ of fuel delivered.
    static func upstreamDefault(_ carrier: TransportCarrier) -> (co2: Double, ch4: Double, source: String)? {
        let recalled = "[R] figures recalled, not re-read: JEC Well-to-Wheels v5 (JRC, 2020) well-to-tank report and the Tsinghua TLCAM China fuel-pathway results (Sustainability 2017, 9(12):2183, title and abstract seen)"
        switch carrier {
        case .gasoline:
            return (17, 0.05, "assumption — crude production, transport and refining, 12–25 kg CO2/GJ; venting and flaring at oil fields about 0.05 kg CH4/GJ (0–0.2); \(recalled)")
        case .diesel:
            return (16, 0.05, "assumption — crude production, transport and refining, 12–24 kg CO2/GJ; venting and flaring about 0.05 kg CH4/GJ (0–0.2); \(recalled)")
        case .lpg:
            return (9, 0.05, "assumption — LPG from refineries and gas processing, 6–16 kg CO2/GJ; CH4 about 0.05 kg/GJ (0–0.2); \(recalled)")
        case .fuelOil:
            return (11, 0.05, "assumption — residual fuel oil needs less refining than light products, 8–18 kg CO2/GJ; CH4 about 0.05 kg/GJ (0–0.2); \(recalled)")
        case .cng:
            return (8, 0, "assumption — gas processing, pipeline and station compression, 5–14 kg CO2/GJ; methane lost on the way is upstream.cng.methane-leak; \(recalled)")
        case .lng:
            return (12, 0, "assumption — gas processing, liquefaction (the largest step), shipping and regasification, 8–25 kg CO2/GJ; methane lost on the way is upstream.lng.methane-leak; \(recalled)")
        case .electricity, .hydrogen:
            return nil
        }
    }

    /// The boundary choice and the upstream factors of every combustion fuel.
    static func upstreamSpecs() -> [InputSpec] {
        var boundary = InputSpec(fuelBoundaryKey, unit: "1",
                                 name: LocalizedName("Fuel boundary: tank-to-wheel (0) or well-to-wheel (1)",
                                                     "燃料核算边界：油箱到车轮（0）或油井到车轮（1）"),
                                 kind: .share, default: 0,
                                 source: "tank-to-wheel by default, the IPCC 2006 Vol 2 Ch 3 inventory boundary; well-to-wheel adds fuel supply chains (ISO 14083 / GLEC Framework v3 count fuels well-to-wheel)")
        boundary.choices = fuelBoundaryChoices
        var specs = [boundary]
        for carrier in TransportCarrier.allCases {
            guard let entry = upstreamDefault(carrier) else { continue }
            let id = carrier.rawValue, label = carrier.name
            specs.append(InputSpec("upstream.\(id).co2", unit: "kgCO2/GJ",
                                   name: LocalizedName("Upstream (well-to-tank) CO2: \(label.english)", "上游（油井到油箱）CO2：\(label.chinese)"),
                                   default: entry.co2, source: entry.source))
            specs.append(InputSpec("upstream.\(id).ch4", unit: "kgCH4/GJ",
                                   name: LocalizedName("Upstream fossil CH4 other than gas leaks: \(label.english)",
                                                       "上游化石源甲烷（不含天然气泄漏）：\(label.chinese)"),
                                   default: entry.ch4, source: entry.source))
            if carrier == .cng || carrier == .lng {
                specs.append(InputSpec("upstream.\(id).methane-leak", unit: "share",
                                       name: LocalizedName("Upstream methane leak (t CH4 lost per t CH4 delivered): \(label.english)",
                                                           "上游甲烷泄漏率（每交付1吨甲烷泄漏的吨数）：\(label.chinese)"),
                                       kind: .share, default: 0.01,
                                       source: "assumption — 1 % of the methane delivered, range 0.5–3 %; Alvarez et al. (2018), Science 361:186, measured 2.3 % of US gross gas production [R]; China has no measured supply-chain figure"))
            }
        }
        return specs
    }

    static let upstreamLimitRules: [InputLimitRule] = [
        InputLimitRule(fuelBoundaryKey, hard: 0...1, plausible: 0...1, source: "a choice: 0 tank-to-wheel, 1 well-to-wheel"),
        InputLimitRule("upstream.*.co2", hard: 0...200, plausible: 2...40,
                       source: "JEC Well-to-Wheels v5 (2020) well-to-tank: fossil road fuels about 5–25 g CO2e/MJ [R]; above 200 kg/GJ is more than the fuel's own combustion"),
        InputLimitRule("upstream.*.ch4", hard: 0...10, plausible: 0...0.5,
                       source: "assumption — oil-field venting and flaring rarely exceed 0.3 kg CH4/GJ (10 g CO2e/MJ)"),
        InputLimitRule("upstream.*.methane-leak", hard: 0...0.5, plausible: 0.001...0.05,
                       source: "Alvarez et al. (2018), Science 361:186: US 2.3 % [R]; 5 % would be a very leaky chain"),
    ]
}

extension TransportPlanLayout {
    /// Reads `boundary.fuel` (0 or 1, the same in every year); true for well-to-wheel.
    static func wellToWheel(_ inputs: InputTable) throws(PlanError) -> Bool {
        guard let index = inputs.index(of: TransportModel.fuelBoundaryKey), !inputs.years.isEmpty else { return false }
        let first = inputs[index, offset: 0]
        for offset in 0..<inputs.years.count {
            let value = inputs[index, offset: offset]
            guard value == 0 || value == 1, value == first else {
                throw PlanError(.invalidValue,
                                "'\(TransportModel.fuelBoundaryKey)' must be \(TransportModel.fuelBoundaryChoices.joined(separator: " or ")) in every year, found \(value) in \(inputs.years.lowerBound + offset)",
                                at: SourceLocation(keyPath: "inputs.\(TransportModel.fuelBoundaryKey)"))
            }
        }
        return first == 1
    }

    /// The boundary statement every report prints.
    static func fuelBoundaryNote(wellToWheel: Bool) -> String {
        wellToWheel
            ? "fuel boundary: well-to-wheel (boundary.fuel) — liquid and gaseous fuels add their supply chain (upstream.<fuel>.co2, .ch4, "
                + ".methane-leak) on the indirect source 'fuel supply (well-to-tank)'; electricity and hydrogen carry their supply emissions "
                + "(grid factor, hydrogen.factor) in both boundaries; direct (territorial) emissions are unchanged"
            : "fuel boundary: tank-to-wheel (boundary.fuel default, the IPCC 2006 inventory) — fuels count what vehicles burn, while "
                + "electricity and hydrogen carry their supply emissions (grid factor, hydrogen.factor); set boundary.fuel: well-to-wheel "
                + "to compare every carrier on its supply chain"
    }
}
