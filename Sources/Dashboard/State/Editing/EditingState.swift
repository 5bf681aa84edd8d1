import Foundation
import PlanKit
import PlanStore

/// Everything status editing remembers: marks, this terminal's undo and redo stacks, the edit waiting for
/// the store, a conflict waiting for the user, and the rows another terminal just changed.
public struct EditingState: Sendable {
    /// Codes of the marked tasks of the open plan (by code, so a reload keeps them).
    public var marks: Set<String> = []
    /// Batches this terminal saved (edits and redos), oldest first: `u` undoes the last of the open plan.
    public var undoStack: [EditStep] = []
    /// Undo batches this terminal saved, oldest first: Ctrl-R redoes the last of the open plan.
    public var redoStack: [EditStep] = []
    /// The edit sent to the store and not yet acknowledged.
    public var pending: PendingEdit?
    /// An edit the store refused because the task had moved on; the next key decides.
    public var conflict: EditConflict?
    /// A change to several marked tasks, waiting for the user's yes (asked once, before anything is saved).
    public var confirmation: PendingEdit?
    /// Task codes another terminal changed, and until when they are flashed.
    public var flashes: [String: Date] = [:]
    /// The runtime's clock, as of its last report.
    public var now: Date?
    /// Which tasks the store's login may change: others are refused before anything is sent.
    public var rights: EditRights = .everyTask

    public init() {}

    /// How long a row changed elsewhere stays marked.
    public static let flashSeconds: TimeInterval = 4
}

/// One saved batch of this terminal.
public struct EditStep: Sendable, Hashable {
    public var planID: String
    public var batch: Int64

    public init(planID: String, batch: Int64) {
        self.planID = planID
        self.batch = batch
    }
}

/// An edit on its way to the store: the intent and the statuses it is for.
public struct PendingEdit: Sendable, Hashable {
    public var planID: String
    public var intent: EditIntent
    public var keys: [StatusKey]
    /// The edit came from marks, which are cleared once it is saved.
    public var fromMarks: Bool
    /// The user said yes to changing several marked tasks at once.
    public var confirmed = false
    /// The versions the user saw when they began typing (an editor's text): the change is based on them,
    /// so a change saved meanwhile by another terminal is a conflict, never silently overwritten.
    public var basedOn: [StatusKey: Int]? = nil
}

/// The store said no: `key` was changed to `current` since this terminal read it.
public struct EditConflict: Sendable, Equatable {
    public var edit: PendingEdit
    public var key: StatusKey
    public var current: StatusRecord
}

/// Which store operation an edit effect was: results and failures name it.
public enum EditOperation: Sendable, Hashable {
    case apply
    case undo(batch: Int64)
    case redo(batch: Int64)
}
