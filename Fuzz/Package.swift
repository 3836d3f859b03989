// swift-tools-version: 6.0
// The in-process fuzz driver, run by Fuzz/fuzz.py --driver (see README.md in this folder).
// A separate package that depends on ReductionPlan by path, so the driver is never one of the
// main package's products.
import PackageDescription

let package = Package(
    name: "ReductionPlanFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ReductionPlan", path: "../"),
    ],
    targets: [
        .executableTarget(
            name: "FuzzDriver",
            dependencies: ["PlanCLI", "TransportSector", "WasteSortingSector", "ThermalPowerSector", "TextileSector"]
                .map { .product(name: $0, package: "ReductionPlan") }
        ),
    ]
)
