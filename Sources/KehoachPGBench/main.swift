import Foundation
import PlanKit
import PlanStore

// `make bench-pg`: the shared store under load (issue 13), against the throw-away loopback server that
// bench/pg/run.sh starts. Usage: KehoachPGBench URL [CLIENTS] [EDITS] [TASKS] [NOTICES]
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: KehoachPGBench postgres://… [clients] [edits] [tasks] [notices]\n".utf8))
    exit(2)
}
func argument(_ index: Int, _ fallback: Int) -> Int {
    arguments.count > index ? Int(arguments[index]).flatMap { $0 > 0 ? $0 : nil } ?? fallback : fallback
}
let clients = argument(2, 50), edits = argument(3, 200), taskCount = argument(4, 20), notices = argument(5, 200)

func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

do {
    let info = try PostgresConnectionInfo.parse(arguments[1], environment: ProcessInfo.processInfo.environment)
    let setup = try PostgresStore(info: info)
    let synthetic = SyntheticPlans(seed: 13, agencyCount: 50)
    let directory = synthetic.directory(extending: try AgencyDirectory.bundled())
    let plan = try synthetic.plan(taskCount: taskCount, directory: directory)
    let planID = try setup.importPlan(plan, sourceText: synthetic.planText(number: 1, taskCount: taskCount), by: "bench").planID
    // Overlapping on purpose: every client edits the same few tasks (yearly tasks in one year).
    let keys = plan.tasks.map { StatusKey(taskCode: $0.code, year: $0.timeframe.hasYearlyInstances ? 2026 : nil) }
    let historyBefore = try setup.history(planID: planID, taskCode: nil).count

    let load = try LoadRun(info: info, planID: planID, keys: keys, clients: clients, editsPerClient: edits).run()
    let history = try setup.history(planID: planID, taskCode: nil).dropFirst(historyBefore)
    let recorded = Set(history.filter { $0.kind == .edit }.map { "\($0.batch)|\($0.key.taskCode)|\($0.key.year ?? 0)|\($0.to.version)" })
    let lost = load.acknowledged.filter { !recorded.contains("\($0.batch)|\($0.key.taskCode)|\($0.key.year ?? 0)|\($0.version)") }
    let unacknowledged = history.count - load.acknowledged.count
    let delays = try NoticeRun(info: info, planID: planID, key: keys[0], samples: notices).run()
    setup.close()

    func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
    print("kehoach bench-pg: \(clients) clients × \(edits) status edits on \(keys.count) shared tasks, loopback server")
    print("  edits attempted            \(clients * edits)")
    print("  acknowledged               \(load.acknowledged.count)")
    print("  conflicts (refused, counted) \(load.conflicts)")
    print("  client failures            \(load.failures.count)")
    print("  acknowledged edits in history, lost: \(lost.count)")
    print("  history lines no client was told of: \(unacknowledged)")
    print("  edit latency p50 / p99     \(ms(percentile(load.latenciesMs, 0.5))) / \(ms(percentile(load.latenciesMs, 0.99)))")
    print("  throughput                 \(String(format: "%.0f", Double(clients * edits) / load.seconds)) edits/s over \(String(format: "%.1f", load.seconds)) s")
    print("  change-to-notice via NOTIFY (\(delays.count) samples) median / p99  \(ms(percentile(delays, 0.5))) / \(ms(percentile(delays, 0.99)))")
    for failure in load.failures.prefix(5) { print("  failure: \(failure)") }
    let attempted = load.acknowledged.count + load.conflicts
    if !lost.isEmpty || unacknowledged != 0 || !load.failures.isEmpty || attempted != clients * edits {
        print("FAILED: every acknowledged edit must be in the history, and nothing else")
        exit(1)
    }
} catch {
    FileHandle.standardError.write(Data("bench-pg failed: \(error)\n".utf8))
    exit(1)
}
