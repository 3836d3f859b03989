// FuzzDriver: runs fuzz cases through the sector tools' own command code (`PlanTool.execute`,
// the function behind every `<sector>-plan` executable), in one process, so a case costs the
// work of `report`/`validate` and not a process start. Driven by `Fuzz/fuzz.py --driver`:
//
//   FuzzDriver plans|reports SECTOR MANIFEST WORKDIR [TIMEOUT_SECONDS]
//
// MANIFEST has one case a line: `<id>\t<file>\t<draws>`. For each case the driver
//   1. writes `<id>` to WORKDIR/current (so the parent names the case when a trap kills us),
//   2. points standard error at WORKDIR/case.err (standard output goes to /dev/null),
//   3. runs `report <file> -o WORKDIR/out --no-charts [--draws N]` (plans) or
//      `validate <file>` (reports) and appends `<id>\t<exit code>\t<seconds>` to WORKDIR/results;
//      an exit other than 0/65 keeps its standard error as WORKDIR/err-<id>.
// A watchdog thread ends the process with exit 3 (after appending `<id>\thang\t<seconds>`) when
// a case has used more than TIMEOUT_SECONDS (default 10) of CPU time, or 12 times that of
// wall-clock time. The driver exits 0 after the last case, 2 on a usage error.
import Foundation
import PlanCLI
import ReductionCore
import TransportSector
import WasteSortingSector
import ThermalPowerSector
import TextileSector
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let tools: [String: (model: any SectorModel, name: String)] = [
    "transport": (TransportModel(), "transport-plan"),
    "waste": (WasteSortingModel(), "waste-plan"),
    "power": (ThermalPowerModel(), "power-plan"),
    "textile": (TextileModel(), "textile-plan"),
]

func seconds(_ clock: clockid_t) -> Double {
    var now = timespec()
    clock_gettime(clock, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Appends one line to a file descriptor with one `write` (survives a trap that follows).
func append(_ line: String, to fd: Int32) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
}

/// The running case, read by the watchdog thread.
final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (id: String, cpu: Double, wall: Double)?
    func begin(_ id: String) {
        lock.lock(); current = (id, seconds(CLOCK_PROCESS_CPUTIME_ID), seconds(CLOCK_MONOTONIC)); lock.unlock()
    }
    func end() { lock.lock(); current = nil; lock.unlock() }
    func running() -> (id: String, cpu: Double, wall: Double)? {
        lock.lock(); defer { lock.unlock() }
        guard let current else { return nil }
        return (current.id, seconds(CLOCK_PROCESS_CPUTIME_ID) - current.cpu, seconds(CLOCK_MONOTONIC) - current.wall)
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("FuzzDriver: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 5, ["plans", "reports"].contains(arguments[1]), let tool = tools[arguments[2]] else {
    fail("usage: FuzzDriver plans|reports SECTOR MANIFEST WORKDIR [TIMEOUT_SECONDS]")
}
let target = arguments[1]
let workdir = arguments[4]
let timeout = arguments.count > 5 ? (Double(arguments[5]) ?? 10) : 10
guard let manifest = try? String(contentsOfFile: arguments[3], encoding: .utf8) else { fail("cannot read \(arguments[3])") }
let cases: [(id: String, path: String, draws: Int)] = manifest.split(separator: "\n").compactMap { line in
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count == 3, let draws = Int(fields[2]) else { return nil }
    return (String(fields[0]), String(fields[1]), draws)
}
let results = open(workdir + "/results", O_WRONLY | O_CREAT | O_APPEND, 0o644)
guard results >= 0 else { fail("cannot open \(workdir)/results") }
let devNull = open("/dev/null", O_WRONLY)
dup2(devNull, 1)

let watch = Watch()
let watchdog = Thread {
    while true {
        Thread.sleep(forTimeInterval: 0.25)
        if let (id, cpu, wall) = watch.running(), cpu > timeout || wall > 12 * timeout {
            append("\(id)\thang\t\(String(format: "%.2f", wall))", to: results)
            _exit(3)
        }
    }
}
watchdog.start()

let output = workdir + "/out"
let errPath = workdir + "/case.err"
for item in cases {
    try? item.id.write(toFile: workdir + "/current", atomically: false, encoding: .utf8)
    let err = open(errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if err >= 0 { dup2(err, 2); close(err) }
    var command = target == "plans" ? ["report", item.path, "-o", output, "--no-charts"] : ["validate", item.path]
    if target == "plans", item.draws > 0 { command += ["--draws", String(item.draws)] }
    watch.begin(item.id)
    let start = seconds(CLOCK_MONOTONIC)
    let code = PlanTool.execute(tool.model, commandName: tool.name, arguments: command)
    let elapsed = seconds(CLOCK_MONOTONIC) - start
    watch.end()
    fflush(nil)
    append("\(item.id)\t\(code)\t\(String(format: "%.3f", elapsed))", to: results)
    if code != 0 && code != 65 { rename(errPath, workdir + "/err-\(item.id)") }
    try? FileManager.default.removeItem(atPath: output)
}
exit(0)
