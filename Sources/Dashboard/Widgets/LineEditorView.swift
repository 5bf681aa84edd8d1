import PlanKit

/// Draws a `LineEditor` on one line: the label, then the text from the editor's scroll position, cut by
/// display width (a wide grapheme that would straddle the edge is left out), and the cursor cell.
public enum LineEditorView {
    /// Columns the text gets on a line of `lineWidth` once the label is drawn; one is kept free at the end.
    public static func fieldWidth(label: String, lineWidth: Int) -> Int {
        max(1, lineWidth - DisplayWidth.of(ControlCharacters.sanitize(label)) - 1)
    }

    /// Returns the cursor's column, for a terminal that shows a real cursor there.
    @discardableResult
    public static func draw(label: String, editor: LineEditor, in rect: Rect, glyphs: Glyphs,
                            into screen: inout Screen) -> Int {
        guard rect.height > 0, rect.width > 0 else { return rect.x }
        let base = Style(.statusBar)
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: base)
        let labelWidth = TextLine.draw(label, x: rect.x, y: rect.y, width: rect.width, style: Style(.accent, bold: true),
                                       glyphs: glyphs, into: &screen)
        let field = fieldWidth(label: label, lineWidth: rect.width)
        guard labelWidth < rect.width else { return rect.maxX - 1 }
        // Render is pure: a terminal resized since the last key is handled on a copy.
        var shown = editor
        shown.scrollToCursor(fieldWidth: field)
        let start = rect.x + labelWidth
        let limit = min(rect.maxX, start + field)
        var x = start
        var cursorX = start
        var cursorWidth = 1
        let characters = shown.characters
        for index in shown.scroll..<characters.count {
            if index == shown.cursor {
                cursorX = x
                cursorWidth = max(1, DisplayWidth.of(characters[index]))
            }
            let width = DisplayWidth.of(characters[index])
            if x + width > limit { break }
            x += screen.put(characters[index], x: x, y: rect.y, style: shown.isSelected ? Style(.accent, selected: true) : base,
                            limit: limit)
        }
        if shown.cursor >= characters.count { cursorX = x }
        screen.restyle(Rect(x: cursorX, y: rect.y, width: min(cursorWidth, rect.maxX - cursorX), height: 1)) {
            $0 = Style(.accent, selected: true)
        }
        return cursorX
    }
}
