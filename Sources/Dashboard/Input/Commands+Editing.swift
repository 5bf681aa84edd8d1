extension CommandRegistry {
    /// The editing commands. The status keys live in the `.task` context, which applies wherever a task is
    /// selected (matrix and timeline rows, the detail view), so a pane that lists tasks gets them for free.
    /// No status key is also a movement or search key.
    public static let editingCommands: [CommandSpec] = [
        CommandSpec("mark-done", .edit(.markDone), keys: [.on(.task, .char("d"), footer: true)]),
        CommandSpec("mark-done-on", .edit(.markDoneOn), keys: [.on(.task, .char("D"))]),
        CommandSpec("mark-in-progress", .edit(.markInProgress), keys: [.on(.task, .char("i"))]),
        CommandSpec("mark-not-started", .edit(.markNotStarted), keys: [.on(.task, .char("o"))]),
        CommandSpec("mark-suspended", .edit(.markSuspended), keys: [.on(.task, .char("z"))]),
        CommandSpec("set-progress", .edit(.setProgress), keys: [.on(.task, .char("p"))]),
        CommandSpec("edit-note", .edit(.editNote), keys: [.on(.task, .char("c"))]),
        CommandSpec("status-menu", .edit(.statusMenu), keys: [.on(.task, .char("e"), footer: true)]),
        CommandSpec("toggle-mark", .edit(.toggleMark), keys: [.on(.task, .char("v"))]),
        CommandSpec("mark-all-visible", .edit(.markAllVisible), keys: [.on(.task, .char("V"))]),
        CommandSpec("task-history", .edit(.taskHistory), keys: [.on(.task, .char("H"))]),
        CommandSpec("undo", .edit(.undo), keys: [.on(.global, .char("u"), footer: true)]),
        CommandSpec("redo", .edit(.redo), keys: [.on(.global, .ctrl("r"))]),
        CommandSpec(nil, .edit(.chooseMenuItem), keys: [.on(.statusMenu, .enter, footer: true)]),
        CommandSpec(nil, .edit(.applyMineOnTop), keys: [.on(.conflict, .char("r"), footer: true)]),
    ]
}
