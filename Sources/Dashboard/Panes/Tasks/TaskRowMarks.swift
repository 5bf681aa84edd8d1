import PlanKit

/// How a task row shows the editing state: a mark glyph before the code of a marked task (`v`), where the
/// login may edit only some tasks a pencil before the codes of its own (`EditRights`), and an underlined,
/// bold code and standing for a few seconds after another terminal changed it.
extension RenderContext {
    var hasMarks: Bool { !state.editing.marks.isEmpty }

    /// Whether rows carry the editable mark: only when some tasks are not the login's.
    var marksEditable: Bool { state.editing.rights.isRestricted }

    func isFlashed(_ code: String) -> Bool { state.editing.flashes[code] != nil }

    /// The code cell: search matches highlighted, marks shown by a glyph (visible without colours too).
    func codeCell(_ task: PlanTask, matched: Bool) -> TableCell {
        let code = task.code
        var style = Style(matched ? .match : .normal, bold: matched)
        var text = code
        if marksEditable {
            text = (state.editing.rights.mayEdit(task) ? glyphs.editable : " ") + text
        }
        if state.editing.marks.contains(code) {
            text = glyphs.bullet + text
            style = Style(.mark, bold: true)
        } else if hasMarks {
            text = " " + text
        }
        return TableCell(text, flashed(style, code))
    }

    /// What the editable mark means, for the footer and help; nil where every task may be edited.
    var editableLegend: String? {
        guard marksEditable else { return nil }
        return text(.editing(.editableLegend(mark: glyphs.editable, agency: state.editing.rights.agency)))
    }

    /// A style made to stand out while the row is flashed.
    func flashed(_ style: Style, _ code: String) -> Style {
        guard isFlashed(code) else { return style }
        var changed = style
        changed.bold = true
        changed.underline = true
        return changed
    }

    /// The code column grows by the mark's column while anything is marked, and by the editable mark's.
    func codeColumnWidth(_ document: LoadedPlan) -> Int {
        min(document.codeWidth, 8) + (hasMarks ? 1 : 0) + (marksEditable ? 1 : 0)
    }
}
