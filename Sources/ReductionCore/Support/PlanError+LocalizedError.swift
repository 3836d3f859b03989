public import Foundation

/// `error.localizedDescription` — what an app's alert shows — is the full
/// `file:line:column: key.path: message` text, not Foundation's generic
/// "The operation could not be completed".
extension PlanError: LocalizedError {
    /// The same text as ``description``.
    public var errorDescription: String? { description }
}
