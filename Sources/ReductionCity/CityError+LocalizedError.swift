public import Foundation

extension CityError: CustomStringConvertible, LocalizedError {
    /// What went wrong, in the words the `city-plan` tool prints.
    public var description: String {
        switch self {
        case let .notConverged(iterations, residual):
            "the electricity coupling did not converge in \(iterations) iterations (residual \(residual) tCO2/MWh)"
        case let .missingInput(sector, key):
            "the \(sector) plan has no input '\(key)' the city must set"
        }
    }

    /// The same text as ``description`` (what `localizedDescription` shows).
    public var errorDescription: String? { description }
}
