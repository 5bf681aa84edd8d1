/// When a period's report is due, from the plan's reporting duties ("trước ngày 15 tháng 11 hằng năm").
public enum ReportingDeadline {
    /// The duties that bind an agency: those that name it (or the agency it succeeded), else every duty,
    /// since a plan's general duty ("các sở, ngành báo cáo…") binds all that report.
    public static func duties(of plan: Plan, agency: String?, period: ReportingPeriod,
                              directory: AgencyDirectory?) -> [ReportingDuty] {
        guard let agency else { return plan.reporting }
        let named = plan.reporting.filter { duty in
            duty.reporters.contains { $0.reportingKey == agency || $0.reporting(in: period, directory: directory).key == agency }
        }
        return named.isEmpty ? plan.reporting : named
    }

    /// The day a period's report is due: the first day of a binding duty on or after the period's start.
    public static func due(for period: ReportingPeriod, plan: Plan, agency: String?,
                           directory: AgencyDirectory?) -> CalendarDate? {
        duties(of: plan, agency: agency, period: period, directory: directory)
            .compactMap { $0.nextDue(onOrAfter: period.firstDay) }.min()
    }
}
