import PlanKit
import PlanStore

/// Every piece of interface text, by meaning. Each language file switches over all of them,
/// so the compiler refuses a catalogue with a missing entry.
public enum UIText: Phrase, Hashable {
    // Panes and their tab titles.
    case pane(Pane)
    case paneTasks
    // Table columns.
    case columnCode, columnTask, columnLead, columnCooperating, columnTimeframe, columnStanding
    case columnDeadline, columnAgency, columnKind, columnLeadCount, columnCooperatingCount, columnDutyCount
    case columnTarget
    // Standings, statuses and the model's kinds.
    case standing(Standing)
    case standingShort(Standing)
    case taskStatus(TaskStatus)
    case timeframeKind(Timeframe.Kind)
    case agencyKind(AgencyKind)
    case objectiveLevel(ObjectiveLevel)
    case targetQualifier(Target.Qualifier)
    case targetPerYear
    case targetByYear(Int)
    // Status bar.
    case asOf(String)
    case nextReport(String)
    case noReportingDate
    case noPlanLoaded
    case loading
    /// Only the first tasks of a large plan are here yet.
    case loadingTasks(loaded: Int, total: Int)
    /// The rest of a large plan could not be read: its first tasks are all there is.
    case partialLoadFailed(loaded: Int, total: Int)
    case emptyStore
    case noTasks
    case noRows
    // Too small.
    case tooSmall(needWidth: Int, needHeight: Int, width: Int, height: Int)
    case tooSmallQuit
    // Matrix header and modes.
    case filtersActive(String)
    case filterNone
    case agencyAsPrinted
    case agencyAsCurrent
    case sortedBy(String, reversed: Bool)
    case groupCount(Int)
    case rowsShown(shown: Int, total: Int)
    // Filter picker.
    case filterTitle
    case filterSectionStanding, filterSectionGroup, filterSectionAgency
    case filterHint
    // Search and command line.
    case searchPrompt
    case commandPrompt
    case searchMatches(index: Int, count: Int, query: String)
    case searchNoMatch(String)
    /// As `searchMatches` and `searchNoMatch`, over the tasks loaded so far (a large plan still loading).
    case searchMatchesSoFar(index: Int, count: Int, query: String)
    case searchNoMatchSoFar(String)
    case searchCleared
    // Command results.
    case planSwitched(String)
    case planNotFound(String)
    case asOfChanged(String)
    case badDate(String)
    case taskNotFound(String)
    case jumpedTo(String)
    case unknownCommand(String)
    case unknownCommandDidYouMean(String, String)
    case commandMatches(Int)
    case noOtherPlan
    case storeReloaded
    case storeFailed(String)
    /// A shared store's server is out of reach (issue 13): shown until it answers again.
    case storeOffline
    case storeBackOnline
    case noSuccessorData
    case sortChanged(String, reversed: Bool)
    case helpCommandLine
    case reportWritten(String)
    case reportFailed(String)
    /// The start of a `:report` file's name (ASCII: it is typed in a shell).
    case reportFileStem
    // Detail view.
    case detailTitle(String)
    case detailGroup, detailLead, detailCooperating, detailSubmission, detailResult, detailTimeframe
    case detailMeaning, detailStart, detailEnd, detailNote, detailSource, detailSourceLine(Int)
    case detailStatus, detailProgress, detailStatusNote, detailRemark, detailHistory, detailNoHistory
    case detailHistoryLoading, detailStanding, detailUpdatedBy(String), detailSuccessor(String, since: String?)
    case detailNotRecorded, detailYear(Int)
    case historyLine(who: String, from: String, to: String)
    case historyKind(HistoryEntry.Kind)
    // Objectives and agencies panes.
    case objectiveTargets(Int)
    case agencyDuties
    case tasksByDeadline
    case noDeadline
    // Help.
    case helpTitle
    case helpSection(BindingContext)
    case helpLegend
    case helpClose
    case command(Command)
    case keySpace
    // Objectives: recorded values of targets.
    case targetNoValue
    case targetHistory
    // Agencies: list, graph and responsibility matrix.
    case columnOverdueCount
    case collectiveBody
    case successorArrow(String, since: String?)
    case graphLeads(Int), graphCooperates(Int), graphPartners(Int)
    case graphMore(Int)
    case graphNoTasks
    case graphHint
    case responsibilityMatrix
    case matrixTotal
    case matrixColumnsShown(from: Int, of: Int)
    case leadLetter, cooperatingLetter
    /// What the agencies list's one- and two-letter headers mean.
    case agencyLetters
    case matrixFilteredTo(String)
    case taskInOtherPlan(code: String, plan: String)
    case dutyLetter, overdueLetter
    // Status editing, marks, undo, conflicts, history, the session summary.
    case editing(EditingText)
    // The document's own text beside its tasks (`:source`).
    case source(SourceViewText)
}
