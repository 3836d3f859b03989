import Foundation
import PlanCLI
import ReductionCore
import TextileSector
import TransportSector
import ThermalPowerSector
import WasteSortingSector

/// Every sector model with its tool name, for tests that run all four the same way.
struct SectorCase: Sendable, CustomTestStringConvertible {
    var model: any SectorModel
    var tool: String
    var testDescription: String { tool }
}

let allSectors: [SectorCase] = [
    SectorCase(model: TransportModel(), tool: "transport-plan"),
    SectorCase(model: TextileModel(), tool: "textile-plan"),
    SectorCase(model: WasteSortingModel(), tool: "waste-plan"),
    SectorCase(model: ThermalPowerModel(), tool: "power-plan"),
]

extension SectorCase {
    /// Runs one command line of this sector's tool in process and returns its exit code. The
    /// tool's text goes into `capture` (a fresh one by default), never to the test runner's
    /// output; `environment` replaces the process's for the variables the commands read.
    @discardableResult
    func execute(_ arguments: [String], into capture: CapturedToolOutput = CapturedToolOutput(),
                 environment: [String: String]? = nil) -> Int32 {
        PlanTool.execute(model, commandName: tool, arguments: arguments, output: capture.sink, environment: environment)
    }
}

/// A fresh empty folder under the system temporary folder.
func temporaryFolder(_ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("reductionplan-\(name.filter(\.isLetter))-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The repository root (two folders above this file's folder).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

import Testing
