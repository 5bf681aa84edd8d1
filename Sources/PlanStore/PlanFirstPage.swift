import PlanKit

/// The beginning of a plan, enough to draw its first screen while the rest loads: the plan with its
/// identity, objectives, groups and first tasks (no duties, reporting or footnotes), how many tasks the
/// whole plan has, and the statuses of the tasks given.
public struct PlanFirstPage: Sendable {
    public var plan: Plan
    public var taskCount: Int
    public var statuses: [StatusKey: StatusRecord]

    public init(plan: Plan, taskCount: Int, statuses: [StatusKey: StatusRecord]) {
        self.plan = plan
        self.taskCount = taskCount
        self.statuses = statuses
    }

    /// Whether this is the whole plan (it had no more tasks than asked for).
    public var isWhole: Bool { plan.tasks.count == taskCount }

    /// Cut from a whole plan: what a store without a quicker way answers.
    public init(whole plan: Plan, statuses: [StatusKey: StatusRecord], taskLimit: Int) {
        let count = plan.tasks.count
        guard count > taskLimit else {
            self.init(plan: plan, taskCount: count, statuses: statuses)
            return
        }
        var first = plan
        first.tasks = Array(plan.tasks.prefix(max(0, taskLimit)))
        first.duties = []
        first.reporting = []
        first.footnotes = []
        let codes = Set(first.tasks.map(\.code))
        self.init(plan: first, taskCount: count, statuses: statuses.filter { codes.contains($0.key.taskCode) })
    }
}

extension Store {
    /// The default: the whole plan read, then cut.
    public func firstPage(planID: String, taskLimit: Int) throws -> PlanFirstPage? {
        guard let plan = try plan(id: planID) else { return nil }
        return PlanFirstPage(whole: plan, statuses: try statuses(planID: planID), taskLimit: taskLimit)
    }
}
