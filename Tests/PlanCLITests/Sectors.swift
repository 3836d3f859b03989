import Foundation
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
