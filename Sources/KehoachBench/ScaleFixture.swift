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

    static func make(taskCount: Int, synthetic: SyntheticPlans, directory: AgencyDirectory) throws -> ScaleFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-bench-\(taskCount)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kehoach.sqlite").path
        let plan = try synthetic.plan(taskCount: taskCount, directory: directory)
        let store = try SQLiteStore(path: path)
        let outcome = try store.importPlan(plan, sourceText: "", by: "bench")
        try SyntheticStatuses.populate(store, plan: plan, planID: outcome.planID)
        return ScaleFixture(directory: folder, databasePath: path, planID: outcome.planID, taskCodes: plan.tasks.map(\.code),
                            singleStatusCodes: plan.tasks.filter { !$0.timeframe.hasYearlyInstances }.map(\.code))
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
