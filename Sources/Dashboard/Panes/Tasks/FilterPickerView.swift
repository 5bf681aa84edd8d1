import PlanKit

/// The `f` picker: standings, groups and agencies with a check mark on the active ones.
enum FilterPickerView {
    static func draw(_ context: RenderContext, _ viewport: Viewport, into screen: inout Screen) {
        guard let document = context.state.document else { return }
        let box = FilterChoices.box(context.layout)
        let inner = Box.draw(box, title: context.text(.filterTitle), glyphs: context.glyphs, into: &screen)
        let list = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1)
        let items = FilterChoices.items(document)
        let filters = context.state.matrix.filters
        ListView.draw(count: items.count, viewport: viewport, in: list, glyphs: context.glyphs, into: &screen) { index in
            func check(_ on: Bool) -> Span {
                Span((on ? context.glyphs.checked : context.glyphs.unchecked) + " ", Style(on ? .accent : .dim, bold: on))
            }
            switch items[index] {
            case .section(let title):
                return [Span(context.text(title), Style(.header, bold: true))]
            case .standing(let standing):
                let count = document.standingCounts[standing] ?? 0
                return [check(filters.standings.contains(standing)),
                        Span(context.text.standing(standing), context.standingStyle(standing)),
                        Span(" (\(count))", Style(.dim))]
            case .group(let code, let title):
                return [check(filters.groups.contains(code)), Span("\(code). ", Style(.accent)), Span(title)]
            case .agency(let choice):
                return [check(filters.agencies.contains(choice.key)), Span(choice.name)]
            }
        }
        TextLine.draw(context.text(.filterHint), x: list.x, y: inner.maxY - 1, width: list.width, style: Style(.dim),
                      glyphs: context.glyphs, into: &screen)
    }
}
