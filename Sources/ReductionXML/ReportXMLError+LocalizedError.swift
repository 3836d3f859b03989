public import Foundation

/// `error.localizedDescription` is the message with its file and libxml2 lines, not
/// Foundation's generic "The operation could not be completed".
extension ReportXMLError: LocalizedError {
    /// The same text as ``description``.
    public var errorDescription: String? { description }
}
