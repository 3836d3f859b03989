// swift-tools-version: 6.0
// The in-process fuzz driver, run by Fuzz/fuzz.py --driver (see Fuzz/README.md).
// A separate package that depends on ReductionPlan by path, so the driver is never one of the
// main package's products. (Not in Fuzz/ itself: a package's identity is its folder's name, and
// a checkout folder named "fuzz" would then collide with its own dependency.)
import PackageDescription

let package = Package(
    name: "ReductionPlanFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ReductionPlan", path: "../../"),
    ],
    targets: [
        .executableTarget(
            name: "FuzzDriver",
            dependencies: ["PlanCLI", "TransportSector", "WasteSortingSector", "ThermalPowerSector", "TextileSector"]
                .map { .product(name: $0, package: "ReductionPlan") }
        ),
    ]
)
