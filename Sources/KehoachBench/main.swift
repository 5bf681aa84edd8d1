import Foundation
import PlanKit

// `make bench`: the figures issue 8 asks for, each beside its goal. Release build only.
var report = Report()
print("kehoach benchmarks (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
do {
    let directory = try AgencyDirectory.bundled()
    try ImportBenchmark.run(into: &report, directory: directory)
    try RealDocumentBenchmark.run(into: &report, directory: directory)
    let synthetic = SyntheticPlans(seed: 42, agencyCount: 500)
    let scaled = synthetic.directory(extending: directory)
    let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }.filter { $0 > 0 }
    for taskCount in sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes {
        var fixture: ScaleFixture?
        let build = try Measure.milliseconds {
            fixture = try ScaleFixture.make(taskCount: taskCount, synthetic: synthetic, directory: scaled)
        }
        guard let fixture else { continue }
        defer { fixture.remove() }
        report.add("\(taskCount / 1000)k: build the store (import + statuses)", build, "ms")
        try DashboardBenchmark.run(taskCount: taskCount, fixture: fixture, into: &report)
        try ColdStartBenchmark.run(label: "\(taskCount / 1000)k", databasePath: fixture.databasePath, into: &report)
    }
    // This process built every fixture as well: its peak is not the dashboard's (see the cold-start rows).
    report.add("peak resident memory of the benchmark process", Measure.peakResidentMB(), "MB")
    report.printTable()
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
