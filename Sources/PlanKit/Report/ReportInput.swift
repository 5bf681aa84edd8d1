/// What a report is computed from: the plan and what people recorded about it. PlanKit knows no store,
/// so the store's history and target values arrive in these plain forms (PlanStore maps them).
public struct ReportInput: Sendable {
    public var planID: String
    public var plan: Plan
    public var statuses: [StatusKey: StatusRecord]
    /// Every status change, oldest first.
    public var changes: [StatusChangeRecord]
    public var recordedValues: [TargetValue]

    public init(planID: String, plan: Plan, statuses: [StatusKey: StatusRecord], changes: [StatusChangeRecord] = [],
                recordedValues: [TargetValue] = []) {
        self.planID = planID
        self.plan = plan
        self.statuses = statuses
        self.changes = changes
        self.recordedValues = recordedValues
    }
}

/// One line of a plan's status history, as the report lists it.
public struct StatusChangeRecord: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case edit, undo, redo, importPlan = "import" }

    public var key: StatusKey
    /// The local day the change was made.
    public var on: CalendarDate
    public var who: String
    public var kind: Kind
    /// nil where the task had no record before.
    public var from: TaskStatus?
    public var to: TaskStatus
    public var progress: Int?
    public var doneOn: CalendarDate?
    public var note: String?

    public init(key: StatusKey, on: CalendarDate, who: String, kind: Kind, from: TaskStatus?, to: TaskStatus,
                progress: Int? = nil, doneOn: CalendarDate? = nil, note: String? = nil) {
        self.key = key
        self.on = on
        self.who = who
        self.kind = kind
        self.from = from
        self.to = to
        self.progress = progress
        self.doneOn = doneOn
        self.note = note
    }
}
