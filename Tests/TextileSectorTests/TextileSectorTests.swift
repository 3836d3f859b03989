import Testing
@testable import TextileSector
