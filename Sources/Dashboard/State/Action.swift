import Foundation
import PlanKit
import PlanStore

/// Everything that can happen to the dashboard: keys, the terminal, and results of effects.
public enum Action: Sendable {
    case key(Key)
    case resize(TerminalSize)
    /// The input wait timed out; nothing happened.
    case tick
    /// The lazy panes, built off the run loop from the state of that edition (`DashboardApp.buildLazyPanes`).
    case lazyPanesBuilt(BuiltPanes)
    case started
    case plansLoaded([PlanSummary], lastViewed: String?)
    case planLoaded(id: String, Plan, statuses: [StatusKey: StatusRecord])
    /// The first tasks of a large plan, shown while the whole of it loads in the background.
    case firstPageLoaded(id: String, PlanFirstPage)
    /// The whole plan, its derived tables built off the run loop (see `PlanLoader`).
    case documentLoaded(LoadedPlan)
    case statusesLoaded(planID: String, [StatusKey: StatusRecord])
    case historyLoaded(planID: String, taskCode: String, [HistoryEntry])
    case changesApplied(planID: String, AppliedChanges)
    /// Another process committed to the store.
    case storeChanged
    /// Another process changed the store while a large plan loads: the statuses of its tasks, read again
    /// (the whole plan, when it arrives, reads them once more).
    case statusesChangedElsewhere(planID: String, [StatusKey: StatusRecord])
    /// The background load of a large plan failed: the first page stays on screen.
    case wholeLoadFailed(String)
    case storeFailed(String)
    /// The runtime's clock, reported on idle polls while rows are flashed and before a reload.
    case clock(Date)
    /// The user's editor closed: the text it left (nil when it could not run or failed).
    case externalEditDone(String?)
    /// An undo or redo this terminal asked for was saved.
    case replayApplied(planID: String, EditOperation, AppliedChanges)
    /// An edit (or undo, redo) was refused: the status moved on since this terminal read it.
    case editConflict(planID: String, EditOperation, key: StatusKey, current: StatusRecord)
    /// An edit (or undo, redo) could not be saved: read-only file, disk full, lock timeout.
    case editFailed(planID: String, EditOperation, reason: String)
    case planHistoryLoaded(planID: String, [HistoryEntry])
    /// The plan's source text (nil when the store keeps none).
    case sourceLoaded(planID: String, String?)
    /// The `:report` file was written (its path), or could not be (why).
    case reportWritten(path: String)
    case reportFailed(String)
    /// What the store or the file system answered a pane's own effect (`PaneModule.receive`).
    case pane(PaneAnswer)
}
