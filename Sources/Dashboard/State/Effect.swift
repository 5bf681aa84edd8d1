import PlanKit
import PlanStore

/// What update asks the runtime to do; results come back as actions.
public enum Effect: Sendable, Equatable {
    case loadPlanList
    case loadPlan(id: String)
    case loadStatuses(planID: String)
    case loadHistory(planID: String, taskCode: String)
    case rememberLastPlan(id: String)
    /// Status edits (the editing keys come with the next issue; the runtime already performs them).
    case apply([StatusChange], planID: String)
    case quit
    /// `:report`: write the report on a plan as of a day to a Markdown file named after both.
    case writeReport(planID: String, asOf: CalendarDate)
}
