import PlanKit

/// How a task row shows the editing state: a mark glyph before the code of a marked task (`v`), and an
/// underlined, bold code and standing for a few seconds after another terminal changed it.
extension RenderContext {
    var hasMarks: Bool { !state.editing.marks.isEmpty }

    func isFlashed(_ code: String) -> Bool { state.editing.flashes[code] != nil }

    /// The code cell: search matches highlighted, marks shown by a glyph (visible without colours too).
    func codeCell(_ code: String, matched: Bool) -> TableCell {
        var style = Style(matched ? .match : .normal, bold: matched)
        var text = code
        if state.editing.marks.contains(code) {
            text = glyphs.bullet + code
            style = Style(.mark, bold: true)
        } else if hasMarks {
            text = " " + code
        }
        return TableCell(text, flashed(style, code))
    }

    /// A style made to stand out while the row is flashed.
    func flashed(_ style: Style, _ code: String) -> Style {
        guard isFlashed(code) else { return style }
        var changed = style
        changed.bold = true
        changed.underline = true
        return changed
    }

    /// The code column grows by the mark's column while anything is marked.
    func codeColumnWidth(_ document: LoadedPlan) -> Int {
        min(document.codeWidth, 8) + (hasMarks ? 1 : 0)
    }
}
