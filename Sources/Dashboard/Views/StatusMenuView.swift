import PlanKit

/// The `e` menu: a small box listing every status choice with its key, from the bindings.
enum StatusMenuView {
    static func draw(_ context: RenderContext, _ menu: StatusMenuState, into screen: inout Screen) {
        let state = context.state
        let lines = self.lines(state)
        let area = context.layout.content
        let width = min(area.width, max(44, lines.map { DisplayWidth.of($0.key) + DisplayWidth.of($0.label) }.max() ?? 0) + 8)
        let box = Layout.centered(width, min(area.height, lines.count + 2), in: area)
        let inner = Box.draw(box, title: title(state), glyphs: context.glyphs, into: &screen)
        for (row, line) in lines.enumerated() where row < inner.height {
            let selected = row == menu.selected
            let rect = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            TextLine.draw([Span(" " + TextLayout.fit(line.key, width: 4), Style(.keyHint, selected: selected, bold: true)),
                           Span(line.label, Style(.normal, selected: selected))],
                          in: rect, base: Style(.normal, selected: selected), glyphs: context.glyphs, into: &screen)
        }
    }

    /// One line per choice: its keys as help shows them, and what it does.
    static func lines(_ state: AppState) -> [(key: String, label: String)] {
        let text = state.text
        return EditCommand.menuChoices.map { choice in
            let keys = state.keymap.bindings(in: .task).filter { $0.command == .edit(choice) }
                .map { $0.keyLabel(text) }.joined(separator: " ")
            // "Done" says which day it will record.
            let label = choice == .markDone ? text(.editing(.doneOnDate(text.date(state.asOf)))) : text(.command(.edit(choice)))
            return (keys, label)
        }
    }

    static func title(_ state: AppState) -> String {
        guard let targets = DashboardApp.editTargets(state) else { return state.text(.editing(.statusMenuTitle(""))) }
        let keys = targets.tasks.compactMap { DashboardApp.statusKey($0, state) }
        let what = keys.count == 1 ? StoreErrorText.label(keys[0]) : state.text(.editing(.taskCount(keys.count)))
        return state.text(.editing(.statusMenuTitle(what)))
    }
}
