import Foundation

/// Identifies one status: a task, and for yearly tasks the year it is for.
public struct StatusKey: Hashable, Sendable, Codable {
    public var taskCode: String
    /// Set for the per-year instances of yearly tasks ("hàng năm"); nil otherwise.
    public var year: Int?

    public init(taskCode: String, year: Int? = nil) {
        self.taskCode = taskCode
        self.year = year
    }
}

/// The recorded status of a task (or of one year of a yearly task).
public struct StatusRecord: Codable, Sendable, Equatable {
    public var key: StatusKey
    public var status: TaskStatus
    /// 0–100, where recorded.
    public var progress: Int?
    public var note: String?
    /// The day the task was done, for `done`.
    public var doneOn: CalendarDate?
    /// Increases by one on every change; a write based on an older version is a conflict.
    public var version: Int
    public var updatedBy: String?
    public var updatedAt: Date?

    public init(key: StatusKey, status: TaskStatus = .notStarted, progress: Int? = nil, note: String? = nil,
                doneOn: CalendarDate? = nil, version: Int = 0, updatedBy: String? = nil, updatedAt: Date? = nil) {
        self.key = key
        self.status = status
        self.progress = progress
        self.note = note
        self.doneOn = doneOn
        self.version = version
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }

    /// A task nobody has touched yet.
    public static func initial(_ key: StatusKey) -> StatusRecord { StatusRecord(key: key) }
}
