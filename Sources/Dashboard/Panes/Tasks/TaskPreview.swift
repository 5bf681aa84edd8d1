import PlanKit

/// The selected row read whole, whatever the width: below the matrix a strip with its full text wrapped,
/// or, from `sidePanelWidth` columns, a side panel with the task's detail (its history stays behind Enter).
enum TaskPreview {
    /// From this content width the matrix shares the screen with a side panel.
    static let sidePanelWidth = 140

    static func hasSidePanel(_ layout: ScreenLayout) -> Bool { layout.content.width >= sidePanelWidth }

    /// Rows the strip takes under the matrix (none when the side panel shows the row instead).
    static func stripHeight(_ layout: ScreenLayout) -> Int {
        hasSidePanel(layout) ? 0 : (layout.content.height >= 40 ? 3 : 2)
    }

    /// The panel's width: a third of the screen, within reason.
    static func panelWidth(_ area: Rect) -> Int { min(64, max(40, area.width / 3)) }

    /// The selected row's full text, wrapped into the strip; a text longer than the strip ends in "…".
    static func drawStrip(_ context: RenderContext, _ document: LoadedPlan, in rect: Rect, into screen: inout Screen) {
        guard rect.height > 0, let (label, text) = selection(context, document) else { return }
        var lines = Paragraph.wrap(text, width: rect.width, style: Style(.normal),
                                   label: Span(label + " ", Style(.accent, bold: true)))
        if lines.count > rect.height {
            lines = Array(lines.prefix(rect.height))
            // The last line shown says the text goes on.
            var last = lines[lines.count - 1]
            if let end = last.indices.last {
                let room = rect.width - TextLine.width(Array(last.dropLast())) - 1
                let kept = TextLayout.truncate(last[end].text, toWidth: max(0, room), ellipsis: false)
                last[end] = Span(kept + String(context.glyphs.ellipsis), last[end].style)
            }
            lines[lines.count - 1] = last
        }
        screen.fill(rect, style: Style(.normal))
        Paragraph.draw(lines, offset: 0, in: rect, glyphs: context.glyphs, into: &screen)
    }

    /// The selected task's detail beside the matrix; a group row shows its title in full.
    static func drawPanel(_ context: RenderContext, _ document: LoadedPlan, in rect: Rect, into screen: inout Screen) {
        for y in rect.y..<rect.maxY { screen.put(context.glyphs.vertical, x: rect.x, y: y, style: Style(.border)) }
        let inner = Rect(x: rect.x + 2, y: rect.y, width: max(0, rect.width - 2), height: rect.height)
        let lines: [StyledLine]
        if let task = context.state.matrix.selectedTask {
            lines = DetailView.lines(context.state, DetailState(taskIndex: task), width: inner.width, glyphs: context.glyphs,
                                     withHistory: false)
        } else if let (label, text) = selection(context, document) {
            lines = Paragraph.wrap(text, width: inner.width, style: Style(.title, bold: true),
                                   label: Span(label + " ", Style(.accent, bold: true)))
        } else {
            lines = []
        }
        Paragraph.draw(lines, offset: 0, in: inner, glyphs: context.glyphs, into: &screen)
    }

    /// What the selected row says in full: a task's code and text, or a group's code and title.
    static func selection(_ context: RenderContext, _ document: LoadedPlan) -> (String, String)? {
        let matrix = context.state.matrix
        guard matrix.rows.indices.contains(matrix.viewport.selected) else { return nil }
        switch matrix.rows[matrix.viewport.selected] {
        case .task(let index):
            let task = document.plan.tasks[index]
            return (task.code, task.text)
        case .group(let index, _):
            let group = document.plan.groups[index]
            return (group.code, group.title)
        case .ungrouped:
            return nil
        }
    }
}
