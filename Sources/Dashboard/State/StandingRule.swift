import PlanKit

/// The one place the dashboard derives a task's standing. A parallel PlanKit change brings the official
/// calculation; when it lands, this enum's `standing` forwards to it and nothing else changes.
public enum StandingRule {
    /// A deadline this close (in days) makes an unfinished task "due soon".
    public static let dueSoonDays = 30

    public static func standing(of task: PlanTask, statuses: [StatusKey: StatusRecord], asOf: CalendarDate) -> Standing {
        let record = self.record(of: task, statuses: statuses, asOf: asOf)
        let status = record?.status ?? .notStarted
        if status == .suspended { return .suspended }
        let deadline = self.deadline(of: task.timeframe, asOf: asOf)
        if status == .done {
            if let deadline, let doneOn = record?.doneOn, doneOn > deadline { return .doneLate }
            return .doneOnTime
        }
        switch task.timeframe.kind {
        case .continuous, .continuousYearly: return .continuous
        default: break
        }
        guard let deadline else { return status == .inProgress ? .inProgress : .notStarted }
        if asOf > deadline { return .overdue }
        if asOf.days(until: deadline) <= dueSoonDays { return .dueSoon }
        return status == .inProgress ? .inProgress : .notStarted
    }

    /// Yearly tasks are judged by the record of the as-of year, others by their single record.
    public static func record(of task: PlanTask, statuses: [StatusKey: StatusRecord], asOf: CalendarDate) -> StatusRecord? {
        if task.timeframe.hasYearlyInstances {
            return statuses[StatusKey(taskCode: task.code, year: asOf.year)]
        }
        return statuses[StatusKey(taskCode: task.code)]
    }

    /// The deadline that counts on `asOf`: the period's end, or 31 December of the as-of year for yearly tasks.
    public static func deadline(of timeframe: Timeframe, asOf: CalendarDate) -> CalendarDate? {
        switch timeframe.kind {
        case .yearly, .continuousYearly: return CalendarDate.lastDay(ofYear: asOf.year)
        case .continuous: return nil
        default: return timeframe.end
        }
    }

    /// Worst first: the order a meeting wants to see standings in.
    public static let severityOrder: [Standing] = [
        .overdue, .dueSoon, .notStarted, .inProgress, .doneLate, .doneOnTime, .continuous, .suspended,
    ]

    public static func severity(_ standing: Standing) -> Int {
        severityOrder.firstIndex(of: standing) ?? severityOrder.count
    }

    /// The style role that colours a standing everywhere.
    public static func role(_ standing: Standing) -> StyleRole {
        switch standing {
        case .doneOnTime: return .doneOnTime
        case .doneLate: return .doneLate
        case .inProgress: return .inProgress
        case .dueSoon: return .dueSoon
        case .overdue: return .overdue
        case .notStarted: return .notStarted
        case .continuous: return .continuous
        case .suspended: return .suspended
        }
    }
}
