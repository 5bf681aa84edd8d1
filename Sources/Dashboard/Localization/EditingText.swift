import PlanKit

/// The editing catalogue (status keys, editor, undo, conflicts, history, the session summary), kept apart
/// from `UIText`'s own cases so the panes and editing work can grow their catalogues side by side.
public enum EditingText: Phrase, Hashable {
    case command(EditCommand)
    case helpTask, helpStatusMenu, helpHistory, helpConflict
    /// "1 nhiệm vụ", "3 tasks".
    case taskCount(Int)
    case notePrompt(String), progressPrompt(String), doneDatePrompt(String)
    /// The multi-line editor's keys, on the footer while it is open.
    case multilineHint
    case badProgress(String)
    case noTaskSelected
    case nothingChanged
    case marked(Int)
    case marksInfo(Int)
    case saved(String, String)
    case undone(String, String)
    case redone(String, String)
    case nothingToUndo, nothingToRedo
    case conflict(String, who: String, TaskStatus)
    case conflictHint
    case confirmBulk(Int, String), confirmHint, bulkCancelled
    case externalEditorFailed, externalEditorDone
    /// A status key's word in the footer ("xong", "tạm hoãn").
    case footerShort(EditCommand)
    case conflictDropped(String)
    case replayConflict(String, who: String, TaskStatus)
    case saveFailed(String)
    /// The store was opened read-only: said once, at the start.
    case readOnlyStore(path: String)
    /// What the mark before a code means when the login may edit only some tasks (nil agency: none).
    case editableLegend(mark: String, agency: String?)
    case changedElsewhere(String, who: String, String)
    case changedElsewhereMany(Int, who: String)
    case statusMenuTitle(String)
    case doneOnDate(String)
    case historyTaskTitle(String), historyPlanTitle(String)
    /// The session summary: tasks changed in a plan, their statuses ("2 Đã hoàn thành, 1 Tạm hoãn").
    case summaryPlan(tasks: Int, plan: String, statuses: String)
    case summaryStatusCount(Int, TaskStatus)
    case summaryReplays(undos: Int, redos: Int)
    case summaryNoNetChange
}

extension UIText {
    static func taskStatusName(_ status: TaskStatus, _ language: Language) -> String {
        UIText.taskStatus(status).text(language)
    }
}
