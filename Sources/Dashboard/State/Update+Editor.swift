import Foundation
import PlanKit
import PlanStore

/// The editor: `c` note (several lines), `p` progress, `D` done date (one line), and the report pane's
/// results and sections (several lines).
extension DashboardApp {
    static func openEditor(_ kind: EditorKind, _ state: inout AppState) {
        guard let document = state.document, let targets = permittedTargets(&state) else { return }
        let keys = targets.tasks.compactMap { statusKey($0, state) }
        // One task: start from what is stored, to correct it; several: start empty.
        let record = keys.count == 1 ? document.statuses[keys[0]] : nil
        let text: String
        switch kind {
        case .note: text = record?.note ?? ""
        case .progress: text = record?.progress.map(String.init) ?? ""
        case .doneDate: text = state.text.date(record?.doneOn ?? state.asOf)
        case .pane: return  // opened by the pane with its own text
        }
        let versions = Dictionary(keys.map { ($0, document.statuses[$0]?.version ?? 0) }, uniquingKeysWith: { a, _ in a })
        var prompt = EditorPrompt(kind: kind, text: text, planID: targets.planID, keys: keys, fromMarks: targets.fromMarks,
                                  versions: versions)
        prompt.editor.scrollToCursor(fieldWidth: editorFieldWidth(prompt, state))
        state.overlays.append(.editor(prompt))
    }

    static func handleEditorKey(_ key: Key, _ prompt: EditorPrompt, _ state: inout AppState) -> [Effect] {
        var prompt = prompt
        // Ctrl-G: a long note or result is easier in the user's own editor; the text comes back here to be accepted.
        if key == .ctrl("g"), prompt.kind.isMultiline { return [.editExternally(prompt.editor.text)] }
        switch prompt.editor.handle(key) {
        case .cancelled:
            state.overlays.removeLast()
            return []
        case .accepted:
            return acceptEditor(prompt, &state)
        case .ignored:
            return []
        case .edited, .moved:
            prompt.editor.scrollToCursor(fieldWidth: editorFieldWidth(prompt, state))
            state.overlays[state.overlays.count - 1] = .editor(prompt)
            return []
        }
    }

    /// A value that does not parse keeps the editor open with the text, and says why.
    static func acceptEditor(_ prompt: EditorPrompt, _ state: inout AppState) -> [Effect] {
        let text = prompt.editor.acceptedText
        let intent: EditIntent
        switch prompt.kind {
        case .note:
            intent = .note(text.isEmpty ? nil : text)
        case .progress:
            let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
            guard let value = Int(digits.trimmingCharacters(in: .whitespaces)), (0...100).contains(value) else {
                state.message = StatusMessage(.editing(.badProgress(text)), isError: true)
                return []
            }
            intent = .progress(value)
        case .doneDate:
            guard let date = parseDate(text, state) else {
                state.message = StatusMessage(.badDate(text), isError: true)
                return []
            }
            intent = .status(.done, doneOn: date)
        case .pane(let target):
            state.overlays.removeLast()
            return target.pane.module.accept(text, target, planID: prompt.planID, &state)
        }
        state.overlays.removeLast()
        return send(PendingEdit(planID: prompt.planID, intent: intent, keys: prompt.keys, fromMarks: prompt.fromMarks,
                                basedOn: prompt.versions), &state)
    }

    /// The text the user's editor left goes into the editor (still open, for Ctrl-S to save it), its line
    /// breaks kept; the newline editors end a file with is not part of the text.
    static func externalEditDone(_ text: String?, _ state: inout AppState) {
        guard case .editor(var prompt)? = state.overlays.last, prompt.kind.isMultiline else { return }
        guard let text else {
            state.message = StatusMessage(.editing(.externalEditorFailed), isError: true)
            return
        }
        var edited = text
        while edited.last?.isNewline == true { edited.removeLast() }
        prompt.editor = LineEditor(text: edited, multiline: true)
        prompt.editor.scrollToCursor(fieldWidth: editorFieldWidth(prompt, state))
        state.overlays[state.overlays.count - 1] = .editor(prompt)
        state.message = StatusMessage(.editing(.externalEditorDone))
    }

    /// "Ghi chú 2.1 (năm 2026): ", "Tiến độ 3 nhiệm vụ (0–100): ".
    static func editorLabel(_ prompt: EditorPrompt, _ text: Localizer) -> String {
        let what: String
        if prompt.keys.count == 1, let key = prompt.keys.first {
            what = key.year.map { "\(key.taskCode) (\(text(.detailYear($0))))" } ?? key.taskCode
        } else {
            what = text(.editing(.taskCount(prompt.keys.count)))
        }
        switch prompt.kind {
        case .note: return text(.editing(.notePrompt(what)))
        case .progress: return text(.editing(.progressPrompt(what)))
        case .doneDate: return text(.editing(.doneDatePrompt(what)))
        case .pane(let target): return target.pane.module.editorLabel(target, text)
        }
    }

    /// Columns left for the text on the footer line once the label is drawn.
    static func editorFieldWidth(_ prompt: EditorPrompt, _ state: AppState) -> Int {
        LineEditorView.fieldWidth(label: editorLabel(prompt, state.text), lineWidth: ScreenLayout(state.size).footer.width)
    }
}
