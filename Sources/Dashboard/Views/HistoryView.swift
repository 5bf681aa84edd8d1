import PlanKit
import PlanStore

/// `H` and `:history`: who changed what, when, from what to what, with the note; newest first.
enum HistoryView {
    static func draw(_ context: RenderContext, _ history: HistoryOverlay, into screen: inout Screen) {
        let inner = Box.draw(context.layout.overlay, title: title(context.state, history), glyphs: context.glyphs,
                             into: &screen)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let content = lines(context.state, history, width: body.width)
        let offset = min(history.offset, Paragraph.maxOffset(lineCount: content.count, height: body.height))
        Paragraph.draw(content, offset: offset, in: body, glyphs: context.glyphs, into: &screen)
    }

    static func title(_ state: AppState, _ history: HistoryOverlay) -> String {
        if let code = history.taskCode { return state.text(.editing(.historyTaskTitle(code))) }
        let plan = state.document.map { $0.plan.identity.number ?? $0.id } ?? ""
        return state.text(.editing(.historyPlanTitle(plan)))
    }

    /// Wrapped lines; update uses the count to stop scrolling at the end.
    static func lines(_ state: AppState, _ history: HistoryOverlay, width: Int) -> [StyledLine] {
        guard width > 4 else { return [] }
        let text = state.text
        guard let entries = history.entries else { return [[Span(text(.detailHistoryLoading), Style(.dim))]] }
        if entries.isEmpty { return [[Span(text(.detailNoHistory), Style(.dim))]] }
        var out: [StyledLine] = []
        for entry in entries.reversed() {
            // The whole plan's history names each task; one task's does not need to.
            let label = history.taskCode == nil ? Span(StoreErrorText.label(entry.key) + " ", Style(.accent, bold: true)) : nil
            out += Paragraph.wrap(DetailView.historyLine(entry, text), width: width, style: .normal, label: label)
        }
        return out
    }
}
