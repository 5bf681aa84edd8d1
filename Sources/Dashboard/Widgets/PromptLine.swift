import PlanKit

/// A one-line input: a label, the text, and a cursor; long text scrolls so the cursor stays in view.
public enum PromptLine {
    public static func draw(label: String, text: String, cursor: Int, in rect: Rect, glyphs: Glyphs,
                            into screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let base = Style(.statusBar)
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: base)
        let labelWidth = TextLine.draw(label, x: rect.x, y: rect.y, width: rect.width, style: Style(.accent, bold: true),
                                       glyphs: glyphs, into: &screen)
        let field = rect.width - labelWidth - 1
        guard field > 0 else { return }
        let characters = Array(ControlCharacters.sanitize(text))
        let cursorIndex = min(max(0, cursor), characters.count)
        // Show the tail that ends at the cursor when the text before it is wider than the field.
        var start = 0
        var widthBefore = characters[0..<cursorIndex].reduce(0) { $0 + DisplayWidth.of($1) }
        while widthBefore >= field, start < cursorIndex {
            widthBefore -= DisplayWidth.of(characters[start])
            start += 1
        }
        var x = rect.x + labelWidth
        let limit = rect.x + labelWidth + field
        var cursorX = x
        for index in start..<characters.count {
            if index == cursorIndex { cursorX = x }
            let used = screen.put(characters[index], x: x, y: rect.y, style: base, limit: limit)
            if used == 0 && DisplayWidth.of(characters[index]) > 0 { break }
            x += used
        }
        if cursorIndex == characters.count { cursorX = x }
        if cursorX < rect.maxX {
            screen.restyle(Rect(x: cursorX, y: rect.y, width: 1, height: 1)) { $0 = Style(.accent, selected: true) }
        }
    }
}
