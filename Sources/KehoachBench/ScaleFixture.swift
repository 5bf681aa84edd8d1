import Foundation
import PlanKit
import PlanStore

/// A store holding one synthetic plan of T tasks over 500 agencies, with statuses and history,
/// built through the real importer and the real store.
struct ScaleFixture {
    let directory: URL
    let databasePath: String
    let planID: String
    let taskCodes: [String]
    /// Tasks with a single status (not per year): what the edit benchmark changes.
    let singleStatusCodes: [String]

    /// The importer refuses texts over 32 MB, so a plan of 100,000 tasks is imported in chunks of
    /// published text and joined (as a ministry's consolidated list would be).
    static func plan(taskCount: Int, synthetic: SyntheticPlans, directory: AgencyDirectory) throws -> Plan {
        let chunk = 10_000
        var plan: Plan?
        var done = 0
        var part = 0
        while done < taskCount {
            let count = min(chunk, taskCount - done)
            var piece = try PlanImporter.importPlan(text: synthetic.planText(number: 7, taskCount: count),
                                                    directory: directory).plan
            // Group codes restart in each chunk: prefix them so codes stay unique.
            if part > 0 {
                for i in piece.groups.indices { piece.groups[i].code = "\(part)-\(piece.groups[i].code)" }
                for i in piece.tasks.indices {
                    piece.tasks[i].groupCode = "\(part)-\(piece.tasks[i].groupCode)"
                    piece.tasks[i].code = "\(part)-\(piece.tasks[i].code)"
                }
            }
            if plan == nil {
                plan = piece
            } else {
                plan?.groups += piece.groups
                plan?.tasks += piece.tasks
            }
            done += count
            part += 1
        }
        guard var result = plan else { throw BenchError("no tasks asked for") }
        result.sourceDigest = SHA256.hex(of: "synthetic-\(taskCount)")
        return result
    }

    static func make(taskCount: Int, synthetic: SyntheticPlans, directory: AgencyDirectory) throws -> ScaleFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-bench-\(taskCount)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kehoach.sqlite").path
        let plan = try plan(taskCount: taskCount, synthetic: synthetic, directory: directory)
        let store = try SQLiteStore(path: path)
        let outcome = try store.importPlan(plan, sourceText: "", by: "bench")
        // A tenth of the tasks have a status, some with a second change in their history.
        var rng = SplitMix64(seed: 99)
        let statuses: [TaskStatus] = [.inProgress, .done, .notStarted, .suspended]
        var changes: [StatusChange] = []
        for task in plan.tasks where rng.next(10) == 0 {
            let key = StatusKey(taskCode: task.code, year: task.timeframe.hasYearlyInstances ? 2026 : nil)
            let status = statuses[rng.next(statuses.count)]
            changes.append(StatusChange(key: key, status: status, progress: rng.next(101),
                                        note: "Đã báo cáo tại cuộc họp giao ban", 
                                        doneOn: status == .done ? CalendarDate(year: 2026, month: 6, day: 1 + rng.next(28)) : nil,
                                        basedOnVersion: 0))
        }
        if !changes.isEmpty { _ = try store.apply(changes, planID: outcome.planID, by: "bench") }
        return ScaleFixture(directory: folder, databasePath: path, planID: outcome.planID, taskCodes: plan.tasks.map(\.code),
                            singleStatusCodes: plan.tasks.filter { !$0.timeframe.hasYearlyInstances }.map(\.code))
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
