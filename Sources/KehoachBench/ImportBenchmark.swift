import Foundation
import PlanKit

/// Import throughput of published plan text, in MB/s, on synthetic plans of several sizes.
enum ImportBenchmark {
    static func run(into report: inout Report, directory base: AgencyDirectory) throws {
        let synthetic = SyntheticPlans(seed: 42, agencyCount: 500)
        let directory = synthetic.directory(extending: base)
        for tasks in [1_000, 10_000] {
            let text = synthetic.planText(number: tasks, taskCount: tasks)
            let bytes = Double(text.utf8.count)
            var parsed = 0
            // One run first, uncounted: the first import also pays for one-time tables (folding, locale).
            _ = try PlanImporter.importPlan(text: text, directory: directory)
            let times = try Measure.samples(tasks >= 10_000 ? 5 : 15) { _ in
                parsed = try PlanImporter.importPlan(text: text, directory: directory).plan.tasks.count
            }
            precondition(parsed == tasks, "the synthetic plan must import whole")
            let mbPerSecond = bytes / 1_000_000 / (Measure.median(times) / 1000)
            report.add("import \(tasks) tasks (\(Int(bytes / 1000)) kB): throughput", mbPerSecond, "MB/s",
                       goal: ">= 20 MB/s", met: mbPerSecond >= 20)
        }
    }
}
