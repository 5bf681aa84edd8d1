import PlanKit

/// Statuses and history for a synthetic plan: a tenth of the tasks changed, deterministically from a seed.
public enum SyntheticStatuses {
    /// Applies the changes in one batch and returns how many tasks got a status.
    @discardableResult
    public static func populate(_ store: any Store, plan: Plan, planID: String, seed: UInt64 = 99) throws -> Int {
        var rng = SplitMix64(seed: seed)
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
        if !changes.isEmpty { _ = try store.apply(changes, planID: planID, by: "synthetic") }
        return changes.count
    }
}
