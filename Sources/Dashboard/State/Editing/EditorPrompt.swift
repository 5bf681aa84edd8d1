import PlanKit
import PlanStore

/// What the one-line editor is editing.
public enum EditorKind: Sendable, Hashable {
    case note, progress, doneDate
    /// Free text a pane edits in its own way (a result or a section of the report pane): `PaneModule.accept`.
    case pane(PaneMessage)

    /// Free text (a note, a result) is written on several lines; a number or a date on one.
    public var isMultiline: Bool {
        switch self {
        case .note, .pane: return true
        case .progress, .doneDate: return false
        }
    }
}

/// The editor over the footer (one line) or over the lower part of the pane (several), with the statuses
/// it will change when accepted.
public struct EditorPrompt: Sendable, Hashable {
    public var kind: EditorKind
    public var editor: LineEditor
    public var planID: String
    /// The statuses the accepted text goes to: the selected task's, the detail's, or every marked one.
    public var keys: [StatusKey]
    public var fromMarks: Bool
    /// The versions of `keys` when the editor opened (0 for a task with no record yet).
    public var versions: [StatusKey: Int]

    public init(kind: EditorKind, text: String, planID: String, keys: [StatusKey], fromMarks: Bool,
                versions: [StatusKey: Int] = [:]) {
        self.kind = kind
        // A date or a progress shown to be replaced: typing overwrites it; a note is corrected in place.
        self.editor = LineEditor(text: text, selected: !kind.isMultiline, multiline: kind.isMultiline)
        self.planID = planID
        self.keys = keys
        self.fromMarks = fromMarks
        self.versions = versions
    }
}

/// The status menu (`e`): every status choice with its key.
public struct StatusMenuState: Sendable, Hashable {
    public var selected: Int = 0

    public init(selected: Int = 0) { self.selected = selected }
}

/// The history overlay: one task's changes (`H`), or the whole plan's (`:history`); newest first.
public struct HistoryOverlay: Sendable, Equatable {
    /// nil for the whole plan.
    public var taskCode: String?
    /// nil while loading.
    public var entries: [HistoryEntry]?
    public var offset: Int = 0

    public init(taskCode: String?) { self.taskCode = taskCode }
}
