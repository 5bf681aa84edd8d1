import PlanKit

/// `StandingCalculator`'s rules written as SQL over the task and status rows, so a store can count and
/// filter by standing without decoding a plan. Plain SQL (CASE, comparisons of ISO dates as text): the
/// day arithmetic is done here in Swift and passed as parameters, so the same text runs in SQLite and
/// PostgreSQL. `ListingEquivalenceTests` checks it against the calculator on generated and bundled plans.
///
/// The columns it reads: `yearly` (true, or 1 in SQLite, for yearly instances), `timeframe_kind`, `timeframe_start`,
/// `timeframe_end` of the task; `status`, `done_on` of the as-of day's status row (NULL when none).
enum StandingSQL {
    /// The values the expressions name, for one as-of day.
    struct Parameters {
        /// `:as_of`, the as-of day.
        var asOf: String
        /// `:year_end`, 31 December of the as-of year: a yearly task's instance is the as-of year's.
        var yearEnd: String
        /// `:due_soon_until`, the last deadline that is still "due soon" on the as-of day.
        var dueSoonUntil: String

        init(asOf: CalendarDate, calculator: StandingCalculator) {
            self.asOf = asOf.iso
            self.yearEnd = CalendarDate.lastDay(ofYear: asOf.year).iso
            self.dueSoonUntil = CalendarDate(dayNumber: asOf.dayNumber + calculator.dueSoonDays).iso
        }

        var named: [String: String] { ["as_of": asOf, "year_end": yearEnd, "due_soon_until": dueSoonUntil] }
    }

    /// Rule 2 and 3: the deadline, NULL where there is none.
    static func deadline(task t: String) -> String {
        """
        CASE WHEN \(t).yearly THEN
                 CASE WHEN \(t).timeframe_start > :year_end THEN NULL
                      WHEN \(t).timeframe_end < :year_end THEN \(t).timeframe_end
                      ELSE :year_end END
             WHEN \(t).timeframe_kind = '\(Timeframe.Kind.continuous.rawValue)' THEN NULL
             ELSE \(t).timeframe_end END
        """
    }

    /// A condition on the task alone that every task of `standing` meets, so a query can pass over the
    /// others before looking up their status; nil where there is none worth asking. Overdue needs a
    /// deadline before the as-of day, and every deadline is the end of the timeframe or 31 December of
    /// the as-of year, which no as-of day is after. The full `standing` expression still decides.
    static func necessary(for standing: Standing, task t: String) -> String? {
        switch standing {
        case .overdue: return "\(t).timeframe_end < :as_of"
        default: return nil
        }
    }

    /// Rules 1 and 4–7 over a row that has `status`, `done_on` and the `deadline` above.
    static func standing(row r: String) -> String {
        """
        CASE WHEN \(r).status = '\(TaskStatus.suspended.rawValue)' THEN '\(Standing.suspended.rawValue)'
             WHEN \(r).deadline IS NULL THEN '\(Standing.continuous.rawValue)'
             WHEN \(r).status = '\(TaskStatus.done.rawValue)' THEN
                 CASE WHEN \(r).done_on IS NULL OR \(r).done_on <= \(r).deadline THEN '\(Standing.doneOnTime.rawValue)'
                      ELSE '\(Standing.doneLate.rawValue)' END
             WHEN :as_of > \(r).deadline THEN '\(Standing.overdue.rawValue)'
             WHEN \(r).deadline <= :due_soon_until THEN '\(Standing.dueSoon.rawValue)'
             WHEN \(r).status = '\(TaskStatus.inProgress.rawValue)' THEN '\(Standing.inProgress.rawValue)'
             ELSE '\(Standing.notStarted.rawValue)' END
        """
    }
}
