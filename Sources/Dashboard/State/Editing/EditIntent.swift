import PlanKit
import PlanStore

/// What the user asked for, apart from the version it was read at: "done on this day", "progress 40",
/// "this note". Kept so that a conflicting edit can be re-issued on top of the other terminal's change.
public enum EditIntent: Sendable, Hashable {
    case status(TaskStatus, doneOn: CalendarDate?)
    case progress(Int)
    /// nil clears the note.
    case note(String?)

    /// The change that carries this intent onto `current` (nil for a task never touched), or nil when it
    /// would change nothing: a no-op is not worth a line of history.
    public func change(for key: StatusKey, current: StatusRecord?) -> StatusChange? {
        let base = current ?? .initial(key)
        var next = base
        switch self {
        case .status(let status, let doneOn):
            next.status = status
            next.doneOn = status == .done ? doneOn : nil
            // As `kehoach status set` does: done is 100%; not started has no progress.
            if status == .done { next.progress = 100 }
            if status == .notStarted { next.progress = nil }
        case .progress(let value):
            next.progress = value
            if next.status == .notStarted, value > 0 { next.status = .inProgress }
        case .note(let text):
            next.note = text.flatMap { $0.isEmpty ? nil : $0 }
        }
        if next.status == base.status, next.progress == base.progress, next.note == base.note, next.doneOn == base.doneOn {
            return nil
        }
        return StatusChange(key: key, status: next.status, progress: next.progress, note: next.note, doneOn: next.doneOn,
                            basedOnVersion: current?.version ?? 0)
    }
}
