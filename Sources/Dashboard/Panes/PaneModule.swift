import PlanKit

/// One pane of the dashboard, declared in its own folder under Panes/: its rows and selection, its search,
/// its keys and commands, its view. A new pane is one such type and one entry in `Pane.modules`.
protocol PaneModule {
    static var pane: Pane { get }
    /// The tab's title.
    static var title: any Phrase { get }
    /// Where the pane keeps its selection and scroll.
    static var viewport: WritableKeyPath<AppState, Viewport> { get }
    /// The commands only this pane has, with their keys (context `.pane(pane)`).
    static var commands: [CommandSpec] { get }
    /// Its commands that work from anywhere (opening it: `R`, `:report`), listed among the global ones.
    static var globalCommands: [CommandSpec] { get }
    /// Built from the plan when first shown (or when the loop is idle), not on every load.
    static var isLazy: Bool { get }
    /// Its rows are tasks: the task keys (status, marks, history) apply there.
    static var listsTasks: Bool { get }
    /// The footer shows the task keys before the pane's own (false where the pane's keys matter more).
    static var footerLeadsWithTaskKeys: Bool { get }
    static func rowCount(_ state: AppState) -> Int
    /// Rows of its list on a screen of this layout.
    static func listHeight(_ layout: ScreenLayout) -> Int
    /// The task under the cursor, if the pane lists tasks.
    static func selectedTask(_ state: AppState) -> Int?
    /// The row showing a task (to keep the cursor on it across a reload).
    static func row(ofTask task: Int, _ state: AppState) -> Int?
    /// The tasks of the rows as shown, each once (for `V`).
    static func visibleTasks(_ state: AppState) -> [Int]
    static func rowMatches(row: Int, words: [String], _ state: AppState) -> Bool
    /// Every matching row, ascending.
    static func allMatches(words: [String], _ state: AppState) -> [Int]
    /// Rebuilds a lazy pane's rows from the loaded plan.
    static func rebuild(_ document: LoadedPlan, _ state: inout AppState)
    /// Takes a lazy pane's state from a copy of the state in which it was rebuilt (off the run loop).
    static func adopt(_ built: AppState, into state: inout AppState)
    /// A different plan was loaded: the pane starts afresh.
    static func reset(_ state: inout AppState)
    /// Runs one of the pane's commands; nil when the command is not the pane's.
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect]?
    /// Moves within the pane in its own way; false leaves it to the list's viewport.
    static func move(_ command: Command, _ state: inout AppState) -> Bool
    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen)
    /// What the footer says before the keys.
    static func footerFacts(_ context: RenderContext) -> [Span]
    /// The row drawn at a screen cell, for a mouse click; nil outside the list.
    static func row(atX x: Int, y: Int, _ state: AppState) -> Int?
    /// What the status bar says in place of the next report date (the report pane: the report due).
    static func statusReminder(_ context: RenderContext) -> Span?

    // The pane's own commands, effects, answers and editors (`PaneMessage`), routed here by the core.

    /// Runs one of its own commands (`Command.pane`), from a key (no argument) or the `:` line.
    static func perform(_ command: PaneMessage, argument: String, _ state: inout AppState) -> [Effect]
    /// What Tab offers after the name of one of its commands that takes an argument.
    static func argumentChoices(_ command: PaneMessage, _ state: AppState) -> [String]
    /// The `?` help of one of its own commands.
    static func help(_ command: PaneMessage) -> any Phrase
    /// Performs one of its own effects (`Effect.pane`) against the store or the file system, on the runtime.
    static func run(_ effect: PaneMessage, on runtime: DashboardRuntime) throws -> Action?
    /// What the store answered one of its effects (`Action.pane`).
    static func receive(_ answer: PaneAnswer, _ state: inout AppState) -> [Effect]
    /// What a freshly loaded plan needs from the store for this pane.
    static func effects(afterLoading planID: String, _ state: AppState) -> [Effect]
    /// Takes its settings from the configuration when the dashboard starts.
    static func configure(_ configuration: DashboardConfiguration, _ state: inout AppState)
    /// The text of an editor it opened (`EditorKind.pane`) was accepted.
    static func accept(_ text: String, _ target: PaneMessage, planID: String, _ state: inout AppState) -> [Effect]
    /// The title of an editor it opened.
    static func editorLabel(_ target: PaneMessage, _ text: Localizer) -> String
}

extension PaneModule {
    static var isLazy: Bool { false }
    static var listsTasks: Bool { false }
    static var footerLeadsWithTaskKeys: Bool { true }
    static func listHeight(_ layout: ScreenLayout) -> Int { max(1, layout.content.height - 2) }
    static func selectedTask(_ state: AppState) -> Int? { nil }
    static func row(ofTask task: Int, _ state: AppState) -> Int? { nil }
    static func visibleTasks(_ state: AppState) -> [Int] { [] }
    static func allMatches(words: [String], _ state: AppState) -> [Int] {
        (0..<rowCount(state)).filter { rowMatches(row: $0, words: words, state) }
    }
    static func rebuild(_ document: LoadedPlan, _ state: inout AppState) {}
    static func adopt(_ built: AppState, into state: inout AppState) {}
    static func reset(_ state: inout AppState) { state[keyPath: viewport] = Viewport() }
    static func footerFacts(_ context: RenderContext) -> [Span] { [] }
    static func move(_ command: Command, _ state: inout AppState) -> Bool { false }
    static func row(atX x: Int, y: Int, _ state: AppState) -> Int? { listRow(y: y, top: 2, state) }
    static var globalCommands: [CommandSpec] { [] }
    static func statusReminder(_ context: RenderContext) -> Span? { nil }
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect]? { nil }
    static func perform(_ command: PaneMessage, argument: String, _ state: inout AppState) -> [Effect] {
        ownSpec(command)?.run?(&state, argument) ?? []
    }

    /// One of the pane's own commands, declared once: its long name (also what identifies it), its keys in
    /// the pane, its help (a phrase of the pane's catalogue) and what it does.
    static func command(_ name: String, aliases: [String] = [], keys: [Key], footer: Bool = false, help: some Phrase,
                        run: @escaping @Sendable (inout AppState) -> [Effect]) -> CommandSpec {
        CommandSpec(name, .pane(PaneMessage(pane, name)), aliases: aliases,
                    keys: [KeySet(context: .pane(pane), keys: keys, footer: footer)], help: help, run: { state, _ in run(&state) })
    }

    /// The declaration of one of the pane's own commands.
    static func ownSpec(_ command: PaneMessage) -> CommandSpec? {
        (commands + globalCommands).first { $0.command == .pane(command) }
    }
    static func argumentChoices(_ command: PaneMessage, _ state: AppState) -> [String] { [] }
    /// A command declared with `command(_:keys:help:run:)` carries its help; one without says nothing, which
    /// the registry's test refuses.
    static func help(_ command: PaneMessage) -> any Phrase {
        ownSpec(command)?.help ?? Words(vi: "", en: "")
    }
    static func run(_ effect: PaneMessage, on runtime: DashboardRuntime) throws -> Action? { nil }
    static func receive(_ answer: PaneAnswer, _ state: inout AppState) -> [Effect] { [] }
    static func effects(afterLoading planID: String, _ state: AppState) -> [Effect] { [] }
    static func configure(_ configuration: DashboardConfiguration, _ state: inout AppState) {}
    static func accept(_ text: String, _ target: PaneMessage, planID: String, _ state: inout AppState) -> [Effect] { [] }
    static func editorLabel(_ target: PaneMessage, _ text: Localizer) -> String { "" }

    /// A list under `top` lines of the pane (its info line and header): the row at screen line y.
    static func listRow(y: Int, top: Int, _ state: AppState) -> Int? {
        let layout = ScreenLayout(state.size)
        let first = layout.content.y + top
        guard y >= first, y < first + listHeight(layout) else { return nil }
        let row = state[keyPath: viewport].offset + (y - first)
        return row < rowCount(state) ? row : nil
    }
}
