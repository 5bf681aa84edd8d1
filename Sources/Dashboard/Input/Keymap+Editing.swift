extension Keymap {
    /// The editing keys. The status keys live in the `.task` context, which applies wherever a task is
    /// selected (matrix and timeline rows, the detail view), so a pane that lists tasks gets them for free.
    public static let editingBindings: [KeyBinding] = [
        KeyBinding([.char("d")], .task, .edit(.markDone), footer: true),
        KeyBinding([.char("D")], .task, .edit(.markDoneOn)),
        KeyBinding([.char("i")], .task, .edit(.markInProgress)),
        KeyBinding([.char("n")], .task, .edit(.markNotStarted)),
        KeyBinding([.char("z")], .task, .edit(.markSuspended)),
        KeyBinding([.char("p")], .task, .edit(.setProgress)),
        KeyBinding([.char("c")], .task, .edit(.editNote)),
        KeyBinding([.char("e")], .task, .edit(.statusMenu), footer: true),
        KeyBinding([.char("v")], .task, .edit(.toggleMark)),
        KeyBinding([.char("V")], .task, .edit(.markAllVisible)),
        KeyBinding([.char("H")], .task, .edit(.taskHistory)),
        KeyBinding([.char("u")], .global, .edit(.undo), footer: true),
        KeyBinding([.ctrl("r")], .global, .edit(.redo)),
        // `n` marks a task "not started" where tasks are listed; search steps stay on Ctrl-N and Ctrl-P there.
        KeyBinding([.ctrl("n")], .global, .nextMatch),
        KeyBinding([.ctrl("p")], .global, .previousMatch),
        KeyBinding([.escape], .statusMenu, .closeOverlay, footer: true),
        KeyBinding([.char("k"), .up], .statusMenu, .moveUp),
        KeyBinding([.char("j"), .down], .statusMenu, .moveDown),
        KeyBinding([.enter], .statusMenu, .edit(.chooseMenuItem), footer: true),
        KeyBinding([.escape, .char("H")], .history, .closeOverlay, footer: true),
        KeyBinding([.char("k"), .up], .history, .moveUp),
        KeyBinding([.char("j"), .down], .history, .moveDown, footer: true),
        KeyBinding([.pageUp], .history, .pageUp),
        KeyBinding([.pageDown, .char(" ")], .history, .pageDown),
        KeyBinding([.char("g"), .home], .history, .top),
        KeyBinding([.char("G"), .end], .history, .bottom),
        KeyBinding([.char("r")], .conflict, .edit(.applyMineOnTop), footer: true),
    ]
}
