/// What a key means, independent of which key it is; the help and footer describe commands.
/// The cases left are read by more than one handler: movement by every overlay and pane, quit and help by
/// the overlays that capture all other keys, Enter and a pane's tab by the keys and the mouse, the overlays'
/// unnamed commands and the editing keys (`EditCommand`); any other command is `named` (the core's) or
/// `pane` (a pane's).
public enum Command: Sendable, Hashable {
    case quit
    case help
    case closeOverlay
    case showPane(Pane)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case commandLine
    /// Enter (and a click on the selected row): each pane that lists things opens what is selected.
    case activate
    /// In the filter picker.
    case toggleChoice, clearFilters
    /// Status editing, marks, undo and history (the editing keys).
    case edit(EditCommand)
    /// A pane's own command, declared in its folder and run by its module (`PaneModule.perform`).
    case pane(PaneMessage)
    /// A core command declared once with its handler and help (`CommandSpec.core`), known by its long name:
    /// a new one needs no case here and no `case` in `perform`.
    case named(CoreCommandName)
}

/// The long name of a core command. Only `CommandSpec.core` makes one, so code that wants a core command
/// asks the registry for it (`CommandRegistry.command(named:)`) and a mistyped name is nil, not a command
/// that compiles and does nothing.
public struct CoreCommandName: Sendable, Hashable, CustomStringConvertible {
    public let description: String
    init(declaring name: String) { description = name }
}
