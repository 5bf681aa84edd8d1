/// What a key means, independent of which key it is; the help and footer describe commands.
public enum Command: Sendable, Hashable {
    case quit
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
    /// Status editing, marks, undo and history (the editing keys).
    case edit(EditCommand)
}
