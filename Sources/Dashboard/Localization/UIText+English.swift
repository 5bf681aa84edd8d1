import PlanKit
import PlanStore

extension UIText {
    /// English, for `--lang en` and English locales.
    public var english: String {
        switch self {
        case .pane(let pane): return pane.module.title.english
        case .paneTasks: return "Tasks"
        case .columnCode: return "No."
        case .columnTask: return "Task"
        case .columnLead: return "Lead"
        case .columnCooperating: return "Cooperating"
        case .columnTimeframe: return "Timeframe"
        case .columnStanding: return "Standing"
        case .columnDeadline: return "Due"
        case .columnAgency: return "Agency"
        case .columnKind: return "Kind"
        case .columnLeadCount: return "Leads"
        case .columnCooperatingCount: return "Cooperates"
        case .columnDutyCount: return "Duties"
        case .columnTarget: return "Target"
        case .standing(let standing): return PlanWord.standing(standing).english
        case .standingShort(let standing): return PlanWord.standingShort(standing).english
        case .taskStatus(let status): return StatusWord(status).english
        case .timeframeKind(let kind):
            switch kind {
            case .year: return "Within one year"
            case .yearRange: return "Range of years"
            case .quarter: return "By quarter"
            case .month: return "By month"
            case .deadline: return "Dated deadline"
            case .yearly: return "Every year"
            case .continuous: return "Continuous"
            case .continuousYearly: return "Continuous, every year"
            case .periodic: return "Every month or quarter"
            case .relative: return "Counted from signing"
            case .openEnded: return "From a year onwards"
            case .unknown: return "Unknown"
            }
        case .agencyKind(let kind):
            switch kind {
            case .department: return "department"
            case .peoplesCommittee: return "people's committee"
            case .school: return "school"
            case .university: return "university"
            case .media: return "press and media"
            case .police: return "police"
            case .ministry: return "ministry, central body"
            case .collective: return "collective"
            case .enterprise: return "enterprise"
            case .judicial: return "court, procuracy"
            case .party: return "Party body"
            case .legislature: return "National Assembly, people's council"
            case .massOrganisation: return "Front, mass organisation"
            case .unknown: return "unknown"
            }
        case .objectiveLevel(let level):
            switch level {
            case .general: return "General objectives"
            case .byYear(let year): return "By \(year)"
            case .other: return "Other objectives"
            }
        case .targetQualifier(let qualifier): return PlanWord.targetQualifier(qualifier).english
        case .targetPerYear: return PlanWord.targetPerYear.english
        case .targetByYear(let year): return PlanWord.targetByYear(year).english
        case .asOf(let date): return "As of \(date)"
        case .nextReport(let date): return "Report due \(date)"
        case .noReportingDate: return "No report date"
        case .noPlanLoaded: return "No plan open"
        case .loading: return "Loading…"
        case .loadingTasks(let loaded, let total): return "Loading: \(loaded) of \(total) tasks so far…"
        case .partialLoadFailed(let loaded, let total): return "The rest could not be read: only \(loaded) of \(total) tasks"
        case .emptyStore: return "The store holds no plan yet. Import one (kehoach import FILE)."
        case .noTasks: return "This plan has no tasks."
        case .noRows: return "No row matches the filters."
        case .tooSmall(let needWidth, let needHeight, let width, let height):
            return "Terminal too small: needs at least \(needWidth)×\(needHeight), now \(width)×\(height)."
        case .tooSmallQuit: return "Enlarge the window, or press q to quit."
        case .filtersActive(let list): return "Filter: \(list)"
        case .filterNone: return "No filter"
        case .agencyAsPrinted: return "Agencies as printed"
        case .agencyAsCurrent: return "Current agencies"
        case .sortedBy(let column, let reversed): return "Sort: \(column) \(reversed ? "desc" : "asc")"
        case .groupCount(let count): return count == 1 ? "1 task" : "\(count) tasks"
        case .rowsShown(let shown, let total): return "\(shown)/\(total) tasks"
        case .filterTitle: return "Filters"
        case .filterSectionStanding: return "Standing"
        case .filterSectionGroup: return "Task group"
        case .filterSectionAgency: return "Agency (lead or cooperating)"
        case .filterHint: return "Enter/Space: toggle · x: clear · Esc: close"
        case .searchPrompt: return "Search: "
        case .commandPrompt: return ":"
        case .searchMatches(let index, let count, let query): return "“\(query)”: match \(index) of \(count)"
        case .searchNoMatch(let query): return "No match for “\(query)”"
        case .searchMatchesSoFar(let index, let count, let query):
            return "“\(query)”: match \(index) of \(count) in the tasks loaded so far"
        case .searchNoMatchSoFar(let query): return "No match for “\(query)” in the tasks loaded so far"
        case .searchCleared: return "Search cleared"
        case .planSwitched(let plan): return "Opened plan \(plan)"
        case .planNotFound(let name): return "No plan “\(name)”"
        case .asOfChanged(let date): return "As-of date set to \(date)"
        case .badDate(let text): return "Cannot read the date “\(text)”: write 31/12/2026, 2026-12-31, today or end of quarter"
        case .taskNotFound(let code): return "No task with code “\(code)”"
        case .jumpedTo(let code): return "Task \(code)"
        case .unknownCommand(let text): return "Unknown command: “\(text)”"
        case .unknownCommandDidYouMean(let text, let suggestion): return "Unknown command “\(text)”: did you mean :\(suggestion)?"
        case .commandMatches(let count): return count == 1 ? "1 command" : "\(count) commands"
        case .noOtherPlan: return "The store holds only one plan"
        case .storeReloaded: return "Data updated"
        case .storeFailed(let reason): return "Store error: \(reason)"
        case .storeOffline: return "OFFLINE: the store's server does not answer; edits are refused until it is back"
        case .storeBackOnline: return "Back online: the store's server answers again; the plan was reloaded"
        case .noSuccessorData: return "No successor data for agencies yet"
        case .sortChanged(let column, let reversed): return "Sorted by \(column)\(reversed ? " (descending)" : "")"
        case .helpCommandLine: return "Typed after “:” (Tab completes, :CODE goes to a task):"
        case .reportWritten(let path): return "Report written: \(path)"
        case .reportFailed(let reason): return "Cannot write the report: \(reason)"
        case .reportFileStem: return "report"
        case .detailTitle(let code): return "Task \(code)"
        case .detailGroup: return "Group"
        case .detailLead: return "Lead"
        case .detailCooperating: return "Cooperating"
        case .detailSubmission: return "Submitted to"
        case .detailResult: return "Result, product"
        case .detailTimeframe: return "Timeframe"
        case .detailMeaning: return "Meaning"
        case .detailStart: return "Start"
        case .detailEnd: return "Deadline"
        case .detailNote: return "Timeframe note"
        case .detailSource: return "Source"
        case .detailSourceLine(let line): return "line \(line) of the text"
        case .detailStatus: return "Status"
        case .detailProgress: return "Progress"
        case .detailStatusNote: return "Note"
        case .detailRemark: return "Remark in the text"
        case .detailHistory: return "History"
        case .detailNoHistory: return "No changes yet."
        case .detailHistoryLoading: return "Loading history…"
        case .detailStanding: return "Standing"
        case .detailUpdatedBy(let who): return "updated by \(who)"
        case .detailSuccessor(let name, let since):
            if let since { return "now \(name), since \(since)" }
            return "now \(name)"
        case .detailNotRecorded: return "not recorded"
        case .detailYear(let year): return "year \(year)"
        case .historyLine(let who, let from, let to): return "\(who): \(from) → \(to)"
        case .historyKind(let kind): return PlanWord.historyKind(kind).english
        case .objectiveTargets(let count): return count == 1 ? "1 target" : "\(count) targets"
        case .agencyDuties: return "Duties under Organisation of implementation"
        case .tasksByDeadline: return "Tasks by deadline"
        case .noDeadline: return "—"
        case .helpTitle: return "Keys"
        case .helpSection(let context):
            switch context {
            case .global: return "Everywhere"
            case .pane(let pane): return "Pane \(pane.number) · \(UIText.pane(pane).english)"
            case .detail: return "Task detail"
            case .help: return "Help"
            case .filterPicker: return "Filters"
            case .task: return EditingText.helpTask.english
            case .statusMenu: return EditingText.helpStatusMenu.english
            case .history: return EditingText.helpHistory.english
            case .conflict: return EditingText.helpConflict.english
            }
        case .helpLegend: return "Standing symbols"
        case .helpClose: return "Esc or ? to close"
        case .command(let command): return command.english
        case .keySpace: return "Space"
        case .targetNoValue: return "no actual value yet · e: record"
        case .targetHistory: return "Years"
        case .columnOverdueCount: return "Overdue"
        case .collectiveBody: return "collective"
        case .successorArrow(let name, let since):
            if let since { return "\(name), since \(since)" }
            return name
        case .graphLeads(let count): return "Leads \(count)"
        case .graphCooperates(let count): return "Cooperates \(count)"
        case .graphPartners(let count): return count == 1 ? "Works with 1 agency" : "Works with \(count) agencies"
        case .graphMore(let count): return "+\(count) more"
        case .graphNoTasks: return "Leads and cooperates on no task"
        case .graphHint: return "→ into the graph · Enter: filter tasks · m: matrix"
        case .responsibilityMatrix: return "Responsibility matrix (L: lead, C: cooperating)"
        case .matrixTotal: return "Total"
        case .matrixColumnsShown(let from, let of): return "groups from \(from) of \(of) (< > scroll)"
        case .leadLetter: return "L"
        case .agencyLetters: return "L leads · C cooperates · D duties · O overdue"
        case .cooperatingLetter: return "C"
        case .matrixFilteredTo(let name): return "Tasks of \(name)"
        case .taskInOtherPlan(let code, let plan): return "Task \(code) is in plan \(plan): switch plans with [ ]"
        case .dutyLetter: return "D"
        case .overdueLetter: return "O"
        case .editing(let editing): return editing.english
        case .source(let source): return source.english
        }
    }
}

extension Command {
    fileprivate var english: String {
        switch self {
        case .quit: return "quit"
        case .help: return "help"
        case .closeOverlay: return "close"
        case .showPane(let pane): return "\(UIText.pane(pane).english) pane"
        case .moveUp: return "up"
        case .moveDown: return "down"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .top: return "first row"
        case .bottom: return "last row"
        case .commandLine: return "command"
        case .activate: return "detail / open group"
        case .toggleChoice: return "toggle"
        case .clearFilters: return "clear filters"
        case .edit(let command): return EditingText.command(command).english
        case .pane(let own): return (CommandRegistry.standard.declaredHelp(self) ?? own.pane.module.help(own)).english
        case .named: return (CommandRegistry.standard.declaredHelp(self) ?? Words(vi: "", en: "")).english
        }
    }
}
