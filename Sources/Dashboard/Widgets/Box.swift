/// A bordered panel: Unicode box drawing, or ASCII where the terminal is not UTF-8.
public enum Box {
    /// Clears the rectangle, draws its border and an optional title; returns the inside.
    @discardableResult
    public static func draw(_ rect: Rect, title: String? = nil, style: Style = Style(.border), glyphs: Glyphs,
                            into screen: inout Screen) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        screen.fill(rect)
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        for x in (rect.x + 1)..<right {
            screen.put(glyphs.horizontal, x: x, y: rect.y, style: style)
            screen.put(glyphs.horizontal, x: x, y: bottom, style: style)
        }
        for y in (rect.y + 1)..<bottom {
            screen.put(glyphs.vertical, x: rect.x, y: y, style: style)
            screen.put(glyphs.vertical, x: right, y: y, style: style)
        }
        screen.put(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
        screen.put(glyphs.topRight, x: right, y: rect.y, style: style)
        screen.put(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
        screen.put(glyphs.bottomRight, x: right, y: bottom, style: style)
        if let title, rect.width > 4 {
            TextLine.draw(" \(title) ", x: rect.x + 2, y: rect.y, width: rect.width - 4, style: Style(.title, bold: true),
                          glyphs: glyphs, into: &screen)
        }
        return Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
    }
}
