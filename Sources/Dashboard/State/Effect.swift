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
    /// Ctrl-Z: back to the shell until `fg`; the runtime reports the size on return, so all is redrawn.
    case suspend
    /// Ctrl-G in the note editor: the text in the user's $VISUAL or $EDITOR; comes back as `externalEditDone`.
    case editExternally(String)
    /// Reverts one of this terminal's batches, or re-applies one it undid (the store records both).
    case undo(batch: Int64, planID: String)
    case redo(batch: Int64, planID: String)
    case loadPlanHistory(planID: String)
    /// `:source`: the text the plan was imported from; comes back as `sourceLoaded`.
    case loadSource(planID: String)
    /// `:report`: write the report on a plan as of a day to a Markdown file named after both.
    case writeReport(planID: String, asOf: CalendarDate)
    /// A pane's own store or file work, performed by its module on the runtime (`PaneModule.run`).
    case pane(PaneMessage)
}
