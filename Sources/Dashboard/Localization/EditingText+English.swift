import PlanKit

extension EditingText {
    public var english: String {
        func status(_ s: TaskStatus) -> String { UIText.taskStatusName(s, .en) }
        func tasks(_ n: Int) -> String { n == 1 ? "1 task" : "\(n) tasks" }
        switch self {
        case .command(let command):
            switch command {
            case .markDone: return "done (on the as-of date)"
            case .markDoneOn: return "done on a date…"
            case .markInProgress: return "in progress"
            case .markNotStarted: return "not started"
            case .markSuspended: return "suspended"
            case .setProgress: return "progress (0–100)…"
            case .editNote: return "note…"
            case .statusMenu: return "status"
            case .toggleMark: return "mark / unmark row"
            case .markAllVisible: return "mark all rows shown"
            case .undo: return "undo"
            case .redo: return "redo"
            case .taskHistory: return "task history"
            case .applyMineOnTop: return "apply mine on top"
            case .chooseMenuItem: return "choose"
            }
        case .helpTask: return "On the selected task (matrix, timeline, detail)"
        case .helpStatusMenu: return "Status menu"
        case .helpHistory: return "History"
        case .helpConflict: return "In a conflict (any other key drops your change)"
        case .taskCount(let n): return tasks(n)
        case .notePrompt(let what): return "Note \(what): "
        case .multilineHint: return "Enter new line · Ctrl-S save · Ctrl-G external editor · Esc cancel"
        case .progressPrompt(let what): return "Progress \(what) (0–100): "
        case .doneDatePrompt(let what): return "Done on \(what): "
        case .badProgress(let text): return "Progress is a number from 0 to 100, not “\(text)”"
        case .noTaskSelected: return "Select a task (or mark some with v)"
        case .nothingChanged: return "Nothing to change"
        case .marked(let n): return n == 0 ? "No task marked" : "\(tasks(n)) marked"
        case .marksInfo(let n): return "\(n) marked"
        case .saved(let what, let to): return "Saved \(what): \(to)"
        case .undone(let what, let to): return "Undone \(what): \(to)"
        case .redone(let what, let to): return "Redone \(what): \(to)"
        case .nothingToUndo: return "No change of this terminal left to undo"
        case .nothingToRedo: return "Nothing to redo"
        case .conflict(let what, let who, let s):
            return "Conflict: \(who) just changed \(what) to “\(status(s))”; nothing was saved"
        case .conflictHint: return "r: apply mine on top · any other key: drop it"
        case .confirmBulk(let count, let what): return "Change \(count) marked tasks to “\(what)”?"
        case .confirmHint: return "y or Enter: change them all · any other key: cancel (the marks stay)"
        case .bulkCancelled: return "Nothing changed; the marks stay"
        case .footerShort(let command):
            switch command {
            case .markDone: return "done"
            case .markInProgress: return "doing"
            case .markNotStarted: return "not started"
            case .markSuspended: return "suspended"
            case .statusMenu: return "more"
            default: return EditingText.command(command).english
            }
        case .externalEditorFailed: return "The editor ($VISUAL, $EDITOR or vi) did not run or failed; the note is unchanged"
        case .externalEditorDone: return "The editor's text is in the note: Enter saves it, Esc drops it"
        case .conflictDropped(let who): return "Your change was dropped; \(who)'s stays"
        case .replayConflict(let what, let who, let s):
            return "Cannot undo: \(who) changed \(what) to “\(status(s))”"
        case .saveFailed(let reason): return "Not saved: \(reason)"
        case .editableLegend(let mark, let agency?): return "\(mark) tasks \(agency) may edit; the others are read-only"
        case .editableLegend(_, nil): return "Read-only: this login may edit no task"
        case .readOnlyStore(let path): return "Read-only: \(path) cannot be written; changes will not be saved"
        case .changedElsewhere(let what, let who, let to): return "\(who) just changed \(what): \(to)"
        case .changedElsewhereMany(let n, let who): return "\(who) just changed \(tasks(n))"
        case .statusMenuTitle(let what): return "Status of \(what)"
        case .doneOnDate(let date): return "done, on \(date)"
        case .historyTaskTitle(let code): return "History of task \(code)"
        case .historyPlanTitle(let plan): return "History of plan \(plan)"
        case .summaryPlan(let count, let plan, let statuses):
            return "This session updated \(tasks(count)) of plan \(plan): \(statuses)."
        case .summaryStatusCount(let n, let s): return "\(n) \(status(s).lowercased())"
        case .summaryReplays(let undos, let redos):
            return "\(undos == 1 ? "1 undo" : "\(undos) undos"), \(redos == 1 ? "1 redo" : "\(redos) redos")."
        case .summaryNoNetChange: return "This session left nothing changed (every change was undone)."
        }
    }
}
