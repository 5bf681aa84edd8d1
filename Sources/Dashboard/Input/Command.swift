/// What a key means, independent of which key it is; the help and footer describe commands.
/// The cases left are read by more than one handler: movement by every overlay and pane, quit and help by
/// the overlays that capture all other keys, the matrix's commands by the panes that share them, and the
/// overlays' unnamed commands; any other command is `named`.
public enum Command: Sendable, Hashable {
    case quit
    case help
    case closeOverlay
    case showPane(Pane)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// Collapse the current group (or go to it), and expand it.
    case collapse, expand
    case nextMatch, previousMatch
    case commandLine
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
    /// A pane's own command, declared in its folder and run by its module (`PaneModule.perform`).
    case pane(PaneMessage)
    /// A core command declared once with its handler and help (`CommandSpec.core`), known by its long name:
    /// a new one needs no case here and no `case` in `perform`.
    case named(String)
}
