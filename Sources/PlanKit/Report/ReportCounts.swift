/// Tasks by standing, in the Government Office's categories, with the overdue ratio.
///
/// The categories partition the tasks: `total` is their sum. An unfinished task whose deadline is
/// within the due-soon window counts as due soon, not as in progress or not started.
///
/// Overdue ratio = overdue ÷ tasks with a deadline, where tasks with a deadline are all tasks except
/// continuous ones (no deadline) and suspended ones (the deadline no longer binds). Tasks done late
/// are not overdue: they are done. nil when no task has a deadline.
public struct ReportCounts: Codable, Sendable, Equatable {
    public var total = 0
    public var doneOnTime = 0
    public var doneLate = 0
    public var inProgress = 0
    public var dueSoon = 0
    public var overdue = 0
    public var notStarted = 0
    public var continuous = 0
    public var suspended = 0
    /// The overdue ratio's denominator.
    public var withDeadline = 0
    /// overdue ÷ withDeadline, 0…1.
    public var overdueRatio: Double?

    public init() {}

    public init<S: Sequence>(_ standings: S) where S.Element == Standing {
        for standing in standings { add(standing) }
    }

    public mutating func add(_ standing: Standing) {
        total += 1
        switch standing {
        case .doneOnTime: doneOnTime += 1
        case .doneLate: doneLate += 1
        case .inProgress: inProgress += 1
        case .dueSoon: dueSoon += 1
        case .overdue: overdue += 1
        case .notStarted: notStarted += 1
        case .continuous: continuous += 1
        case .suspended: suspended += 1
        }
        withDeadline = total - continuous - suspended
        overdueRatio = withDeadline > 0 ? Double(overdue) / Double(withDeadline) : nil
    }

    public subscript(_ standing: Standing) -> Int {
        switch standing {
        case .doneOnTime: return doneOnTime
        case .doneLate: return doneLate
        case .inProgress: return inProgress
        case .dueSoon: return dueSoon
        case .overdue: return overdue
        case .notStarted: return notStarted
        case .continuous: return continuous
        case .suspended: return suspended
        }
    }

    /// The order the report's tables list the categories in: done first, as the Government Office's forms do.
    public static let columns: [Standing] = [
        .doneOnTime, .doneLate, .inProgress, .dueSoon, .overdue, .notStarted, .continuous, .suspended,
    ]
}
