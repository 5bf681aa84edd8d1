/// What a key means, independent of which key it is; the help and footer describe commands.
public enum Command: Sendable, Hashable {
    case quit
    /// Ctrl-Z: suspend to the shell.
    case suspend
    case help
    case closeOverlay
    case showPane(Pane)
    case nextPane, previousPane
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// Collapse the current group (or go to it), and expand it.
    case collapse, expand
    case search, nextMatch, previousMatch, clearSearch
    case commandLine
    case previousPlan, nextPlan
    /// Enter: a group row toggles, a task row opens its detail.
    case activate
    case toggleGroup
    case sortNextColumn, sortReverse
    case filter
    case toggleAgencyView
    /// In the filter picker.
    case toggleChoice, clearFilters
    /// Only from the `:` line, with an argument: go to a task, open a plan, change the as-of date.
    case goToTask, openPlan, setAsOf
    /// Only from the `:` line: write the yearly report; show the plan's history.
    case writeReport, planHistory
    /// Only from the `:` line: the plan's source text beside its tasks.
    case showSource
    /// Status editing, marks, undo and history (the editing keys).
    case edit(EditCommand)
    /// A pane's own command, declared in its folder and run by its module (`PaneModule.perform`).
    case pane(PaneMessage)
}
