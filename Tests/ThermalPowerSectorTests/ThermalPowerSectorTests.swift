import Testing
@testable import ThermalPowerSector

