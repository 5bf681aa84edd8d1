/// What people record about a task.
public enum TaskStatus: String, Codable, Sendable, CaseIterable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done
    case suspended
}

/// What a task's status means on a given day, in the Government Office's categories.
public enum Standing: String, Codable, Sendable, CaseIterable {
    case doneOnTime = "done-on-time"
    case doneLate = "done-late"
    case inProgress = "in-progress"   // within its deadline
    case dueSoon = "due-soon"         // not done, deadline within the due-soon window
    case overdue
    case notStarted = "not-started"
    case continuous                   // no deadline: outside the on-time percentage
    case suspended
}
