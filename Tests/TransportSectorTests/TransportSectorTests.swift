import Testing
@testable import TransportSector

