import PlanStore

/// One saved batch and the plan it belongs to.
public struct AppliedChangesRecord: Sendable, Equatable {
    public var planID: String
    public var changes: AppliedChanges
}
