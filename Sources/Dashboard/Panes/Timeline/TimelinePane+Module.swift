import PlanKit

extension Pane {
    public static let timeline = Pane("timeline")
}

extension TimelineState: PaneState {}

extension AppState {
    public var timeline: TimelineState {
        get { panes[TimelineState.self] }
        _modify { yield &panes[TimelineState.self] }
    }
}

extension TimelinePane: PaneModule {
    static var pane: Pane { .timeline }
    static var title: any Phrase { TimelineText.title }
    static var viewport: WritableKeyPath<AppState, Viewport> { \.timeline.viewport }
    static var isLazy: Bool { true }
    static var listsTasks: Bool { true }

    static var commands: [CommandSpec] {
        [
            CommandSpec("open", .activate, keys: [.on(.pane(.timeline), .enter, footer: true)]),
            command("zoom-in", keys: [.char("+"), .char("=")], footer: true, help: TimelineText.zoomInHelp) { state in
                zoom(by: 1, &state)
            },
            command("zoom-out", keys: [.char("-")], footer: true, help: TimelineText.zoomOutHelp) { state in
                zoom(by: -1, &state)
            },
            command("earlier", keys: [.char("h"), .left], help: TimelineText.earlierHelp) { state in
                scroll(by: -1, &state)
            },
            command("later", keys: [.char("l"), .right], footer: true, help: TimelineText.laterHelp) { state in
                scroll(by: 1, &state)
            },
            command("today", keys: [.char("t")], footer: true, help: TimelineText.todayHelp) { state in
                let scale = scale(state)
                state.timeline.origin = scale.clamp(scale.origin(centring: state.asOf))
                return []
            },
            command("grouping", keys: [.char("g")], footer: true, help: TimelineText.groupingHelp) { state in
                state.timeline.grouping = state.timeline.grouping.next
                state.timeline.viewport = Viewport()
                DashboardApp.rebuildPanes(&state)
                DashboardApp.clampViewports(&state)
                state.message = StatusMessage(TimelineText.grouping(state.timeline.grouping))
                return []
            },
        ]
    }

    static func rowCount(_ state: AppState) -> Int { state.document == nil ? 0 : state.timeline.rows.count }

    /// The info line and the two axis rows come off the content height.
    static func listHeight(_ layout: ScreenLayout) -> Int { max(1, layout.content.height - 3) }

    /// Under the info line and the two axis rows.
    static func row(atX x: Int, y: Int, _ state: AppState) -> Int? { listRow(y: y, top: 3, state) }

    static func selectedTask(_ state: AppState) -> Int? { state.timeline.task(atRow: state.timeline.viewport.selected) }

    /// Stale rows may belong to an older load: only current ones name a task.
    static func row(ofTask task: Int, _ state: AppState) -> Int? {
        state.panesStale ? nil : state.timeline.rows.firstIndex(of: .task(task))
    }

    /// A task led by several agencies appears under each: it is marked once.
    static func visibleTasks(_ state: AppState) -> [Int] {
        var seen = Set<Int>()
        return state.timeline.rows.compactMap { if case .task(let index) = $0, seen.insert(index).inserted { return index } else { return nil } }
    }

    static func rowMatches(row: Int, words: [String], _ state: AppState) -> Bool {
        guard let document = state.document else { return false }
        return state.timeline.rowMatches(row: row, words: words, document)
    }

    static func rebuild(_ document: LoadedPlan, _ state: inout AppState) { state.timeline.rebuild(document) }
    static func adopt(_ built: AppState, into state: inout AppState) { state.timeline = built.timeline }

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .activate ? DashboardApp.openDetail(&state) : nil
    }

    /// A step of zoom (years, quarters, months), keeping the middle of the chart where it was.
    static func zoom(by step: Int, _ state: inout AppState) -> [Effect] {
        let before = scale(state)
        let centre = before.origin + before.visibleYears / 2
        let zooms = TimelineZoom.allCases
        let next = min(max(0, state.timeline.zoom.rawValue + step), zooms.count - 1)
        state.timeline.zoom = zooms[next]
        let after = scale(state)
        state.timeline.origin = after.clamp(centre - after.visibleYears / 2)
        state.message = StatusMessage(TimelineText.zoom(state.timeline.zoom))
        return []
    }

    /// One scroll step of the zoom, earlier (-1) or later (1).
    static func scroll(by direction: Int, _ state: inout AppState) -> [Effect] {
        let scale = scale(state)
        state.timeline.origin = scale.clamp(scale.origin + scale.scrollStep(state.timeline.zoom) * Double(direction))
        return []
    }

    static func scale(_ state: AppState) -> TimelineScale {
        TimelineScale(state.timeline, area: ScreenLayout(state.size).content)
    }

    /// The selected task's timeframe as printed, before the keys.
    static func footerFacts(_ context: RenderContext) -> [Span] {
        guard context.state.overlays.isEmpty, let document = context.state.document,
              let task = selectedTask(context.state) else { return [] }
        let planTask = document.plan.tasks[task]
        let text = TextLine.fitted("\(planTask.code): \(planTask.timeframe.text)", width: max(10, context.layout.footer.width / 2),
                                   glyphs: context.glyphs)
        return [Span(" \(text) ", Style(.accent, bold: true))]
    }
}
