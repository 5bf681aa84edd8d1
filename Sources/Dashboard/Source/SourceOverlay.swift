import PlanKit

/// `:source`: the open plan's own text, each line beside what it became (the task codes), scrolled to
/// the selected task with its paragraph marked. The text arrives from the store after it opens.
public struct SourceOverlay: Sendable, Equatable {
    /// The task whose paragraph is marked, by code; nil when no task was selected.
    public var taskCode: String?
    /// The source's lines; nil while loading, empty when the store keeps no text for the plan.
    public var lines: [String]?
    /// The first wrapped line shown.
    public var offset: Int = 0

    public init(taskCode: String?) { self.taskCode = taskCode }
}

/// Which lines of the source each task came from: a task's paragraph runs from its first line to the
/// line before the next thing the importer read (task, group, objective, duty), blank lines trimmed.
public struct SourceMap: Sendable, Equatable {
    /// Task codes by the source line their paragraph starts on.
    public var codes: [Int: [String]]
    /// Each task's lines, by code.
    public var spans: [String: ClosedRange<Int>]

    /// A task's paragraph is at most this many lines, so a last task does not claim an appendix.
    static let longestParagraph = 40

    public init(plan: Plan, lines: [String]) {
        var codes: [Int: [String]] = [:]
        for task in plan.tasks where task.sourceLine > 0 { codes[task.sourceLine, default: []].append(task.code) }
        let starts = Set(plan.tasks.map(\.sourceLine) + plan.groups.map(\.sourceLine)
            + plan.objectives.map(\.sourceLine) + plan.duties.map(\.sourceLine)).filter { $0 > 0 }.sorted()
        var spans: [String: ClosedRange<Int>] = [:]
        for task in plan.tasks where task.sourceLine > 0 && task.sourceLine <= lines.count {
            let next = starts.first { $0 > task.sourceLine } ?? (lines.count + 1)
            var last = min(next - 1, lines.count, task.sourceLine + SourceMap.longestParagraph - 1)
            while last > task.sourceLine,
                  lines[last - 1].allSatisfy({ $0.isWhitespace || $0 == "|" }) { last -= 1 }
            spans[task.code] = task.sourceLine...last
        }
        self.codes = codes
        self.spans = spans
    }
}

extension DashboardApp {
    static func openSource(_ state: inout AppState) -> [Effect] {
        guard let document = state.document else {
            state.message = StatusMessage(.noPlanLoaded, isError: true)
            return []
        }
        let code = (detailTask(state) ?? selectedTask(state)).map { document.plan.tasks[$0].code }
        state.overlays.append(.source(SourceOverlay(taskCode: code)))
        return [.loadSource(planID: document.id)]
    }

    /// The text arrived: kept in the open overlay, scrolled so the task's first line is near the top.
    static func sourceArrived(planID: String, text: String?, _ state: inout AppState) {
        guard state.document?.id == planID else { return }
        let lines = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
        for index in state.overlays.indices {
            guard case .source(var source) = state.overlays[index], source.lines == nil else { continue }
            source.lines = lines
            let layout = ScreenLayout(state.size)
            let page = max(1, layout.overlay.height - 2)
            let shown = SourceView.lines(state, source, width: layout.overlay.width - 4)
            let first = SourceView.firstLine(of: source, in: state)
                .flatMap { line in shown.firstIndex { $0.number == line } } ?? 0
            // Two lines of what comes before, for context.
            source.offset = min(max(0, first - 2), Paragraph.maxOffset(lineCount: shown.count, height: page))
            state.overlays[index] = .source(source)
        }
    }

    static func scrollSource(_ source: inout SourceOverlay, _ command: Command, _ state: AppState) {
        let layout = ScreenLayout(state.size)
        let page = max(1, layout.overlay.height - 2)
        let count = SourceView.lines(state, source, width: layout.overlay.width - 4).count
        source.offset = min(scrolled(source.offset, command, page: page), Paragraph.maxOffset(lineCount: count, height: page))
    }
}
