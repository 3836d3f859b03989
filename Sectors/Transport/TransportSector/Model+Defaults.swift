import ReductionCore

/// Default values of the transport model's inputs, each with its source. Assumptions are
/// for a Chinese prefecture-level city and are marked `assumption — …`.
extension TransportModel {
    /// Default load factors: assumptions for a Chinese prefecture-level city.
    static func defaultLoad(_ mode: TransportMode) -> (value: Double, source: String) {
        switch mode {
        case .bus: (12, "assumption — Nanjing 2019: 915 M bus trips × ~6 km / (8,700 buses × 60,000 km) ≈ 10.5 pkm/vkm (Nanjing Statistical Yearbook 2021, Table 8-8); range 8–20")
        case .taxi: (1.2, "assumption — passengers per vehicle-km including empty running; range 0.8–1.8")
        case .car: (1.4, "assumption — car occupancy; range 1.2–1.8")
        case .twoThreeWheeler: (1.1, "assumption — range 1.0–1.3")
        case .metro: (35, "assumption — passenger-km per car-km; range 20–60")
        case .lightTruck: (1.2, "assumption — tonnes per vehicle-km including empty running; range 0.6–2")
        case .heavyTruck: (15, "assumption — tonnes per vehicle-km including empty running; range 8–25")
        case .railFreight: (2000, "assumption — net tonnes per train-km; range 1,000–3,500")
        case .waterway: (1000, "assumption — tonnes per vessel-km; range 300–3,000")
        case .active: (1, "not used")
        }
    }

    /// Default annual distance per vehicle (km/yr): assumptions for a Chinese city.
    static func defaultAnnualKm(_ mode: TransportMode) -> (value: Double, source: String) {
        switch mode {
        case .bus: (60000, "assumption — 60,000 km per bus and year, the figure behind the bus load factor and the example city's passenger-km (Nanjing Statistical Yearbook 2021 Table 8-8: 8,700 buses); range 45,000–75,000")
        case .taxi: (120000, "assumption — double-shifted taxis and full-time ride-hailing cars run 100,000–130,000 km a year")
        case .car: (10000, "assumption — 10,000 km per private car and year, the figure behind the example city's passenger-km (example.yaml: 1.0 M cars × 10,000 km × 1.4); range 8,000–15,000")
        case .twoThreeWheeler: (3000, "assumption — 3,000 km per e-bike or motorcycle and year, the figure behind the example city's passenger-km (example.yaml: 2.3 M e-bikes × 3,000 km); range 2,000–6,000")
        case .metro: (120000, "assumption — car-km per metro car and year; range 80,000–150,000")
        case .lightTruck: (30000, "assumption — urban delivery trucks 20,000–40,000 km a year")
        case .heavyTruck: (100000, "assumption — Chinese heavy trucks 80,000–120,000 km a year (ICCT 2021 heavy-truck TCO for China, recalled)")
        case .railFreight: (100000, "assumption — train-km per locomotive and year; range 60,000–150,000")
        case .waterway: (50000, "assumption — vessel-km per inland vessel and year; range 20,000–80,000")
        case .active: (1, "not used")
        }
    }

    static func defaultCombustion(_ segment: TransportSegment, _ carrier: TransportCarrier) -> (Double, Double, String) {
        let road = "IPCC 2006 Vol 2 Ch 3 Table 3.2.2 (p. 3.21)"
        switch (segment, carrier) {
        case (.rail, _):
            return (4.15, 28.6, "IPCC 2006 Vol 2 Ch 3 Table 3.4.1, diesel locomotives (recalled; equals off-road diesel Table 3.3.1)")
        case (.navigation, _):
            return (7, 2, "IPCC 2006 Vol 2 Ch 3 Table 3.5.3, ships (recalled)")
        case (.road, .gasoline):
            return (3.8, 5.7, "\(road), motor gasoline, low-mileage light-duty vehicles vintage 1995 or later")
        case (.road, .diesel), (.road, .fuelOil):
            return (3.9, 3.9, "\(road), gas/diesel oil")
        case (.road, .lpg):
            return (62, 0.2, "\(road), LPG (recalled, unverified)")
        case (.road, .cng), (.road, .lng):
            return (92, 3, "\(road), natural gas (recalled, unverified; range CH4 50–1,540, N2O 1–77)")
        default:
            return (0, 0, "not a combustion fuel")
        }
    }

    struct AirDefault {
        var vehicleClass: PollutantClass
        var carrier: TransportCarrier
        var nox: Double
        var pm25: Double
        var source: String
    }

    /// EMEP/EEA Tier 1 factors (g/kg fuel) divided by the IPCC NCV (GJ/kg). All recalled.
    static let airDefaults: [AirDefault] = {
        let emep = "EMEP/EEA Guidebook 2019 Tier 1 (recalled, unverified)"
        return [
            AirDefault(vehicleClass: .light, carrier: .gasoline, nox: 197, pm25: 0.68,
                       source: "\(emep), passenger cars petrol: NOx 8.73, PM 0.03 g/kg ÷ 0.0443 GJ/kg; range ×0.3–×2"),
            AirDefault(vehicleClass: .light, carrier: .diesel, nox: 347, pm25: 35.3,
                       source: "\(emep), light commercial diesel: NOx 14.91, PM 1.52 g/kg ÷ 0.043 GJ/kg; range ×0.3–×1.5"),
            AirDefault(vehicleClass: .light, carrier: .lpg, nox: 197, pm25: 0.68,
                       source: "assumption — as light-duty gasoline per GJ"),
            AirDefault(vehicleClass: .light, carrier: .cng, nox: 197, pm25: 0.68,
                       source: "assumption — as light-duty gasoline per GJ"),
            AirDefault(vehicleClass: .heavy, carrier: .diesel, nox: 776, pm25: 21.9,
                       source: "\(emep), heavy-duty diesel: NOx 33.37, PM 0.94 g/kg ÷ 0.043 GJ/kg; range ×0.3–×1.5 (China VI lower)"),
            AirDefault(vehicleClass: .heavy, carrier: .cng, nox: 271, pm25: 0.42,
                       source: "assumption — CNG buses NOx about 13 g/kg, PM 0.02 g/kg ÷ 0.048 GJ/kg"),
            AirDefault(vehicleClass: .heavy, carrier: .lng, nox: 271, pm25: 0.42,
                       source: "assumption — as heavy-duty CNG"),
            AirDefault(vehicleClass: .heavy, carrier: .gasoline, nox: 197, pm25: 0.68,
                       source: "assumption — as light-duty gasoline per GJ"),
            AirDefault(vehicleClass: .moto, carrier: .gasoline, nox: 150, pm25: 49.7,
                       source: "\(emep), motorcycles: NOx 6.64, PM 2.2 g/kg ÷ 0.0443 GJ/kg"),
            AirDefault(vehicleClass: .rail, carrier: .diesel, nox: 1219, pm25: 33.5,
                       source: "\(emep) 1.A.3.c: NOx 52.4, PM2.5 1.44 g/kg ÷ 0.043 GJ/kg"),
            AirDefault(vehicleClass: .ship, carrier: .diesel, nox: 1826, pm25: 34.9,
                       source: "\(emep) 1.A.3.d marine diesel: NOx 78.5, PM2.5 1.5 g/kg ÷ 0.043 GJ/kg"),
            AirDefault(vehicleClass: .ship, carrier: .fuelOil, nox: 1963, pm25: 139,
                       source: "\(emep) 1.A.3.d bunker fuel oil: NOx 79.3, PM2.5 5.6 g/kg ÷ 0.0404 GJ/kg"),
            AirDefault(vehicleClass: .ship, carrier: .lng, nox: 117, pm25: 0.42,
                       source: "assumption — lean-burn LNG engines, NOx about 5.6 g/kg ÷ 0.048 GJ/kg"),
        ]
    }()

    struct IntensityDefault {
        var mode: TransportMode
        var tech: TransportTechnology
        var value: Double
        var source: String
    }

    /// Default energy intensities (per 100 vehicle-km, in the technology's unit).
    static let defaultIntensities: [IntensityDefault] = {
        func entry(_ mode: TransportMode, _ tech: TransportTechnology, _ value: Double, _ source: String) -> IntensityDefault {
            IntensityDefault(mode: mode, tech: tech, value: value, source: source)
        }
        return [
            entry(.bus, .diesel, 32.6, "Zhang S. et al. (2014), Applied Energy 113:1645–1655: diesel buses 32.6 L/100 km on the Beijing bus cycle; range 28–40"),
            entry(.bus, .hybridDiesel, 26, "Zhang et al. (2014): hybrids −18 to −29 % vs diesel; ADB East Asia blog (2019): about −20 %; 32.6 × 0.8 ≈ 26; range 23–28"),
            entry(.bus, .cng, 35, "assumption — natural-gas buses use more energy than diesel (Zhang et al. 2014): 32.6 L × 35.8 MJ/L × 1.15 ÷ 38.9 MJ/m³ ≈ 35; range 30–45"),
            entry(.bus, .lng, 28, "assumption — as CNG in energy terms: 1,343 MJ/100 km ÷ 48 MJ/kg ≈ 28; range 24–34"),
            entry(.bus, .electric, 130, "Zhou B. et al. (2016), Energy 96:603–613: 12 m buses 138–175 kWh/100 km incl. charging loss at minimum load (+21–27 % with A/C); Chinese operators report 90–120 (Yongzhou 2017 news); central 130, range 90–175"),
            entry(.bus, .hydrogen, 8, "assumption — 12 m fuel-cell bus 6–10 kg H2/100 km"),
            entry(.taxi, .gasoline, 8.5, "assumption — real-world new-car average 5.9 L/100 km in 2020 (CAFC evaluation with a 37 % real-world gap, ICCT 2021) plus urban taxi duty; range 7–10"),
            entry(.taxi, .hybridGasoline, 5.5, "assumption — about −35 % vs gasoline in urban driving; range 4.5–6.5"),
            entry(.taxi, .cng, 8, "assumption — range 7–10 m³/100 km"),
            entry(.taxi, .lpg, 11, "assumption — LPG has about 25 MJ/L; range 9–13 L/100 km"),
            entry(.taxi, .electric, 15, "BYD e6 taxi 21.5 kWh/100 km (2010, Xinhua); current compact EVs 13–16; central 15, range 12–22"),
            entry(.car, .gasoline, 8.0, "assumption — stock average; new cars 5.9 L/100 km real-world in 2020 and older stock less efficient; range 6.5–9.5"),
            entry(.car, .hybridGasoline, 5.0, "assumption — range 4–6 L/100 km"),
            entry(.car, .diesel, 7.0, "assumption — range 6–9 L/100 km"),
            entry(.car, .electric, 16, "assumption — real-world incl. charging loss; range 13–20 kWh/100 km"),
            entry(.twoThreeWheeler, .gasoline, 2.5, "assumption — motorcycles 2–3.5 L/100 km"),
            entry(.twoThreeWheeler, .electric, 2.0, "assumption — e-bikes 1.5–2, e-motorcycles up to 3 kWh/100 km"),
            entry(.metro, .electric, 200, "assumption — traction plus a share of station energy, about 2 kWh per car-km; range 150–300 kWh per 100 car-km"),
            entry(.lightTruck, .diesel, 10, "assumption — light trucks 8–13 L/100 km"),
            entry(.lightTruck, .gasoline, 11, "assumption — range 9–13 L/100 km"),
            entry(.lightTruck, .cng, 12, "assumption — range 10–15 m³/100 km"),
            entry(.lightTruck, .electric, 25, "assumption — electric light trucks 18–35 kWh/100 km"),
            entry(.heavyTruck, .diesel, 28, "assumption — mixed heavy fleet; 49 t tractors 30–38 L/100 km; range 22–35"),
            entry(.heavyTruck, .lng, 22, "assumption — LNG engines use about 10 % more energy than diesel: 28 L × 35.8 MJ/L × 1.1 ÷ 51 MJ/kg ≈ 22; range 18–28"),
            entry(.heavyTruck, .electric, 140, "assumption — battery-electric heavy trucks 110–180 kWh/100 km"),
            entry(.heavyTruck, .hydrogen, 9, "assumption — fuel-cell heavy trucks 7–12 kg H2/100 km"),
            entry(.railFreight, .diesel, 490, "Shandong Statistical Yearbook 2006, Table 14-5: diesel locomotives 20.5 kg per 10⁴ t-km; × 2,000 t per train ÷ 0.84 kg/L ≈ 490 L per 100 train-km; range 350–650"),
            entry(.railFreight, .electric, 2000, "assumption — about 100 kWh per 10⁴ t-km × 2,000 t per train; range 1,400–3,000 kWh per 100 train-km"),
            entry(.waterway, .diesel, 600, "China waterway transport 5 kg fuel per 1,000 t-km (2009–2010; Green Low-Carbon Development in China, Table 3.5) × 1,000 t per vessel ÷ 0.84 kg/L ≈ 600 L per 100 vessel-km; range 400–900"),
            entry(.waterway, .electric, 2290, "MOT data for 2019 (quoted by xindemarinenews): 45 GWh of shore power replaced about 10,000 t of marine fuel, 0.22 kg/kWh; 5.04 kg per vessel-km ÷ 0.22 ≈ 23 kWh; range 1,500–3,500"),
        ]
    }()
}
