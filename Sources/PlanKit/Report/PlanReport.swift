import Foundation

/// The yearly report on a plan, computed for an as-of day: what the renderers print and the JSON form.
public struct PlanReport: Codable, Sendable, Equatable {
    public struct Header: Codable, Sendable, Equatable {
        public var id: String
        public var number: String?
        public var date: CalendarDate?
        public var issuer: String
        public var title: String
    }

    /// An agency as the plan prints it, and who carries its duties on the as-of day if someone else does.
    public struct AgencyName: Codable, Sendable, Equatable, Hashable {
        public var printed: String
        public var successor: String?
        public var successorSince: CalendarDate?
    }

    public struct AgencyLine: Codable, Sendable, Equatable {
        public var agency: AgencyName
        public var lead: ReportCounts
        public var cooperating: ReportCounts
    }

    public struct GroupLine: Codable, Sendable, Equatable {
        public var code: String
        public var title: String
        public var counts: ReportCounts
    }

    /// An overdue or due-soon task.
    public struct TaskLine: Codable, Sendable, Equatable {
        public var code: String
        /// The instance's year, for yearly tasks.
        public var year: Int?
        public var text: String
        public var lead: [AgencyName]
        public var timeframe: String
        public var deadline: CalendarDate
        /// Days from the deadline to the as-of day: positive when overdue, negative while days are left.
        public var daysPastDeadline: Int
        public var status: TaskStatus
        public var progress: Int?
        public var note: String?
    }

    public struct ChangeLine: Codable, Sendable, Equatable {
        public var on: CalendarDate
        public var who: String
        public var kind: StatusChangeRecord.Kind
        public var code: String
        public var year: Int?
        public var from: TaskStatus?
        public var to: TaskStatus
        public var progress: Int?
        public var doneOn: CalendarDate?
        public var note: String?
    }

    public struct ChangeSummary: Codable, Sendable, Equatable {
        public var changes: Int
        /// Distinct tasks (yearly instances counted apart) changed in the year.
        public var tasks: Int
        /// Tasks whose recorded completion day falls in the year.
        public var doneInYear: Int
    }

    public struct TargetLine: Codable, Sendable, Equatable {
        public var objectiveIndex: Int
        public var targetIndex: Int
        public var heading: String
        public var objective: String
        public var target: Target
        /// The value recorded for the report's year.
        public var valueInYear: Double?
        /// Every recorded value, by year.
        public var recorded: [TargetValue]
    }

    public struct ReportingLine: Codable, Sendable, Equatable {
        public var reporters: [AgencyName]
        public var to: AgencyName?
        public var through: AgencyName?
        /// "MM-DD", every year.
        public var dueEachYear: String
        public var nextDue: CalendarDate?
        public var daysLeft: Int?
        public var text: String
    }

    public struct NextReport: Codable, Sendable, Equatable {
        public var due: CalendarDate
        public var daysLeft: Int
    }

    public var plan: Header
    public var asOf: CalendarDate
    public var year: Int
    public var dueSoonDays: Int
    public var breakdown: ReportBreakdown
    /// The `--agency` query the report is limited to.
    public var scope: String?
    public var totals: ReportCounts
    /// With `breakdown == .agency`: every agency named in the tasks in scope, in Vietnamese order.
    public var agencies: [AgencyLine]
    /// With `breakdown == .group`: the plan's groups in plan order.
    public var groups: [GroupLine]
    /// Latest deadline first would hide the oldest debts: earliest deadline first.
    public var overdue: [TaskLine]
    public var dueSoon: [TaskLine]
    public var changeSummary: ChangeSummary
    public var changes: [ChangeLine]
    public var targets: [TargetLine]
    public var reporting: [ReportingLine]
    public var nextReport: NextReport?
}
