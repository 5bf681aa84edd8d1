/// Derives a task's `Standing` on an as-of day from its timeframe and recorded status.
///
/// The rules, in order:
/// 1. A suspended status is `.suspended`, whatever the deadline.
/// 2. A task without a deadline is `.continuous`: kind `continuous`, or any non-yearly timeframe
///    without an `end` (open-ended, unknown). It stays continuous whatever its status, because the
///    Government Office keeps such tasks outside the on-time percentage.
/// 3. Yearly tasks (`yearly`, `continuousYearly`) have one instance per year: the instance of year Y
///    (the status key's year, else the as-of year) is due 31 December of Y, or the timeframe's `end`
///    if that comes first. An instance year before the timeframe's start year has no deadline yet:
///    `.continuous`.
/// 4. Done: `.doneOnTime` when `doneOn` is on or before the deadline (the deadline day itself is on
///    time), else `.doneLate`. A done status without a date counts as on time: nothing says otherwise.
/// 5. Not done, as-of day after the deadline: `.overdue`.
/// 6. Not done, deadline within the due-soon window: `.dueSoon` — from the deadline day itself up to
///    `dueSoonDays` days before it, both ends included.
/// 7. Otherwise `.inProgress` for an in-progress status, `.notStarted` for no record or not started.
public struct StandingCalculator: Sendable, Equatable {
    /// Days before a deadline in which an unfinished task is "due soon".
    public var dueSoonDays: Int

    public static let defaultDueSoonDays = 30

    public init(dueSoonDays: Int = StandingCalculator.defaultDueSoonDays) {
        self.dueSoonDays = max(0, dueSoonDays)
    }

    /// The deadline of a task (of the given year's instance for yearly tasks), nil where there is none.
    public func deadline(of timeframe: Timeframe, instanceYear: Int) -> CalendarDate? {
        if timeframe.hasYearlyInstances {
            if let startYear = timeframe.start?.year, instanceYear < startYear { return nil }
            let yearEnd = CalendarDate.lastDay(ofYear: instanceYear)
            if let end = timeframe.end, end < yearEnd { return end }
            return yearEnd
        }
        if timeframe.kind == .continuous { return nil }
        return timeframe.end
    }

    public func standing(timeframe: Timeframe, record: StatusRecord?, asOf: CalendarDate) -> Standing {
        let status = record?.status ?? .notStarted
        if status == .suspended { return .suspended }
        let year = record?.key.year ?? asOf.year
        guard let deadline = deadline(of: timeframe, instanceYear: year) else { return .continuous }
        if status == .done {
            guard let doneOn = record?.doneOn else { return .doneOnTime }
            return doneOn <= deadline ? .doneOnTime : .doneLate
        }
        if asOf > deadline { return .overdue }
        if asOf.days(until: deadline) <= dueSoonDays { return .dueSoon }
        return status == .inProgress ? .inProgress : .notStarted
    }

    /// The standing of a task on a day, picking the status that applies: for yearly tasks, the
    /// instance of the as-of year.
    public func standing(of task: PlanTask, statuses: [StatusKey: StatusRecord], asOf: CalendarDate) -> Standing {
        let key = StatusKey.current(for: task, asOf: asOf)
        return standing(timeframe: task.timeframe, record: statuses[key], asOf: asOf)
    }
}

extension StatusKey {
    /// The status a task's standing is read from on a day: the as-of year's instance for yearly tasks.
    public static func current(for task: PlanTask, asOf: CalendarDate) -> StatusKey {
        StatusKey(taskCode: task.code, year: task.timeframe.hasYearlyInstances ? asOf.year : nil)
    }
}
