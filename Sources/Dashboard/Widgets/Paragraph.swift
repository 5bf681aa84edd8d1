import PlanKit

/// Wrapped text: lines are broken by display width between words, never inside a grapheme.
public enum Paragraph {
    /// Wraps styled text with a hanging indent: `first` starts the first line, later lines are indented.
    /// `keepingLineBreaks` (a note or a result written on several lines) starts each stored line afresh.
    public static func wrap(_ text: String, width: Int, style: Style, label: Span? = nil,
                            keepingLineBreaks: Bool = false) -> [StyledLine] {
        if keepingLineBreaks && text.contains("\n") {
            let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
            return pieces.enumerated().flatMap { index, piece -> [StyledLine] in
                // Later lines keep the hanging indent the label gave the first.
                let indent = label.map { Span(String(repeating: " ", count: DisplayWidth.of($0.text)), $0.style) }
                let lines = wrap(String(piece), width: width, style: style, label: index == 0 ? label : indent)
                return lines.isEmpty ? [[Span("", style)]] : lines
            }
        }
        let clean = ControlCharacters.sanitize(text.replacingOccurrences(of: "\n", with: " "))
        guard let label else {
            return TextLayout.wrap(clean, width: max(1, width)).map { [Span($0, style)] }
        }
        let indent = DisplayWidth.of(label.text)
        if indent >= width / 2 {
            // A label too wide for a hanging indent goes on its own line.
            return [[label]] + TextLayout.wrap(clean, width: max(1, width - 2)).map { [Span("  " + $0, style)] }
        }
        let lines = TextLayout.wrap(clean, width: max(1, width - indent))
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { index, line in
            index == 0 ? [label, Span(line, style)] : [Span(pad + line, style)]
        }
    }

    /// Draws already-wrapped lines from `offset`, one per row of `rect`.
    public static func draw(_ lines: [StyledLine], offset: Int, in rect: Rect, glyphs: Glyphs,
                            into screen: inout Screen) {
        guard rect.height > 0 else { return }
        let start = max(0, min(offset, max(0, lines.count - 1)))
        for row in 0..<rect.height {
            let index = start + row
            guard index < lines.count else { break }
            TextLine.draw(lines[index], in: Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1),
                          glyphs: glyphs, into: &screen)
        }
    }

    /// The largest first line that still fills the rectangle (scrolling stops at the end).
    public static func maxOffset(lineCount: Int, height: Int) -> Int { max(0, lineCount - height) }
}
