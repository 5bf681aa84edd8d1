/// A compiled report for one period: every agency's form rows and sections, the Government Office's
/// categories over the tasks in scope, and who has not reported yet. Built by `PeriodCompiler`.
public struct PeriodReport: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var task: PlanTask
        public var role: ResultRole
        public var standing: Standing
        public var deadline: CalendarDate?
        /// What the agency wrote for the period; nil while the row is still empty.
        public var result: TaskResult?
        /// The agency's assessment, else the one the standing gives.
        public var assessment: Assessment?
        /// Lũy kế: the agency's figures for the task summed over this period and every earlier one, by unit.
        public var cumulative: [ResultQuantity]

        public var isMissing: Bool { result == nil }
    }

    public struct AgencyPart: Sendable, Equatable {
        public var key: String
        public var name: String
        public var rows: [Row]
        public var sections: AgencySections?
        /// Categories of the tasks the agency leads.
        public var counts: ReportCounts

        /// Reported: wrote at least one row or one section for the period.
        public var hasReported: Bool { rows.contains { !$0.isMissing } || !(sections?.isEmpty ?? true) }
        public var missingRows: Int { rows.filter(\.isMissing).count }
    }

    /// What the period's figures add to an objective's target.
    public struct TargetContribution: Sendable, Equatable {
        public var objectiveIndex: Int
        public var targetIndex: Int
        public var value: Double
    }

    public var period: ReportingPeriod
    /// The day the standings are read on: the period's last day, or today while the period runs.
    public var asOf: CalendarDate
    public var counts: ReportCounts
    public var agencies: [AgencyPart]
    /// Lead agencies that have written nothing for the period, in plan order.
    public var notReported: [String]
    public var targets: [TargetContribution]
}
