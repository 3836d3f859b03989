import Testing
@testable import WasteSortingSector

