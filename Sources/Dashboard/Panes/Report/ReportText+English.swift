import PlanKit

extension ReportText {
    public var english: String {
        switch self {
        case .title: return "Report"
        case .command(let command):
            switch command {
            case .open: return "an agency's report for a period (:report [AGENCY] [PERIOD])"
            case .writeRow: return "write result"
            case .writeDifficulties: return "write the row's difficulties"
            case .writeProposals: return "write the row's proposals"
            case .cycleAssessment: return "the row's assessment: ahead, on track, behind or as its standing says"
            case .nextAgency: return "next agency"
            case .previousAgency: return "previous agency"
            case .nextPeriod: return "next period"
            case .previousPeriod: return "previous period"
            case .writeWord: return "write Word (.docx)"
            case .writeExcel: return "write Excel (.xlsx)"
            }
        case .helpSection: return "Period report"
        case .columnNumber: return "No."
        case .columnTask: return "Task"
        case .columnRole: return "Role"
        case .columnResult: return "Result in the period"
        case .columnAssessment: return "Progress"
        case .role(let role): return role == .lead ? "Lead" : "Cooperating"
        case .assessment(let assessment):
            switch assessment {
            case .ahead: return "Ahead"
            case .met: return "Met"
            case .behind: return "Behind"
            }
        case .missing: return "(no result yet)"
        case .section(let section):
            switch section {
            case .shortcomings: return "II. Shortcomings and causes"
            case .direction: return "III. Direction and tasks"
            case .proposals: return "IV. Proposals"
            }
        case .sectionEmpty: return "(not written)"
        case .deadline(let date, let days):
            if days > 0 { return "due \(date), \(days) day\(days == 1 ? "" : "s") left" }
            return days == 0 ? "due today \(date)" : "\(-days) day\(days == -1 ? "" : "s") late (\(date))"
        case .noDeadline: return "the plan states no reporting deadline"
        case .emptyRows(let empty, let total): return "\(empty) of \(total) rows without a result"
        case .allReported: return "every row reported"
        case .reminder(let date, let days, let empty):
            let when = days > 0 ? "\(days) day\(days == 1 ? "" : "s") left" : days == 0 ? "due today"
                : "\(-days) day\(days == -1 ? "" : "s") late"
            return "Report due \(date) (\(when)" + (empty > 0 ? ", \(empty) empty row\(empty == 1 ? "" : "s"))" : ")")
        case .noReporters: return "No agency of this plan has results to report."
        case .resultPrompt(let code, let period, let agency): return "Result \(code) · \(period) · \(agency)"
        case .difficultiesPrompt(let code, let period, let agency): return "Difficulties \(code) · \(period) · \(agency)"
        case .proposalsPrompt(let code, let period, let agency): return "Proposals \(code) · \(period) · \(agency)"
        case .writeResultFirst(let code): return "Row \(code) has no result yet: Enter to write it before the assessment"
        case .difficultiesLabel: return "Difficulties: "
        case .proposalsLabel: return "Proposals: "
        case .assessmentChosen(let code, let chosen, let derived):
            if let chosen { return "Assessment \(code): \(ReportText.assessment(chosen).english)" }
            let shown = derived.map { " (\(ReportText.assessment($0).english))" } ?? ""
            return "Assessment \(code): as its standing says\(shown)"
        case .sectionPrompt(let section, let period, let agency):
            return "\(ReportText.section(section).english) · \(period) · \(agency)"
        case .saved(let what): return "Result saved: \(what)"
        case .failed(let reason): return "Could not save or write: \(reason)"
        case .written(let path): return "Report written: \(path)"
        case .agencyNotFound(let typed): return "No agency reporting in the period matches \"\(typed)\""
        case .badPeriod(let typed): return "Cannot read the period \"\(typed)\": write 2026, 2026-H2, 2026-Q4 or 2026-11"
        case .opened(let agency, let period): return "\(agency): report for \(period)"
        }
    }
}
