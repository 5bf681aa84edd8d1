import PlanKit

/// How the dashboard judges and shows standings: the rules are PlanKit's `StandingCalculator`,
/// shared with the commands and the report; this adds the order and colours of the screen.
public enum StandingRule {
    /// A deadline this close (in days) makes an unfinished task "due soon".
    public static let dueSoonDays = StandingCalculator.defaultDueSoonDays
    private static let calculator = StandingCalculator(dueSoonDays: dueSoonDays)

    public static func standing(of task: PlanTask, statuses: [StatusKey: StatusRecord], asOf: CalendarDate) -> Standing {
        calculator.standing(of: task, statuses: statuses, asOf: asOf)
    }

    /// Yearly tasks are judged by the record of the as-of year, others by their single record.
    public static func record(of task: PlanTask, statuses: [StatusKey: StatusRecord], asOf: CalendarDate) -> StatusRecord? {
        statuses[StatusKey.current(for: task, asOf: asOf)]
    }

    /// The deadline that counts on `asOf`: the period's end, or that of the as-of year's instance for yearly tasks.
    public static func deadline(of timeframe: Timeframe, asOf: CalendarDate) -> CalendarDate? {
        calculator.deadline(of: timeframe, instanceYear: asOf.year)
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
