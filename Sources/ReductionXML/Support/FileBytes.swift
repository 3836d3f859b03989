internal import ReductionSystem

/// Reads a whole file, refusing it before reading when it is not a regular file (a FIFO is
/// never waited on) or is larger than `maxBytes`.
enum FileBytes {
    static func read(path: String, maxBytes: Int) throws(ReportXMLError) -> [UInt8] {
        do { return try RegularFile.read(path, maxBytes: maxBytes) } catch { throw ReportXMLError(reading: error) }
    }
}
