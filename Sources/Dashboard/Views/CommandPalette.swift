import PlanKit

/// Above the `:` line while it is open: the commands (or arguments) that match what is typed, with their
/// keys and help, the one Tab would pick highlighted — so every long name can be found without the help.
enum CommandPalette {
    static let maxRows = 8

    static func draw(_ context: RenderContext, _ prompt: PromptState, into screen: inout Screen) {
        let state = context.state
        let stem = prompt.completion?.stem ?? prompt.text
        let (head, candidates) = DashboardApp.completionCandidates(for: stem, state)
        // A whole command with its argument typed needs no list.
        guard !candidates.isEmpty, !(head.isEmpty == false && candidates.count == 1 && prompt.text == head + candidates[0])
        else { return }
        let area = context.layout.content
        let rows = min(candidates.count, maxRows, max(1, area.height - 2))
        let width = min(area.width, max(40, area.width * 2 / 3))
        let box = Rect(x: area.x, y: area.maxY - rows - 2, width: width, height: rows + 2)
        let inner = Box.draw(box, title: context.text(.commandMatches(candidates.count)), glyphs: context.glyphs, into: &screen)
        let chosen = prompt.completion?.index ?? 0
        let first = max(0, min(chosen - rows + 1, candidates.count - rows))
        let nameWidth = min(22, max(8, inner.width / 3))
        for (offset, candidate) in candidates[first..<(first + rows)].enumerated() {
            let index = first + offset
            let selected = index == chosen && prompt.completion != nil
            var spans = [Span(" " + TextLayout.fit(candidate, width: nameWidth) + " ", Style(.keyHint, selected: selected, bold: true))]
            if head.isEmpty, let spec = state.keymap.registry.specs(named: candidate).first {
                let keys = spec.bindings.first.map { $0.keyLabel(context.text) } ?? ""
                spans.append(Span(TextLayout.fit(keys, width: 8) + " ", Style(.accent, selected: selected)))
                spans.append(Span(context.text(state.keymap.registry.help(for: spec.command)), Style(.normal, selected: selected)))
            }
            TextLine.draw(spans, in: Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1),
                          base: Style(.normal, selected: selected), glyphs: context.glyphs, into: &screen)
        }
    }
}
