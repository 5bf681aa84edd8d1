import Foundation
import PlanKit

// `make bench`: the figures issue 8 asks for, each beside its goal. Release build only.
var report = Report()
print("kehoach benchmarks (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
do {
    let directory = try AgencyDirectory.bundled()
    try ImportBenchmark.run(into: &report, directory: directory)
    report.add("peak resident memory", Measure.peakResidentMB(), "MB", goal: "< 150 MB", met: Measure.peakResidentMB() < 150)
    report.printTable()
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
