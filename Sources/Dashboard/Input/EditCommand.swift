/// The editing commands: status keys, prompts, marks, undo and history. Declared in `CommandRegistry.editingCommands`.
public enum EditCommand: Sendable, Hashable, CaseIterable {
    /// Done on the as-of date.
    case markDone
    /// Done on a date the user types.
    case markDoneOn
    case markInProgress, markNotStarted, markSuspended
    case setProgress
    case editNote
    case statusMenu
    case toggleMark, markAllVisible
    case undo, redo
    case taskHistory
    /// In a conflict: re-issue this terminal's edit on top of the other's change.
    case applyMineOnTop
    /// In the status menu: perform the highlighted choice.
    case chooseMenuItem

    /// The choices of the status menu, in its order.
    public static let menuChoices: [EditCommand] = [
        .markDone, .markDoneOn, .markInProgress, .markNotStarted, .markSuspended, .setProgress, .editNote,
    ]
}
