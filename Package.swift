// swift-tools-version: 6.0
// ReductionPlan — sector emission-reduction plans for Chinese cities.
// Layout: shared core in Sources/, one folder per sector in Sectors/ (library + thin executable).
import PackageDescription

/// A sector: the library `<root>/<folder>/<library>` (model + embedded catalogue, canonical
/// file names in CONTRIBUTING.md "Add a sector"), the one-line executable
/// `<root>/<folder>/<executable>` and the test target `Tests/<library>Tests`. The library's
/// name ends in `Sector`: that is how the SectorRegistry plugin finds it.
struct Sector {
    var folder: String, library: String, executable: String, product: String
    var root = "Sectors"
}

/// The four shipped sectors: one row each; adding a sector is adding a row.
let sectors: [Sector] = [
    Sector(folder: "Transport", library: "TransportSector", executable: "TransportPlan", product: "transport-plan"),
    Sector(folder: "WasteSorting", library: "WasteSortingSector", executable: "WastePlan", product: "waste-plan"),
    Sector(folder: "ThermalPower", library: "ThermalPowerSector", executable: "PowerPlan", product: "power-plan"),
    Sector(folder: "Textile", library: "TextileSector", executable: "TextilePlan", product: "textile-plan"),
]

/// A fifth sector built by the recipe in a test folder: the conformance suite checks it like
/// the others. It is not among the declared products (SwiftPM still builds its executable,
/// `FixturePlan`, as it does every executable target of the root package).
let fixtureSectors: [Sector] = [
    Sector(folder: "Fixture", library: "FixtureSector", executable: "FixturePlan", product: "fixture-plan", root: "Tests/Sectors"),
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
                    .embedInCode("CitySchema/city-plan-1.1.xsd")]
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

for sector in sectors + fixtureSectors {
    targets += [
        .target(
            name: sector.library,
            dependencies: ["ReductionCore"],
            path: "\(sector.root)/\(sector.folder)/\(sector.library)",
            resources: catalogueFiles.map { .embedInCode("Catalogue/\($0)") }
        ),
        .executableTarget(
            name: sector.executable,
            dependencies: [.target(name: sector.library), "PlanCLI"],
            path: "\(sector.root)/\(sector.folder)/\(sector.executable)"
        ),
        .testTarget(
            name: "\(sector.library)Tests",
            dependencies: [.target(name: sector.library), "ReductionCore", "ReductionXML", "PlanCLI", "ReductionPlanKit", "ReductionTestSupport"],
            path: "Tests/\(sector.library)Tests"
        ),
    ]
}

// The city roll-up: the four sectors coupled through electricity (issue 15).
targets += [
    .target(name: "ReductionCity", dependencies: ["ReductionCore", "ReductionSystem", "ReductionXML", "ReductionPlanKit", "PlanCLI"]
        + sectors.map { .target(name: $0.library) }),
    .executableTarget(name: "CityPlan", dependencies: ["ReductionCity"], path: "Sectors/City/CityPlan"),
    .testTarget(name: "ReductionCityTests", dependencies: ["ReductionCity", "ReductionCore", "ReductionXML", "ReductionTestSupport"]),
]

// One conformance suite over every sector (boundaries, coupling vocabulary, scaling); the
// SectorRegistry plugin lists the sector libraries it depends on (`registeredSectors`).
targets += [
    .plugin(name: "SectorRegistry", capability: .buildTool()),
    .testTarget(
        name: "SectorConformanceTests",
        dependencies: ["ReductionCore", "ReductionXML", "PlanCLI", "ReductionPlanKit", "ReductionTestSupport"]
            + (sectors + fixtureSectors).map { .target(name: $0.library) },
        plugins: [.plugin(name: "SectorRegistry")]
    ),
]

// Same language settings for every target (Swift 6 mode is the default with tools 6.0).
for target in targets where target.type != .system && target.type != .plugin {
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
        // `swift package generate-documentation` (DocC); a plugin only, nothing linked into the tools.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: targets
)
