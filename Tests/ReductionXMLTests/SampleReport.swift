import ReductionXML

/// A small hand-made report with Chinese text in every free-text field and every name.
enum SampleReport {
    static func name(_ english: String, _ chinese: String) -> LocalizedName {
        LocalizedName(english: english, chinese: chinese)
    }

    static let years = Array(2020...2030)

    static var report: PlanReport {
        let baseline = YearSeries(unit: "tCO2e", firstYear: 2020, values: years.map { 1000.0 + Double($0 - 2020) * 10 })
        let bus = measure(id: "bus-electrification", order: 1, english: "Battery-electric buses",
                          chinese: "纯电动公交车", abatement: 0.1, cost: -35.5)
        let shift = measure(id: "modal-shift", order: 2, english: "Car to metro shift",
                            chinese: "小汽车向地铁转移", abatement: 0.05, cost: 120.25)
        let pathwayValues = years.map { year -> Double in
            let base = baseline.value(in: year) ?? 0
            return base - (bus.interactedAbatement.value(in: year) ?? 0) - (shift.interactedAbatement.value(in: year) ?? 0)
        }
        return PlanReport(
            header: PlanReport.Header(
                jurisdiction: PlanReport.Jurisdiction(name: name("Nanjing", "南京市"), divisionCode: "320100"),
                sector: NamedItem(id: "transport", name: name("Transport", "交通运输")),
                authority: name("Nanjing Transport Bureau", "南京市交通运输局"),
                preparer: "规划处 & Planning Office <draft>",
                title: "南京市交通领域碳达峰实施方案",
                baseYear: 2020, targetYear: 2030, horizonYear: 2030,
                gwpSet: NamedItem(id: "AR5", name: name("IPCC AR5 GWP-100", "IPCC第五次评估报告GWP-100")),
                currency: "CNY", priceYear: 2020,
                discountRates: [.init(view: "social", rate: 0.03), .init(view: "private", rate: 0.08)],
                generator: .init(name: "transport-plan", version: "0.1.0"),
                inputsSHA256: String(repeating: "ab", count: 32),
                created: ReportTimestamp(secondsSinceEpoch: 1_764_000_000)),
            inventory: PlanReport.Inventory(year: 2020, sources: [
                PlanReport.Source(
                    id: "road-bus-diesel", name: name("Diesel buses", "柴油公交车"),
                    categoryCode: "1.A.3.b", categoryScheme: "IPCC-2006",
                    activity: Quantity(12_000, "TJ"),
                    gases: [
                        .init(gas: "CO2", factor: Quantity(74_100, "kg/TJ"), mass: Quantity(889.2, "t"),
                              co2e: Quantity(889.2, "tCO2e")),
                        .init(gas: "CH4", factor: Quantity(3.9, "kg/TJ"), mass: Quantity(0.0468, "t"),
                              co2e: Quantity(1.3104, "tCO2e")),
                    ],
                    total: Quantity(890.5104, "tCO2e")),
            ], total: Quantity(890.5104, "tCO2e")),
            baseline: baseline,
            measures: [bus, shift],
            macc: PlanReport.MACC(year: 2030, steps: [
                .init(measureID: bus.id, abatement: Quantity(110, "tCO2e"), costPerTonne: Quantity(-35.5, "CNY/tCO2e"),
                      cumulative: Quantity(110, "tCO2e")),
                .init(measureID: shift.id, abatement: Quantity(55, "tCO2e"), costPerTonne: Quantity(120.25, "CNY/tCO2e"),
                      cumulative: Quantity(165, "tCO2e")),
            ]),
            pathway: PlanReport.Pathway(
                emissions: YearSeries(unit: "tCO2e", firstYear: 2020, values: pathwayValues),
                peak: PlanReport.Peak(year: 2024, emissions: Quantity(pathwayValues[4], "tCO2e"), declinesAfter: true),
                targets: [.init(kind: "percentBelowBase", year: 2030, required: Quantity(10, "%"),
                                achieved: Quantity(6.5, "%"), met: false)]),
            references: [
                Reference(id: "ipcc-2006-v2", citation: "IPCC 2006年国家温室气体清单指南 第2卷 第3章",
                          url: "https://www.ipcc-nggip.iges.or.jp/public/2006gl/"),
                Reference(id: "local-survey", citation: "南京市公交集团2020年运营统计"),
            ])
    }

    static func measure(id: String, order: Int, english: String, chinese: String,
                        abatement share: Double, cost: Double) -> PlanReport.Measure {
        let deployment = years.map { $0 < 2025 ? 0 : min(1, Double($0 - 2024) / 5) }
        let standalone = deployment.enumerated().map { 1000 * share * $0.element + Double($0.offset) }
        return PlanReport.Measure(
            id: id, order: order, status: "planned", instrument: "investment", name: name(english, chinese),
            description: "\(chinese)：说明文字，含符号 <>&\"'",
            parameters: [PlanReport.Parameter(key: "fleet_share", name: name("Fleet share", "车队占比"),
                                              value: Quantity(0.6, "1"), source: "南京市交通运输局 2023 年统计公报")],
            deployment: PlanReport.Deployment(start: 2025, end: 2029,
                                              share: YearSeries(unit: "1", firstYear: 2020, values: deployment)),
            costs: [PlanReport.Cost(kind: "capex", amount: Quantity(1.5e7, "CNY")),
                    PlanReport.Cost(kind: "opex", amount: Quantity(-2.5e5, "CNY/a"))],
            standaloneAbatement: YearSeries(unit: "tCO2e", firstYear: 2020, values: standalone),
            interactedAbatement: YearSeries(unit: "tCO2e", firstYear: 2020, values: standalone.map { $0 * 0.9 }),
            costPerTonne: PlanReport.CostPerTonne(year: 2030, method: "annualised", value: Quantity(cost, "CNY/tCO2e")),
            npv: Quantity(-1.25e6, "CNY"), breakEvenPrice: Quantity(cost * 1.4, "CNY/tCO2e"),
            coBenefits: [PlanReport.CoBenefit(pollutant: "NOx", year: 2030, amount: Quantity(1.2e-5, "t")),
                         PlanReport.CoBenefit(pollutant: "PM2.5", year: 2030, amount: Quantity(0.03, "t"))],
            references: ["ipcc-2006-v2"])
    }
}
