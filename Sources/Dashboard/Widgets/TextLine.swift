import PlanKit

/// Draws text by display width. All text of the dashboard goes through here or `Screen.put`,
/// so control characters are pictured and nothing spills past its rectangle.
public enum TextLine {
    /// Draws one piece of text in at most `width` columns; cut text ends in the glyph set's ellipsis.
    @discardableResult
    public static func draw<S: StringProtocol>(_ text: S, x: Int, y: Int, width: Int, style: Style,
                                               glyphs: Glyphs, into screen: inout Screen) -> Int {
        guard width > 0 else { return 0 }
        if glyphs.ellipsis == TextLayout.ellipsis {
            return screen.put(text, x: x, y: y, width: width, style: style)
        }
        let clean = ControlCharacters.sanitize(text)
        if DisplayWidth.of(clean) <= width {
            return screen.put(clean, x: x, y: y, width: width, style: style, ellipsis: false)
        }
        let cut = TextLayout.truncate(clean, toWidth: width - 1, ellipsis: false)
        let used = screen.put(cut, x: x, y: y, width: width - 1, style: style, ellipsis: false)
        return used + screen.put(glyphs.ellipsis, x: x + used, y: y, style: style, limit: x + width)
    }

    /// Draws spans left to right on the rectangle's first row, after filling the row with `base`.
    public static func draw(_ spans: StyledLine, in rect: Rect, base: Style = .normal, glyphs: Glyphs,
                            into screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: base)
        var x = rect.x
        for span in spans {
            let room = rect.maxX - x
            if room <= 0 { break }
            x += draw(span.text, x: x, y: rect.y, width: room, style: span.style, glyphs: glyphs, into: &screen)
        }
    }

    /// The text cut to `width` columns with the glyph set's ellipsis (control characters pictured).
    public static func fitted<S: StringProtocol>(_ text: S, width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        let clean = ControlCharacters.sanitize(text)
        if DisplayWidth.of(clean) <= width { return clean }
        return TextLayout.truncate(clean, toWidth: width - 1, ellipsis: false) + String(glyphs.ellipsis)
    }

    /// Total display width of spans.
    public static func width(_ spans: StyledLine) -> Int {
        spans.reduce(0) { $0 + DisplayWidth.of(ControlCharacters.sanitize($1.text)) }
    }
}
