import PlanKit
import PlanStore

/// Everything that can happen to the dashboard: keys, the terminal, and results of effects.
public enum Action: Sendable {
    case key(Key)
    case resize(TerminalSize)
    /// The input wait timed out; nothing happened.
    case tick
    case started
    case plansLoaded([PlanSummary], lastViewed: String?)
    case planLoaded(id: String, Plan, statuses: [StatusKey: StatusRecord])
    case statusesLoaded(planID: String, [StatusKey: StatusRecord])
    case historyLoaded(planID: String, taskCode: String, [HistoryEntry])
    case changesApplied(planID: String, AppliedChanges)
    /// Another process committed to the store.
    case storeChanged
    case storeFailed(String)
    /// The `:report` file was written (its path), or could not be (why).
    case reportWritten(path: String)
    case reportFailed(String)
}
