import PlanKit

extension Pane {
    public static let tasks = Pane("tasks")
}

extension MatrixState: PaneState {}

extension AppState {
    /// The task matrix's state, kept with the other panes' (`panes`), named for the many places that read it.
    public var matrix: MatrixState {
        get { panes[MatrixState.self] }
        _modify { yield &panes[MatrixState.self] }
    }
}

extension TasksPane: PaneModule {
    static var pane: Pane { .tasks }
    static var title: any Phrase { UIText.paneTasks }
    static var viewport: WritableKeyPath<AppState, Viewport> { \.matrix.viewport }
    static var listsTasks: Bool { true }

    static var commands: [CommandSpec] {
        [
            CommandSpec("open", .activate, keys: [.on(.pane(.tasks), .enter, footer: true)]),
            command("toggle-group", keys: [.char(" ")], help: TasksText.toggleGroupHelp) { state in
                DashboardApp.toggleSelectedGroup(&state)
                return []
            },
            command("collapse", keys: [.char("h"), .left], help: TasksText.collapseHelp) { state in
                DashboardApp.collapseMatrixGroup(&state)
            },
            command("expand", keys: [.char("l"), .right], help: TasksText.expandHelp) { state in
                DashboardApp.expandMatrixGroup(&state)
            },
            command("sort", keys: [.char("s")], footer: true, help: TasksText.sortHelp) { state in
                DashboardApp.sortMatrix(&state) { $0 = MatrixSort(column: $0.column.next) }
            },
            command("sort-reverse", keys: [.char("S")], help: TasksText.sortReverseHelp) { state in
                DashboardApp.sortMatrix(&state) { $0.reversed.toggle() }
            },
            command("filter", keys: [.char("f")], footer: true, help: TasksText.filterHelp) { state in
                guard state.document != nil else { return [] }
                state.overlays.append(.filterPicker(Viewport()))
                return []
            },
            command("agency-view", keys: [.char("a")], footer: true, help: TasksText.agencyViewHelp) { state in
                DashboardApp.toggleAgencyView(&state)
            },
        ]
    }

    /// The info line and the header, and the preview strip where there is no side panel.
    static func listHeight(_ layout: ScreenLayout) -> Int {
        max(1, layout.content.height - 2 - TaskPreview.stripHeight(layout))
    }

    static func rowCount(_ state: AppState) -> Int { state.document == nil ? 0 : state.matrix.rows.count }

    static func selectedTask(_ state: AppState) -> Int? { state.matrix.selectedTask }

    static func row(ofTask task: Int, _ state: AppState) -> Int? { state.matrix.rows.firstIndex(of: .task(task)) }

    static func visibleTasks(_ state: AppState) -> [Int] {
        state.matrix.rows.compactMap { if case .task(let index) = $0 { return index } else { return nil } }
    }

    static func rowMatches(row: Int, words: [String], _ state: AppState) -> Bool {
        guard let document = state.document, state.matrix.rows.indices.contains(row) else { return false }
        switch state.matrix.rows[row] {
        case .task(let task): return document.taskMatches(task, words: words)
        case .group(let group, _): return SearchKey.matches(key: document.groupKeys[group], words: words)
        case .ungrouped: return false
        }
    }

    /// One scan: the tasks are matched all at once.
    static func allMatches(words: [String], _ state: AppState) -> [Int] {
        guard let document = state.document else { return [] }
        let flags = document.taskMatchFlags(words: words)
        // Once: `state.matrix` is read out of the panes' states, a cast each time.
        let rows = state.matrix.rows
        return rows.indices.filter { row in
            switch rows[row] {
            case .task(let task): return flags[task]
            case .group(let group, _): return SearchKey.matches(key: document.groupKeys[group], words: words)
            case .ungrouped: return false
            }
        }
    }

    /// Where the login may edit only some tasks, what the mark before their codes means.
    static func footerFacts(_ context: RenderContext) -> [Span] {
        guard context.state.overlays.isEmpty, let legend = context.editableLegend else { return [] }
        let text = TextLine.fitted(legend, width: max(10, context.layout.footer.width / 2), glyphs: context.glyphs)
        return [Span(" \(text) ", Style(.accent, bold: true))]
    }

    /// A different plan's tasks are not the old indexes: sort, filters and collapsed groups start afresh too.
    static func reset(_ state: inout AppState) { state.matrix = MatrixState() }

    /// Enter: a task row opens its detail, a group row opens or collapses.
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .activate ? DashboardApp.activateMatrixRow(&state) : nil
    }
}
