// swift-tools-version: 6.0
// ReductionPlan — sector emission-reduction plans for Chinese cities.
// Layout: shared core in Sources/, one folder per sector in Sectors/ (library + thin executable).
import PackageDescription

/// The four sectors: one row each. A sector is a library target (model + embedded catalogue),
/// a thin executable and a test target; adding a sector is adding a row.
let sectors: [(folder: String, library: String, executable: String, product: String)] = [
    ("Transport", "TransportSector", "TransportPlan", "transport-plan"),
    ("WasteSorting", "WasteSortingSector", "WastePlan", "waste-plan"),
    ("ThermalPower", "ThermalPowerSector", "PowerPlan", "power-plan"),
    ("Textile", "TextileSector", "TextilePlan", "textile-plan"),
]

/// Data files compiled into every sector library (`PackageResources.<name>_yaml`).
let catalogueFiles = ["measures.yaml", "factors.yaml", "example.yaml"]

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

var targets: [Target] = [
    .target(
        name: "ReductionCore",
        dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // The one syscall layer (files, processes) with typed errno; `package` access only.
    .target(name: "ReductionSystem"),
    .systemLibrary(
        name: "CLibXML2",
        pkgConfig: "libxml-2.0",
        providers: [.apt(["libxml2-dev"])]
    ),
    // XML-DSig for `sign` / `verify --cert` (xmlsec1 on OpenSSL), behind the same wall as libxml2.
    .systemLibrary(
        name: "CXMLSec",
        pkgConfig: "xmlsec1-openssl",
        providers: [.apt(["libxmlsec1-dev"])]
    ),
    // Presentation values shared by every writer: one label table, one number formatter,
    // tables and derived figures (no libxml2, no ArgumentParser).
    .target(name: "ReductionReport", dependencies: ["ReductionCore"]),
    .systemLibrary(
        name: "CLibXSLT",
        pkgConfig: "libxslt",
        providers: [.apt(["libxslt1-dev"])]
    ),
    .target(
        name: "ReductionXML",
        dependencies: ["ReductionCore", "ReductionReport", "ReductionSystem", "CLibXML2", "CLibXSLT", "CXMLSec"],
        resources: [.embedInCode("Schema/reduction-plan-1.2.xsd"), .embedInCode("Stylesheet/report-html.xsl"),
                    .embedInCode("CitySchema/city-plan-1.0.xsd")]
    ),
    // Workbook, CSV and HTML files of a report: siblings of the XML writer over ReductionReport values.
    .target(
        name: "ReductionOutputs",
        dependencies: ["ReductionCore", "ReductionReport", "ReductionXML",
                       .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    // Evaluate a plan and write every output (XML, JSON, workbook, charts) from Swift, without
    // ArgumentParser: what the tools do, as a library (issue 21).
    .target(
        name: "ReductionPlanKit",
        dependencies: ["ReductionCore", "ReductionReport", "ReductionSystem", "ReductionXML", "ReductionOutputs"]
    ),
    .target(
        name: "PlanCLI",
        dependencies: ["ReductionCore", "ReductionReport", "ReductionSystem", "ReductionXML", "ReductionOutputs",
                       "ReductionPlanKit", argumentParser]
    ),
    // A small hand-computable sector shared by the core and XML tests.
    .target(name: "ReductionTestSupport", dependencies: ["ReductionCore"], path: "Tests/ReductionTestSupport"),
    .testTarget(name: "ReductionCoreTests", dependencies: ["ReductionCore", "ReductionTestSupport"]),
    .testTarget(name: "ReductionXMLTests", dependencies: ["ReductionXML", "ReductionCore", "ReductionSystem", "ReductionTestSupport"]),
    .testTarget(name: "ReductionSystemTests", dependencies: ["ReductionSystem"]),
    .testTarget(name: "ReductionReportTests", dependencies: ["ReductionReport", "ReductionCore"]),
    .testTarget(name: "ReductionPlanKitTests", dependencies: ["ReductionPlanKit", "ReductionCore", "ReductionXML", "ReductionTestSupport"]),
    .testTarget(
        name: "PlanCLITests",
        dependencies: ["PlanCLI", "ReductionPlanKit", "ReductionCore", "ReductionSystem", "ReductionXML", "ReductionReport", "ReductionOutputs"] + sectors.map { .target(name: $0.library) }
    ),
]

for sector in sectors {
    targets += [
        .target(
            name: sector.library,
            dependencies: ["ReductionCore"],
            path: "Sectors/\(sector.folder)/\(sector.library)",
            resources: catalogueFiles.map { .embedInCode("Catalogue/\($0)") }
        ),
        .executableTarget(
            name: sector.executable,
            dependencies: [.target(name: sector.library), "PlanCLI"],
            path: "Sectors/\(sector.folder)/\(sector.executable)"
        ),
        .testTarget(
            name: "\(sector.library)Tests",
            dependencies: [.target(name: sector.library), "ReductionCore", "ReductionXML", "PlanCLI", "ReductionPlanKit"],
            path: "Tests/\(sector.library)Tests"
        ),
    ]
}

// The city roll-up: the four sectors coupled through electricity (issue 15).
targets += [
    .target(name: "ReductionCity", dependencies: ["ReductionCore", "ReductionSystem", "ReductionXML", "PlanCLI"]
        + sectors.map { .target(name: $0.library) }),
    .executableTarget(name: "CityPlan", dependencies: ["ReductionCity"], path: "Sectors/City/CityPlan"),
    .testTarget(name: "ReductionCityTests", dependencies: ["ReductionCity", "ReductionCore", "ReductionXML"]),
]

// One conformance suite over every sector (boundaries, coupling vocabulary, scaling).
targets.append(.testTarget(
    name: "SectorConformanceTests",
    dependencies: ["ReductionCore", "ReductionXML", "PlanCLI", "ReductionPlanKit"] + sectors.map { .target(name: $0.library) }
))

// Same language settings for every target (Swift 6 mode is the default with tools 6.0).
for target in targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}

let package = Package(
    name: "ReductionPlan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ReductionCore", targets: ["ReductionCore"]),
        .library(name: "ReductionXML", targets: ["ReductionXML"]),
        .library(name: "ReductionReport", targets: ["ReductionReport"]),
        .library(name: "ReductionOutputs", targets: ["ReductionOutputs"]),
        .library(name: "ReductionPlanKit", targets: ["ReductionPlanKit"]),
        .library(name: "PlanCLI", targets: ["PlanCLI"]),
        .library(name: "ReductionCity", targets: ["ReductionCity"]),
    ]
        + sectors.map { .library(name: $0.library, targets: [$0.library]) }
        + sectors.map { .executable(name: $0.product, targets: [$0.executable]) }
        + [.executable(name: "city-plan", targets: ["CityPlan"])],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: targets
)
