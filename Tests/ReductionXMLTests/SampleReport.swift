import ReductionCore
import ReductionXML

/// A small hand-made report with Chinese text in every free-text field and every name.
enum SampleReport {
    static func name(_ english: String, _ chinese: String) -> LocalizedName { LocalizedName(english, chinese) }

    static let years = Array(2020...2030)

    static var report: PlanReport {
        let baseline = ReportSeries(unit: "tCO2e", firstYear: 2020, values: years.map { 1000.0 + Double($0 - 2020) * 10 })
        let bus = measure(id: "bus-electrification", order: 1, english: "Battery-electric buses",
                          chinese: "纯电动公交车", abatement: 0.1, cost: -35.5)
        let shift = measure(id: "modal-shift", order: 2, english: "Car to metro shift",
                            chinese: "小汽车向地铁转移", abatement: 0.05, cost: 120.25)
        let pathwayValues = years.map { year -> Double in
            (baseline.value(in: year) ?? 0) - (bus.interactedAbatement.value(in: year) ?? 0)
                - (shift.interactedAbatement.value(in: year) ?? 0)
        }
        return PlanReport(
            header: PlanReport.Header(
                title: name("Nanjing transport carbon peak plan", "南京市交通领域碳达峰实施方案"),
                jurisdiction: PlanReport.Jurisdiction(name: name("Nanjing", "南京市"), divisionCode: "320100"),
                sector: PlanReport.NamedItem(id: "transport", name: name("Transport", "交通运输")),
                authority: name("Nanjing Transport Bureau", "南京市交通运输局"),
                preparer: name("Planning Office <draft> & co", "规划处 & 合作单位 <草稿>"),
                baseYear: 2020, targetYear: 2030, horizonYear: 2030,
                gwpSet: "AR5", gwpCitation: "IPCC AR5 WG1 (2013) Table 8.7；第五次评估报告",
                factorSet: "china-guideline", currency: "CNY", priceYear: 2020,
                discountRates: [.init(view: "social", rate: 0.03), .init(view: "private", rate: 0.08)],
                generator: .init(name: "transport-plan", version: "0.1.0"),
                inputsSHA256: String(repeating: "ab", count: 32),
                created: ReportTimestamp(secondsSinceEpoch: 1_764_000_000)),
            inventory: PlanReport.Inventory(year: 2020, sources: [
                PlanReport.Source(
                    id: "road.bus.diesel", name: name("Diesel buses", "柴油公交车"),
                    categories: [.init(scheme: "IPCC2006", code: "1.A.3.b"), .init(scheme: "UNFCCC-CRT", code: "1.A.3.b")],
                    activity: ReportQuantity(12_000, "TJ"),
                    gases: [
                        .init(gas: "CO2", name: name("Carbon dioxide", "二氧化碳"), factor: ReportQuantity(0.0741, "t/TJ"),
                              mass: ReportQuantity(889.2, "t"), co2e: ReportQuantity(889.2, "tCO2e")),
                        .init(gas: "CH4", name: name("Methane", "甲烷"), factor: nil,
                              mass: ReportQuantity(0.0468, "t"), co2e: ReportQuantity(1.3104, "tCO2e")),
                    ],
                    pollutants: [.init(pollutant: "NOx", name: name("Nitrogen oxides", "氮氧化物"),
                                       amount: ReportQuantity(3.5, "t"))],
                    total: ReportQuantity(890.5104, "tCO2e")),
            ], total: ReportQuantity(890.5104, "tCO2e")),
            baseline: baseline,
            measures: [bus, shift],
            macc: PlanReport.MACC(year: 2030, steps: [
                .init(measureID: bus.id, abatement: ReportQuantity(110, "tCO2e"),
                      costPerTonne: ReportQuantity(-35.5, "CNY/tCO2e"), cumulativeStart: ReportQuantity(0, "tCO2e")),
                .init(measureID: shift.id, abatement: ReportQuantity(55, "tCO2e"),
                      costPerTonne: ReportQuantity(120.25, "CNY/tCO2e"), cumulativeStart: ReportQuantity(110, "tCO2e")),
            ]),
            pathway: PlanReport.Pathway(
                emissions: ReportSeries(unit: "tCO2e", firstYear: 2020, values: pathwayValues),
                bauPeak: PlanReport.Peak(year: 2030, emissions: ReportQuantity(1100, "tCO2e"), declinesAfter: false),
                peak: PlanReport.Peak(year: 2024, emissions: ReportQuantity(pathwayValues[4], "tCO2e"), declinesAfter: true),
                targets: [.init(id: "cut-10", name: name("10 % below 2020", "较2020年下降10%"), kind: "belowBaseYear",
                                year: 2030, met: false, level: ReportQuantity(0.1, "1"),
                                allowed: ReportQuantity(900, "tCO2e"), bau: ReportQuantity(1100, "tCO2e"),
                                pathway: ReportQuantity(935, "tCO2e"), gap: ReportQuantity(35, "tCO2e"),
                                leastCost: .init(measureIDs: [bus.id], marginalCost: ReportQuantity(-35.5, "CNY/tCO2e"),
                                                 annualCost: ReportQuantity(-3905, "CNY/a"),
                                                 emissions: ReportQuantity(990, "tCO2e")))]),
            references: [
                PlanReport.Reference(id: "ref-1", citation: "IPCC 2006年国家温室气体清单指南 第2卷 第3章"),
                PlanReport.Reference(id: "ref-2", citation: "南京市公交集团2020年运营统计"),
            ],
            warnings: ["测试警告：缺少电价 (no electricity price given)"])
    }

    static func measure(id: String, order: Int, english: String, chinese: String,
                        abatement share: Double, cost: Double) -> PlanReport.Measure {
        let deployment = years.map { $0 < 2025 ? 0 : min(1, Double($0 - 2024) / 5) }
        let standalone = deployment.enumerated().map { 1000 * share * $0.element + Double($0.offset) }
        return PlanReport.Measure(
            id: id, order: order, inPathway: true, status: "planned", instrument: "investment",
            name: name(english, chinese),
            description: name("\(english): description <>&\"'", "\(chinese)：说明文字，含符号 <>&\"'"),
            changes: [PlanReport.Change(kind: "shift", from: "share.car", to: "share.bus", parameters: [
                PlanReport.Parameter(name: "fraction", estimate: ReportEstimate(
                    0.6, "1", low: 0.4, high: 0.8, distribution: "triangular", source: "南京市交通运输局 2023 年统计公报")),
                PlanReport.Parameter(name: "ratio", estimate: ReportEstimate(1, "1")),
            ])],
            deployment: PlanReport.Deployment(start: 2025, rampYears: 5, maxPenetration: ReportEstimate(1, "1"),
                                              penetration: ReportSeries(unit: "1", firstYear: 2020, values: deployment)),
            lifetime: ReportEstimate(12, "a", source: "行业惯例"),
            capex: ReportEstimate(1.5e7, "CNY", low: 1.2e7, high: 1.8e7, source: "厂商报价 2023"),
            opex: ReportEstimate(-2.5e5, "CNY/a"),
            excludes: [],
            standaloneAbatement: ReportSeries(unit: "tCO2e", firstYear: 2020, values: standalone),
            interactedAbatement: ReportSeries(unit: "tCO2e", firstYear: 2020, values: standalone.map { $0 * 0.9 }),
            annualCost: ReportSeries(unit: "CNY/a", firstYear: 2020, values: standalone.map { $0 * cost }),
            costsPerTonne: [.init(basis: "interacted", method: "annualised", year: 2030, value: ReportQuantity(cost, "CNY/tCO2e")),
                            .init(basis: "standalone", method: "annualised", year: 2030,
                                  value: ReportQuantity(cost * 0.9, "CNY/tCO2e"))],
            netPresentCost: ReportQuantity(-1.25e6, "CNY"), breakEvenPrice: ReportQuantity(cost * 1.4, "CNY/tCO2e"),
            simplePayback: nil,
            coBenefits: [PlanReport.CoBenefit(pollutant: "NOx", name: name("Nitrogen oxides", "氮氧化物"), year: 2030,
                                              amount: ReportQuantity(1.2e-5, "t")),
                         PlanReport.CoBenefit(pollutant: "PM2.5", name: name("Fine particulate matter (PM2.5)", "细颗粒物（PM2.5）"),
                                              year: 2030, amount: ReportQuantity(0.03, "t"))],
            references: ["ref-1"])
    }
}
