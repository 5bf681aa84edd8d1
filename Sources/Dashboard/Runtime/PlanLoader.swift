import Foundation
import PlanKit
import PlanStore

/// Reads a whole plan and builds its `LoadedPlan` (search keys, groups, standings) on a thread of its own,
/// while the run loop shows the plan's first page and keeps taking keys. The loop collects the result
/// with `take()` (or `wait()`); a loader whose result is no longer wanted is simply dropped.
final class PlanLoader: Sendable {
    struct Finished: Sendable {
        let planID: String
        /// The store's change token before the statuses were read: if it moved since, edits saved while
        /// the plan loaded are not in `document`'s statuses and must be read again.
        let token: Int64?
        let result: Result<LoadedPlan?, any Error>
    }

    let planID: String
    private let work: BackgroundWork<Finished>

    init(store: any Store, planID: String, asOf: CalendarDate) {
        self.planID = planID
        work = BackgroundWork {
            let token = try? store.changeToken()
            let result = Result { () throws -> LoadedPlan? in
                guard let plan = try store.plan(id: planID) else { return nil }
                return LoadedPlan(id: planID, plan: plan, statuses: try store.statuses(planID: planID), asOf: asOf)
            }
            return Finished(planID: planID, token: token, result: result)
        }
    }

    /// The result if the thread has finished; nil while it works. Given once.
    func take() -> Finished? { work.take() }

    /// Blocks until the thread has finished (a harness that wants the whole plan before it measures).
    func wait() -> Finished? { work.wait() }
}
