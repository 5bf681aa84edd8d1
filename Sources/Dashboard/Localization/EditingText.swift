import PlanKit

/// The editing catalogue (status keys, editor, undo, conflicts, history, the session summary), kept apart
/// from `UIText`'s own cases so the panes and editing work can grow their catalogues side by side.
public enum EditingText: PhraseCatalogue, Hashable {
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

    /// Each case once (each value of an enum it names), with distinct sample values, for the test that walks
    /// the catalogues.
    public static var everyPhrase: [EditingText] {
        [.helpTask,
         .helpStatusMenu,
         .helpHistory,
         .helpConflict,
         .taskCount(7702),
         .notePrompt("⟨notePrompt0⟩"),
         .progressPrompt("⟨progressPrompt0⟩"),
         .doneDatePrompt("⟨doneDatePrompt0⟩"),
         .multilineHint,
         .badProgress("⟨badProgress0⟩"),
         .noTaskSelected,
         .nothingChanged,
         .marked(7707),
         .marksInfo(7708),
         .saved("⟨saved0⟩", "⟨saved1⟩"),
         .undone("⟨undone0⟩", "⟨undone1⟩"),
         .redone("⟨redone0⟩", "⟨redone1⟩"),
         .nothingToUndo,
         .nothingToRedo,
         .conflictHint,
         .confirmBulk(7718, "⟨confirmBulk1⟩"),
         .confirmHint,
         .bulkCancelled,
         .externalEditorFailed,
         .externalEditorDone,
         .conflictDropped("⟨conflictDropped0⟩"),
         .saveFailed("⟨saveFailed0⟩"),
         .readOnlyStore(path: "⟨path⟩"),
         .editableLegend(mark: "⟨mark⟩", agency: "⟨agency⟩"),
         .changedElsewhere("⟨changedElsewhere0⟩", who: "⟨who⟩", "⟨changedElsewhere2⟩"),
         .changedElsewhereMany(7732, who: "⟨who⟩"),
         .statusMenuTitle("⟨statusMenuTitle0⟩"),
         .doneOnDate("⟨doneOnDate0⟩"),
         .historyTaskTitle("⟨historyTaskTitle0⟩"),
         .historyPlanTitle("⟨historyPlanTitle0⟩"),
         .summaryPlan(tasks: 7738, plan: "⟨plan⟩", statuses: "⟨statuses⟩"),
         .summaryReplays(undos: 7743, redos: 7744),
         .summaryNoNetChange]
            + EditCommand.allCases.map { EditingText.command($0) }
            + TaskStatus.allCases.map { EditingText.conflict("⟨conflict0⟩", who: "⟨who⟩", $0) }
            + EditCommand.allCases.map { EditingText.footerShort($0) }
            + TaskStatus.allCases.map { EditingText.replayConflict("⟨replayConflict0⟩", who: "⟨who⟩", $0) }
            + TaskStatus.allCases.map { EditingText.summaryStatusCount(7741, $0) }
    }
}

extension UIText {
    static func taskStatusName(_ status: TaskStatus, _ language: Language) -> String {
        UIText.taskStatus(status).text(language)
    }
}
