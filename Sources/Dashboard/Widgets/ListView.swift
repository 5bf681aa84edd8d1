/// A scrolling list of one-line items; like the table, it builds only the visible items.
public enum ListView {
    public static func draw(count: Int, viewport: Viewport, in rect: Rect, glyphs: Glyphs, into screen: inout Screen,
                            item: (Int) -> StyledLine) {
        guard rect.height > 0, rect.width > 0 else { return }
        let offset = Viewport.offset(selected: viewport.selected, current: viewport.offset, height: rect.height,
                                     count: count)
        for line in 0..<rect.height {
            let index = offset + line
            guard index < count else { break }
            let isSelected = index == viewport.selected
            let spans = item(index).map { span -> Span in
                var copy = span
                copy.style.selected = isSelected
                return copy
            }
            TextLine.draw(spans, in: Rect(x: rect.x, y: rect.y + line, width: rect.width, height: 1),
                          base: Style(.normal, selected: isSelected), glyphs: glyphs, into: &screen)
        }
    }
}
