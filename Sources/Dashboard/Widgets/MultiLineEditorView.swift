import PlanKit

/// Draws a multi-line `LineEditor` in a box: its lines wrapped by display width (never inside a grapheme),
/// scrolled so the cursor's line shows, the cursor cell marked. One pass over the text per frame.
public enum MultiLineEditorView {
    /// The box over the lower part of `area`: at least 5 lines, at most half of it, full width.
    public static func box(in area: Rect) -> Rect {
        let height = min(area.height, max(5, area.height / 2))
        return Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
    }

    /// Returns the cursor's cell, for a terminal that shows a real cursor there.
    @discardableResult
    public static func draw(title: String, editor: LineEditor, in rect: Rect, glyphs: Glyphs,
                            into screen: inout Screen) -> (x: Int, y: Int) {
        let inner = Box.draw(rect, title: title, style: Style(.accent), glyphs: glyphs, into: &screen)
        guard inner.width > 0, inner.height > 0 else { return (rect.x, rect.y) }
        let (lines, cursorLine) = editor.visualLines(width: inner.width)
        let top = max(0, cursorLine - inner.height + 1)
        let characters = editor.characters
        var cursorCell = (x: inner.x, y: inner.y)
        for (row, range) in lines.enumerated().dropFirst(top).prefix(inner.height) {
            let y = inner.y + row - top
            var x = inner.x
            for index in range {
                if index == editor.cursor { cursorCell = (x, y) }
                x += screen.put(characters[index], x: x, y: y, style: .normal, limit: inner.maxX)
            }
            // The cursor after a line's last grapheme (before its break, or at the text's end).
            if row == cursorLine, editor.cursor == range.upperBound { cursorCell = (x, y) }
        }
        let width = editor.cursor < characters.count && characters[editor.cursor] != "\n"
            ? max(1, DisplayWidth.of(characters[editor.cursor])) : 1
        screen.restyle(Rect(x: cursorCell.x, y: cursorCell.y, width: min(width, inner.maxX - cursorCell.x), height: 1)) {
            $0 = Style(.accent, selected: true)
        }
        return cursorCell
    }
}
