/// The words a report is written in. PlanKit holds no language: the interface's catalogue (the
/// dashboard's `Localizer`) supplies them, so the report speaks exactly as the screen does.
public protocol ReportWording: Sendable {
    func phrase(_ phrase: ReportPhrase) -> String
    /// A standing's name; `short` for table headers.
    func standing(_ standing: Standing, short: Bool) -> String
    func status(_ status: TaskStatus) -> String
    func changeKind(_ kind: StatusChangeRecord.Kind) -> String
    /// "khoảng 300 nhân lực mỗi năm".
    func target(_ target: Target) -> String
    func date(_ date: CalendarDate) -> String
    /// A recorded value as the language writes numbers ("1.000", "197,61").
    func number(_ value: Double) -> String
    /// A share (0…1) as a percentage ("27,3 %").
    func percent(_ share: Double) -> String
}

/// Every piece of report text, by meaning.
public enum ReportPhrase: Sendable, Hashable {
    case reportTitle
    /// "Kế hoạch số 3785/KH-UBND ngày 22/10/2024" — number and date as the language writes them, either may be absent.
    case planReference(number: String?, date: String?)
    case issuer
    case asOf
    case reportYear
    case scope(String)
    case nextReport
    case noReportingDuty
    case daysLeft(Int)
    case daysOverdue(Int)
    /// "nay: Sở Tài chính", after a name as printed.
    case agencySuccessor(String)
    // Sections.
    case sectionSummary
    case sectionByLead
    case sectionByCooperating
    case sectionByGroup
    case sectionOverdue
    case sectionDueSoon(days: Int)
    case sectionChanges(year: Int)
    case sectionTargets
    case sectionReporting
    // Columns.
    case columnItem, columnCount, columnAgency, columnGroup, columnTotal, columnOverdueRatio
    case columnCode, columnTask, columnLead, columnTimeframe, columnDeadline, columnDaysOverdue, columnDaysLeft
    case columnStatus, columnDate, columnWho, columnChange, columnNote
    case columnObjective, columnTarget, columnValueInYear(Int), columnRecorded
    case columnReporters, columnRecipient, columnThrough, columnDueEachYear, columnNextDue
    // The whole-plan export (`kehoach export --format csv|md`).
    case columnCooperating, columnGroupCode, columnStanding, columnProgress, columnDoneOn, columnYear
    case columnSubmission, columnResult, columnRemark
    case sectionObjectives, sectionTasks, sectionDuties, sectionFootnotes
    // Lines.
    case totalTasks
    case overdueRatio
    case overdueRatioDefinition(dueSoonDays: Int)
    case changeSummary(changes: Int, tasks: Int, doneInYear: Int)
    case yearInstance(Int)
    /// A day of every year ("15/11 hằng năm").
    case annualDate(month: Int, day: Int)
    /// A report due on this day of every month.
    case monthlyDay(day: Int)
    case nothing
    case noTasks
    case notRecorded
}
