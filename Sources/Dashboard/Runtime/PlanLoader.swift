import Foundation
import PlanKit
import PlanStore

/// Reads a whole plan and builds its `LoadedPlan` (search keys, groups, standings) on a thread of its own,
/// while the run loop shows the plan's first page and keeps taking keys. The loop collects the result
/// with `take()` (or `wait()`); a loader whose result is no longer wanted is simply dropped.
final class PlanLoader: @unchecked Sendable {
    struct Finished {
        let planID: String
        /// The store's change token before the statuses were read: if it moved since, edits saved while
        /// the plan loaded are not in `document`'s statuses and must be read again.
        let token: Int64?
        let result: Result<LoadedPlan?, any Error>
    }

    let planID: String
    // `finished` is written once by the loading thread and taken by the run loop, under `lock`.
    private let lock = NSLock()
    private var finished: Finished?
    private let done = DispatchSemaphore(value: 0)

    init(store: any Store, planID: String, asOf: CalendarDate) {
        self.planID = planID
        let thread = Thread { [self] in
            let token = try? store.changeToken()
            let result = Result { () throws -> LoadedPlan? in
                guard let plan = try store.plan(id: planID) else { return nil }
                return LoadedPlan(id: planID, plan: plan, statuses: try store.statuses(planID: planID), asOf: asOf)
            }
            lock.withLock { finished = Finished(planID: planID, token: token, result: result) }
            done.signal()
        }
        // Building a 100,000-task plan's tables needs more than a secondary thread's default stack on some systems.
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// The result if the thread has finished; nil while it works. Given once.
    func take() -> Finished? {
        lock.withLock {
            defer { finished = nil }
            return finished
        }
    }

    /// Blocks until the thread has finished (a harness that wants the whole plan before it measures).
    func wait() -> Finished? {
        done.wait()
        done.signal()
        return take()
    }
}
