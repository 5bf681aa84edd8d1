import PlanKit

extension Pane {
    public static let timeline = Pane("timeline")
}

extension TimelinePane: PaneModule {
    static var pane: Pane { .timeline }
    static var title: any Phrase { UIText.paneTimeline }
    static var viewport: WritableKeyPath<AppState, Viewport> { \.timeline.viewport }
    static var isLazy: Bool { true }
    static var listsTasks: Bool { true }

    static var commands: [CommandSpec] {
        [
            CommandSpec("open", .activate, keys: [.on(.pane(.timeline), .enter, footer: true)]),
            CommandSpec("zoom-in", .zoomIn, keys: [.on(.pane(.timeline), .char("+"), .char("="), footer: true)]),
            CommandSpec("zoom-out", .zoomOut, keys: [.on(.pane(.timeline), .char("-"), footer: true)]),
            CommandSpec("earlier", .scrollEarlier, keys: [.on(.pane(.timeline), .char("h"), .left)]),
            CommandSpec("later", .scrollLater, keys: [.on(.pane(.timeline), .char("l"), .right, footer: true)]),
            CommandSpec("today", .centreToday, keys: [.on(.pane(.timeline), .char("t"), footer: true)]),
            CommandSpec("grouping", .cycleGrouping, keys: [.on(.pane(.timeline), .char("g"), footer: true)]),
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

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .activate:
            return DashboardApp.openDetail(&state)
        case .zoomIn, .zoomOut:
            let before = scale(state)
            let centre = before.origin + before.visibleYears / 2
            let zooms = TimelineZoom.allCases
            let step = command == .zoomIn ? 1 : -1
            let next = min(max(0, state.timeline.zoom.rawValue + step), zooms.count - 1)
            state.timeline.zoom = zooms[next]
            let after = scale(state)
            state.timeline.origin = after.clamp(centre - after.visibleYears / 2)
            state.message = StatusMessage(.timelineZoom(state.timeline.zoom))
        case .scrollEarlier, .scrollLater:
            let scale = scale(state)
            let step = scale.scrollStep(state.timeline.zoom) * (command == .scrollLater ? 1 : -1)
            state.timeline.origin = scale.clamp(scale.origin + step)
        case .centreToday:
            let scale = scale(state)
            state.timeline.origin = scale.clamp(scale.origin(centring: state.asOf))
        case .cycleGrouping:
            state.timeline.grouping = state.timeline.grouping.next
            state.timeline.viewport = Viewport()
            DashboardApp.rebuildPanes(&state)
            DashboardApp.clampViewports(&state)
            state.message = StatusMessage(.timelineGrouping(state.timeline.grouping))
        default:
            return nil
        }
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
