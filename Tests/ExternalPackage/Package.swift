// swift-tools-version: 6.0
// A separate package that uses ReductionPlan as a library, by path, the way another Swift
// tool would (issue 21): load a plan, edit a measure into an invalid state and get the
// validation error, evaluate a valid edit, write the XML and JSON, read the XML back.
// `.ci/run` builds and runs it with its own scratch path.
import PackageDescription

// A path dependency's identity is its folder's name (`ReductionPlan`, or a worktree's name).
let root = Context.packageDirectory + "/../.."
let project = String(Context.packageDirectory.split(separator: "/").dropLast(2).last ?? "ReductionPlan")

let package = Package(
    name: "ExternalPackage",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root)],
    targets: [
        .executableTarget(
            name: "ExternalCheck",
            dependencies: [
                .product(name: "ReductionCore", package: project),
                .product(name: "ReductionXML", package: project),
                .product(name: "ReductionPlanKit", package: project),
                .product(name: "TransportSector", package: project),
            ]
        ),
    ]
)
