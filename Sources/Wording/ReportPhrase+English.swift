import PlanKit

extension ReportPhrase: Phrase {
    /// English, for `--lang en` and English locales.
    public var english: String {
        switch self {
        case .reportTitle: return "Plan implementation report"
        case .planReference(let number, let date):
            var text = "Plan"
            if let number { text += " No. \(number)" }
            if let date { text += " of \(date)" }
            return text
        case .issuer: return "Issued by"
        case .asOf: return "Figures as of"
        case .reportYear: return "Report year"
        case .scope(let query): return "only tasks led or cooperated on by agencies matching “\(query)”"
        case .nextReport: return "Next report due"
        case .noReportingDuty: return "The plan sets no reporting date"
        case .daysLeft(let days): return days == 0 ? "due today" : (days == 1 ? "1 day left" : "\(days) days left")
        case .daysOverdue(let days): return days == 1 ? "1 day overdue" : "\(days) days overdue"
        case .agencySuccessor(let name): return "now: \(name)"
        case .sectionSummary: return "Summary"
        case .sectionByLead: return "By lead agency"
        case .sectionByCooperating: return "By cooperating agency"
        case .sectionByGroup: return "By task group"
        case .sectionOverdue: return "Overdue tasks, not done"
        case .sectionDueSoon(let days): return "Tasks due soon (within \(days) days)"
        case .sectionChanges(let year): return "Changes in \(year)"
        case .sectionTargets: return "Targets and results"
        case .sectionReporting: return "Reporting duties"
        case .columnItem: return "Item"
        case .columnCount: return "Tasks"
        case .columnAgency: return "Agency"
        case .columnGroup: return "Task group"
        case .columnTotal: return "Total"
        case .columnOverdueRatio: return "Overdue ratio"
        case .columnCode: return "No."
        case .columnTask: return "Task"
        case .columnLead: return "Lead agency"
        case .columnTimeframe: return "Timeframe"
        case .columnDeadline: return "Deadline"
        case .columnDaysOverdue: return "Days overdue"
        case .columnDaysLeft: return "Days left"
        case .columnStatus: return "Status"
        case .columnDate: return "Date"
        case .columnWho: return "Changed by"
        case .columnChange: return "Change"
        case .columnNote: return "Note"
        case .columnObjective: return "Objective"
        case .columnTarget: return "Target"
        case .columnValueInYear(let year): return "Achieved in \(year)"
        case .columnRecorded: return "Recorded by year"
        case .columnReporters: return "Reporting agencies"
        case .columnRecipient: return "To"
        case .columnThrough: return "Through"
        case .columnDueEachYear: return "Due every year"
        case .columnNextDue: return "Next due"
        case .columnCooperating: return "Cooperating agencies"
        case .columnGroupCode: return "Group"
        case .columnStanding: return "Standing"
        case .columnProgress: return "Progress (%)"
        case .columnDoneOn: return "Done on"
        case .columnYear: return "Year"
        case .columnSubmission: return "Submitted to"
        case .columnResult: return "Result"
        case .columnRemark: return "Remark in the plan"
        case .sectionObjectives: return "Objectives"
        case .sectionTasks: return "Tasks"
        case .sectionDuties: return "Responsibilities"
        case .sectionFootnotes: return "Footnotes"
        case .totalTasks: return "Total tasks"
        case .overdueRatio: return "Overdue ratio"
        case .overdueRatioDefinition(let days):
            return "Overdue ratio = overdue tasks not done / tasks with a deadline (continuous and suspended tasks "
                + "excluded). Unfinished tasks within \(days) days of their deadline count as due soon; yearly tasks "
                + "are judged by the as-of year's instance."
        case .changeSummary(let changes, let tasks, let done):
            return "\(changes) status changes on \(tasks) tasks; \(done) tasks completed in the year."
        case .yearInstance(let year): return "\(year)"
        case .annualDate(let month, let day): return (month < 10 ? "0\(month)" : "\(month)") + "-" + (day < 10 ? "0\(day)" : "\(day)")
        case .monthlyDay(let day): return "day \(day) of each month"
        case .nothing: return "None."
        case .noTasks: return "No tasks."
        case .notRecorded: return "not recorded"
        }
    }
}
