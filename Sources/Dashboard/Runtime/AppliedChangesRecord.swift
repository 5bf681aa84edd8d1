import PlanStore

/// One saved batch and the plan it belongs to.
public struct AppliedChangesRecord: Sendable, Equatable {
    public var planID: String
    public var changes: AppliedChanges
    /// An edit, or this terminal's undo or redo of one.
    public var kind: HistoryEntry.Kind = .edit
}
