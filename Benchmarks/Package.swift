// swift-tools-version: 6.0
// Benchmarks, run by hand (never by CI): see README.md in this folder.
import PackageDescription

let package = Package(
    name: "ReductionPlanBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ReductionPlan", path: "../"),
    ],
    targets: [
        .executableTarget(
            name: "CoreBenchmark",
            dependencies: [
                .product(name: "ReductionCore", package: "ReductionPlan"),
                .product(name: "TransportSector", package: "ReductionPlan"),
            ]
        ),
        .executableTarget(
            name: "OrderingBenchmark",
            dependencies: [
                .product(name: "ReductionCore", package: "ReductionPlan"),
                .product(name: "TransportSector", package: "ReductionPlan"),
            ]
        ),
        .executableTarget(
            name: "ReportWriterBenchmark",
            dependencies: [.product(name: "ReductionXML", package: "ReductionPlan")]
        ),
        .executableTarget(
            name: "ExampleReports",
            dependencies: ["ReductionCore", "ReductionXML", "TransportSector", "WasteSortingSector",
                           "ThermalPowerSector", "TextileSector"].map { .product(name: $0, package: "ReductionPlan") }
        ),
    ]
)
