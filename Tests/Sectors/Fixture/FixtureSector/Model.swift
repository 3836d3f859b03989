public import ReductionCore

/// A district heating network, small enough to check by hand: the fifth sector, built by the
/// recipe in CONTRIBUTING.md ("Add a sector") in a test folder to prove that the recipe and
/// the sector registry work. It is not shipped.
///
/// For each year, with `D` the heat delivered (GJ), `s` the heat-pump share, `η` the boiler
/// efficiency and `COP` the heat pumps' coefficient of performance:
/// ```
/// gas = D (1 − s) / η                    GJ, CO2 = gas × gas.co2-factor      (direct, 1.A.4.a)
/// E   = D s / COP / 3.6                  MWh, CO2 = E × electricity.grid-factor (indirect)
/// ```
public struct FixtureModel: SectorModel {
    /// The model; everything else is a plan input.
    public init() {}

    /// Sector id `fixture`; the activity is the heat delivered, GJ.
    public var info: SectorInfo {
        SectorInfo(id: "fixture", name: LocalizedName("District heating (test fixture)", "区域供热（测试用）"),
                   activityName: LocalizedName("Heat delivered", "供热量"), activityUnit: "GJ")
    }

    /// The embedded catalogue, factor sets and example plan.
    public var data: SectorData {
        SectorData(measures: PackageResources.measures_yaml, factors: PackageResources.factors_yaml,
                   example: PackageResources.example_yaml)
    }

    /// Resolves the plan's keys; every year depends only on that year's inputs.
    public func compile(_ inputs: InputTable) throws(PlanError) -> CompiledModel {
        let rows = try Rows(inputs)
        return CompiledModel(layout: Self.layout, yearByYear: { table, output, offsets in
            Self.run(rows, table, &output, offsets: offsets)
        })
    }
}
